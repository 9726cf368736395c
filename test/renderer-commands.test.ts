import { readFileSync } from 'node:fs';
import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import { parseDesign, type Design } from '../src/core/model/index.ts';
import { applyCommand, prepareClipboardPaste, uniqueId, type Command } from '../src/renderer/model/commands.ts';
import { applyDiff, diffDesigns, invertDiff } from '../src/renderer/model/diff.ts';
import {
  applyCodeText,
  applyParsedCodeText,
  codeTextIsCurrent,
  dispatch,
  getYamlText,
  loadDocument,
  markSaved,
  redoEdit,
  resetStudio,
  undoEdit,
  useStudio,
} from '../src/renderer/store/studio.ts';

const sampleText = readFileSync(new URL('../samples/dual-region-active-active.netstudio.yaml', import.meta.url), 'utf8');
const sample = (): Design => parseDesign(sampleText).design!;

describe('commands', () => {
  it('adding a region keeps every other element object', () => {
    const d = sample();
    const next = applyCommand(d, { type: 'addRegion', region: { id: 'gcp-euw1', name: 'GCP Belgium', kind: 'cloud-region', provider: 'gcp', providerRegion: 'europe-west1' } });
    expect(next.regions).toHaveLength(d.regions.length + 1);
    expect(next.regions[0]).toBe(d.regions[0]);
    expect(next.circuits).toBe(d.circuits);
  });

  it('refuses a duplicate id and a circuit from a region to itself', () => {
    const d = sample();
    expect(() => applyCommand(d, { type: 'addRegion', region: { ...d.regions[0]! } })).toThrow(/already used/);
    expect(() =>
      applyCommand(d, { type: 'addCircuit', circuit: { id: 'x', from: 'aws-use1', to: 'aws-use1', type: 'mpls', bandwidthMbps: 100 } }),
    ).toThrow(/itself/);
  });

  it('removing a region removes its circuits, its placements and references in scenarios', () => {
    const d = sample();
    const next = applyCommand(d, { type: 'removeElements', ids: ['aws-use1'] });
    expect(next.regions.map((r) => r.id)).not.toContain('aws-use1');
    expect(next.circuits.map((c) => c.id)).toEqual(['vpn-fra-euw1']);
    const web = next.services.find((s) => s.id === 'web')!;
    expect(web.placements).toEqual(['aws-euw1']);
    expect(web.load?.users).toEqual({ 'aws-euw1': 0.4 });
    expect(next.services.find((s) => s.id === 'orders-db')!.primary).toBeUndefined();
    expect(next.scenarios![0]!.fail).toEqual([]);
    expect(next.demands).toEqual([]);
  });

  it('setField sets nested values and clearing prunes emptied objects', () => {
    const d = sample();
    const a = applyCommand(d, { type: 'setField', kind: 'service', id: 'orders-db', path: ['objectives', 'rtoSeconds'], value: 600 });
    expect(a.services[1]!.objectives).toEqual({ rtoSeconds: 600, rpoSeconds: 60 });
    const b = applyCommand(a, { type: 'setField', kind: 'region', id: 'fra-dc', path: ['reliability'], value: undefined });
    expect('reliability' in b.regions[2]!).toBe(false);
    const c = applyCommand(d, { type: 'setField', kind: 'circuit', id: 'vpn-fra-euw1', path: ['bgp', 'localPref'], value: 200 });
    expect(c.circuits[1]!.bgp).toEqual({ localPref: 200 });
    const e = applyCommand(c, { type: 'setField', kind: 'circuit', id: 'vpn-fra-euw1', path: ['bgp', 'localPref'], value: undefined });
    expect('bgp' in e.circuits[1]!).toBe(false);
  });

  it('setting a field to its current value changes nothing', () => {
    const d = sample();
    expect(applyCommand(d, { type: 'setField', kind: 'circuit', id: 'vpn-fra-euw1', path: ['bandwidthMbps'], value: 1000 })).toBe(d);
  });

  it('paste gives fresh ids and remaps circuits between copied regions', () => {
    const d = sample();
    const cmd = prepareClipboardPaste(d, { regions: d.regions.slice(0, 2), circuits: d.circuits, services: [d.services[0]!] }, { x: 40, y: 40 });
    expect(cmd.regions.map((r) => r.id)).toEqual(['aws-use1-copy', 'aws-euw1-copy']);
    expect(cmd.circuits).toHaveLength(1);
    expect(cmd.circuits[0]).toMatchObject({ from: 'aws-use1-copy', to: 'aws-euw1-copy' });
    expect(cmd.services[0]!.placements).toEqual(['aws-use1-copy', 'aws-euw1-copy']);
    const next = applyCommand(d, cmd);
    expect(parseDesign(JSON.stringify(next)).design).toBeDefined();
  });

  it('uniqueId numbers a taken id', () => {
    expect(uniqueId('AWS us-east-1', new Set(['aws-us-east-1']))).toBe('aws-us-east-1-2');
  });
});

describe('diffs', () => {
  const commands: Command[] = [
    { type: 'removeElements', ids: ['aws-use1'] },
    { type: 'addRegion', region: { id: 'lon', name: 'London office', kind: 'office', provider: 'onprem', location: { lat: 51.5, lon: -0.12 } } },
    { type: 'setField', kind: 'service', id: 'web', path: ['objectives', 'rtoSeconds'], value: 120 },
    { type: 'moveRegions', moves: [{ id: 'fra-dc', position: { x: 10, y: 20 } }] },
    { type: 'setDesignField', key: 'description', value: 'described' },
    { type: 'removeElements', ids: ['peer-use1-euw1', 'orders-db'] },
  ];

  it('applying a diff reproduces the edit and its inverse restores the original, for any sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...commands), { maxLength: 6 }), (seq) => {
        let d = sample();
        for (const c of seq) {
          const before = d;
          try {
            d = applyCommand(d, c);
          } catch {
            continue;
          }
          const diff = diffDesigns(before, d);
          expect(applyDiff(before, diff)).toEqual(d);
          expect(applyDiff(d, invertDiff(diff))).toEqual(before);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('store: undo, redo, dirty, YAML', () => {
  beforeEach(() => {
    resetStudio();
    loadDocument(sampleText, { name: 'dual.netstudio.yaml' });
  });

  it('undo and redo step through edits and the dirty flag follows the saved point', () => {
    expect(useStudio.getState().dirty).toBe(false);
    dispatch({ type: 'setField', kind: 'service', id: 'web', path: ['objectives', 'rtoSeconds'], value: 120 }, 'set RTO');
    expect(useStudio.getState().dirty).toBe(true);
    expect(getYamlText()).toContain('rtoSeconds: 120');
    undoEdit();
    expect(useStudio.getState().design.services[0]!.objectives!.rtoSeconds).toBe(300);
    expect(useStudio.getState().dirty).toBe(false);
    redoEdit();
    expect(useStudio.getState().design.services[0]!.objectives!.rtoSeconds).toBe(120);
    markSaved({ name: 'dual.netstudio.yaml' });
    expect(useStudio.getState().dirty).toBe(false);
    undoEdit();
    expect(useStudio.getState().dirty).toBe(true);
  });

  it('keeps the comments of the file through edits and undo', () => {
    dispatch({ type: 'removeElements', ids: ['fra-dc'] }, 'delete');
    expect(getYamlText()).toContain('# location comes from the region catalog');
    undoEdit();
    const text = getYamlText();
    expect(text).toContain('# location comes from the region catalog');
    expect(text).toContain('id: fra-dc');
  });

  it('writes nested edits of elements added in this session, as block YAML', () => {
    resetStudio();
    dispatch({ type: 'addRegion', region: { id: 'a', name: 'A', kind: 'cloud-region', provider: 'aws', providerRegion: 'us-east-1' } }, 'add');
    dispatch({ type: 'addService', service: { id: 'web', name: 'Web', kind: 'web', placements: ['a'] } }, 'add');
    dispatch({ type: 'setField', kind: 'service', id: 'web', path: ['objectives', 'rtoSeconds'], value: 30 }, 'set');
    dispatch({ type: 'setField', kind: 'service', id: 'web', path: ['objectives', 'rtoSeconds'], value: 900 }, 'set');
    const text = getYamlText();
    expect(text).toContain('rtoSeconds: 900');
    expect(text).toMatch(/services:\n {2}- id: web/);
    expect(text).toContain('circuits: []');
    expect(parseDesign(text).design?.services[0]?.objectives?.rtoSeconds).toBe(900);
  });

  it('a whole drag commits as one undo step', () => {
    const before = useStudio.getState().history.past.length;
    dispatch(
      { type: 'moveRegions', moves: [{ id: 'aws-use1', position: { x: 300, y: 40 } }, { id: 'aws-euw1', position: { x: 600, y: 40 } }] },
      'move 2 regions',
    );
    expect(useStudio.getState().history.past.length).toBe(before + 1);
    undoEdit();
    expect(useStudio.getState().design.regions[0]!.position).toBeUndefined();
  });

  it('invalid YAML in Code keeps the last good design and reports the error with its line', () => {
    const good = useStudio.getState().design;
    applyCodeText(sampleText.replace('bandwidthMbps: 5000', 'bandwidthMbps: -5'));
    expect(useStudio.getState().design).toBe(good);
    const [problem] = useStudio.getState().codeProblems;
    expect(problem!.path).toBe('circuits[0].bandwidthMbps');
    expect(problem!.line).toBeGreaterThan(0);
    applyCodeText(sampleText.replace('bandwidthMbps: 5000', 'bandwidthMbps: 7000'));
    expect(useStudio.getState().codeProblems).toEqual([]);
    expect(useStudio.getState().design.circuits[0]!.bandwidthMbps).toBe(7000);
    expect(useStudio.getState().design.regions[0]).toBe(good.regions[0]);
    undoEdit();
    expect(useStudio.getState().design.circuits[0]!.bandwidthMbps).toBe(5000);
  });

  it('text typed in Code and parsed in the worker: the same semantics as parsing it here', () => {
    const good = useStudio.getState().design;
    const bad = sampleText.replace('bandwidthMbps: 5000', 'bandwidthMbps: -5');
    // What the worker sends back: the located problems of invalid text, the design of valid text.
    applyParsedCodeText(bad, { problems: parseDesign(bad).problems });
    expect(useStudio.getState().design).toBe(good);
    expect(useStudio.getState().history.past).toHaveLength(0);
    expect(useStudio.getState().codeProblems[0]).toMatchObject({ path: 'circuits[0].bandwidthMbps', severity: 'error' });
    expect(useStudio.getState().codeProblems[0]!.line).toBeGreaterThan(0);
    const typed = sampleText.replace('bandwidthMbps: 5000', 'bandwidthMbps: 7000').replace(/\n$/, '\n# typed in Code\n');
    const parsed = parseDesign(typed);
    applyParsedCodeText(typed, { design: parsed.design, problems: parsed.problems });
    const s = useStudio.getState();
    expect(s.codeProblems).toEqual([]);
    expect(s.design.circuits[0]!.bandwidthMbps).toBe(7000);
    expect(s.design.regions[0]).toBe(good.regions[0]);
    expect(s.history.past).toHaveLength(1);
    expect(s.history.past[0]!.label).toBe('edit in Code');
    expect(s.dirty).toBe(true);
    // The typed text is the document now: nothing to parse again, and its comment survives the
    // next canvas edit (the UI thread parses the text only then).
    expect(getYamlText()).toBe(typed);
    expect(codeTextIsCurrent(typed)).toBe(true);
    expect(codeTextIsCurrent(sampleText)).toBe(false);
    dispatch({ type: 'setField', kind: 'circuit', id: s.design.circuits[0]!.id, path: ['bandwidthMbps'], value: 8000 }, 'set bandwidth');
    expect(getYamlText()).toContain('bandwidthMbps: 8000');
    expect(getYamlText()).toContain('# typed in Code');
    undoEdit();
    undoEdit();
    expect(useStudio.getState().design.circuits[0]!.bandwidthMbps).toBe(5000);
    expect(useStudio.getState().dirty).toBe(false);
  });

  it('codeTextIsCurrent never writes the YAML: after a canvas edit it says the text needs a parse', () => {
    dispatch({ type: 'setField', kind: 'service', id: 'web', path: ['objectives', 'rtoSeconds'], value: 120 }, 'set RTO');
    // The store's text is out of date until something asks for it: no answer without writing it.
    expect(codeTextIsCurrent(sampleText)).toBe(false);
    const written = getYamlText();
    useStudio.setState({ codeProblems: [{ path: '', line: 1, column: 1, message: 'stale', severity: 'error' }] });
    expect(codeTextIsCurrent(written)).toBe(true);
    expect(useStudio.getState().codeProblems).toEqual([]);
  });

  it('a refused command changes nothing and says why', () => {
    const ok = dispatch({ type: 'addCircuit', circuit: { id: 'self', from: 'fra-dc', to: 'fra-dc', type: 'mpls', bandwidthMbps: 10 } }, 'connect');
    expect(ok).toBe(false);
    expect(useStudio.getState().status?.text).toMatch(/itself/);
    expect(useStudio.getState().history.past).toHaveLength(0);
  });
});

/**
 * What keeps the studio's UI thread free on large designs gives the same answers as the
 * straightforward way: the packed latency table, structural sharing between analyses, and
 * the YAML written off the UI thread for drafts.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDesign } from '../src/core/model/index.ts';
import { findLatency, latencyAt, packLatency } from '../src/renderer/worker/latencyTable.ts';
import { shareAnalysis } from '../src/renderer/worker/shareAnalysis.ts';
import type { LatencyEntry, LiveAnalysis } from '../src/renderer/worker/engineTypes.ts';
import { syncYaml } from '../src/renderer/model/yamlSync.ts';
import { applyCodeText, dispatch, getYamlText, loadDocument, loadParsedDocument, resetStudio, undoEdit, useStudio, yamlSnapshot } from '../src/renderer/store/studio.ts';

const entries = [
  { from: 'a', to: 'b', rttMs: 12.5, floorMs: 9, basis: 'measured', path: ['a', 'b'], circuits: ['ab'] },
  { from: 'b', to: 'a', rttMs: 12.5, floorMs: 9, basis: 'measured', path: ['b', 'a'], circuits: ['ab'] },
  { from: 'a', to: 'c', rttMs: 80.25, floorMs: 40, basis: 'estimated', path: ['a', 'b', 'c'], circuits: ['ab', 'bc'] },
] as unknown as LatencyEntry[];

describe('packed latency', () => {
  it('gives back every entry as it went in, looks pairs up both ways, and knows the slowest', () => {
    const p = packLatency(entries);
    expect(p.count).toBe(3);
    expect([0, 1, 2].map((i) => latencyAt(p, i))).toEqual(entries);
    expect(findLatency(p, 'a', 'c')).toEqual(entries[2]);
    expect(findLatency(p, 'c', 'a')).toBeUndefined();
    expect(findLatency(p, 'a', 'nowhere')).toBeUndefined();
    expect(p.maxRttMs).toBe(80.25);
  });
});

function analysis(seq: number, monthlyUsd: number, rtt: number): LiveAnalysis {
  return {
    seq,
    findings: [{ rule: 'r', severity: 'warning', message: 'm', elements: ['a'] }],
    unavailable: {},
    durationMs: seq,
    estimate: {
      latency: packLatency(entries),
      circuits: [
        { id: 'ab', rttMs: 12.5, utilization: 0.1, monthlyUsd: 100 },
        { id: 'bc', rttMs: rtt, utilization: 0.2, monthlyUsd },
      ],
      cost: { monthlyUsd: 100 + monthlyUsd, pricesAsOf: '2026-01-01', items: [{ category: 'c', element: 'ab', description: 'd', quantity: 1, unit: 'month', unitPriceUsd: 100, monthlyUsd: 100, source: { label: 'list' } }] },
    },
  } as unknown as LiveAnalysis;
}

describe('sharing between analyses', () => {
  it('keeps the objects of everything that did not change and takes what did', () => {
    const first = analysis(1, 50, 30);
    const same = shareAnalysis(first, analysis(2, 50, 30));
    expect(same.seq).toBe(2);
    expect(same.estimate!.circuits).toBe(first.estimate!.circuits);
    expect(same.estimate!.cost).toBe(first.estimate!.cost);
    expect(same.estimate!.latency).toBe(first.estimate!.latency);
    expect(same.findings).toBe(first.findings);

    const next = analysis(3, 50, 31);
    const changed = shareAnalysis(first, next);
    expect(changed.estimate!.circuits).not.toBe(first.estimate!.circuits);
    expect(changed.estimate!.circuits[0]).toBe(first.estimate!.circuits[0]);
    expect(changed.estimate!.circuits[1]).toBe(next.estimate!.circuits[1]);
    expect(changed.estimate!.cost).toBe(first.estimate!.cost);
  });
});

const sampleText = readFileSync(new URL('../samples/dual-region-active-active.netstudio.yaml', import.meta.url), 'utf8');

describe('YAML written on demand', () => {
  beforeEach(() => resetStudio());

  it('the off-thread writer (a fresh parse of the last text, then the design) writes what the store writes', () => {
    loadDocument(`# a comment that must survive\n${sampleText}`, { name: 'x.netstudio.yaml' });
    dispatch({ type: 'setField', kind: 'region', id: 'aws-use1', path: ['name'], value: 'Renamed Ashburn' }, 'rename');
    dispatch({ type: 'removeElements', ids: ['vpn-fra-euw1'] }, 'remove');
    const snap = yamlSnapshot();
    expect('base' in snap).toBe(true);
    const offThread = syncYaml(snap.design, parseDesign((snap as { base: string }).base).yaml).yamlText;
    expect(offThread).toBe(getYamlText());
    expect(offThread).toContain('# a comment that must survive');
    expect(offThread).toContain('Renamed Ashburn');
    expect(yamlSnapshot()).toEqual({ design: snap.design, text: offThread });
  });

  it('a document parsed in a worker keeps its text until the first edit, then its comments', () => {
    const text = `# a comment that must survive\n${sampleText}`;
    const parsed = parseDesign(text);
    loadParsedDocument(text, { name: 'x.netstudio.yaml' }, parsed.design!, parsed.problems);
    expect(useStudio.getState().design).toBe(parsed.design);
    expect(getYamlText()).toBe(text);
    dispatch({ type: 'setField', kind: 'region', id: 'aws-use1', path: ['name'], value: 'Renamed Ashburn' }, 'rename');
    const written = getYamlText();
    expect(written).toContain('# a comment that must survive');
    loadDocument(text, { name: 'x.netstudio.yaml' });
    dispatch({ type: 'setField', kind: 'region', id: 'aws-use1', path: ['name'], value: 'Renamed Ashburn' }, 'rename');
    expect(getYamlText()).toBe(written);
  });

  it('follows undo and text typed in Code', () => {
    loadDocument(sampleText, { name: 'x.netstudio.yaml' });
    dispatch({ type: 'setField', kind: 'region', id: 'aws-use1', path: ['name'], value: 'Renamed Ashburn' }, 'rename');
    expect(getYamlText()).toContain('Renamed Ashburn');
    undoEdit();
    expect(getYamlText()).not.toContain('Renamed Ashburn');
    expect(parseDesign(getYamlText()).design).toEqual(parseDesign(sampleText).design);
    const typed = sampleText.replace(/\n$/, '\n# typed in Code\n');
    applyCodeText(typed);
    expect(getYamlText()).toBe(typed);
  });
});

// The design parser on good and bad input: every problem located, never a throw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign, type DocumentProblem } from '../src/core/model/index.ts';

const canonical = readFileSync(new URL('../samples/dual-region-active-active.netstudio.yaml', import.meta.url), 'utf8');

function errors(text: string): DocumentProblem[] {
  const r = parseDesign(text);
  expect(r.design).toBeUndefined();
  const errs = r.problems.filter((p) => p.severity === 'error');
  expect(errs.length).toBeGreaterThan(0);
  return errs;
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('parseDesign on valid designs', () => {
  it('reads the canonical example of DESIGN.md with its field names', () => {
    const r = parseDesign(canonical);
    expect(r.problems).toEqual([]);
    const d = r.design!;
    expect(d.regions.map((x) => x.id)).toEqual(['aws-use1', 'aws-euw1', 'fra-dc']);
    expect(d.circuits[1]).toMatchObject({ type: 'ipsec-vpn', latencyMs: 24, encrypted: true });
    expect(d.services[0]!.failover).toMatchObject({ mechanism: 'dns', dnsTtlSeconds: 60 });
    expect(d.services[1]!.replication).toEqual({ mode: 'async', intervalSeconds: 1, writeMBps: 2 });
    expect(d.scenarios![0]!.fail).toEqual(['aws-use1']);
  });

  it('keeps comments, key order and unknown fields through load → edit → save', () => {
    const withExtra = canonical.replace('    kind: cloud-region\n', '    kind: cloud-region\n    costCentre: CC-42 # finance tag\n');
    const r = parseDesign(withExtra);
    expect(r.problems.map((p) => p.message)).toEqual(['unknown field "costCentre" is ignored (kept in the file)']);
    const d = r.design!;
    d.circuits[0]!.bandwidthMbps = 10000;
    d.regions.splice(2, 1);
    d.circuits.splice(1, 1);
    d.demands = [];
    const out = serializeDesign(d, r.yaml);
    expect(out).toContain('providerRegion: us-east-1 # location comes from the region catalog');
    expect(out).toContain('costCentre: CC-42 # finance tag');
    expect(out).toContain('bandwidthMbps: 10000');
    expect(out).not.toContain('fra-dc\n');
    expect(out.indexOf('schemaVersion')).toBeLessThan(out.indexOf('name:'));
    expect(out.indexOf('regions:')).toBeLessThan(out.indexOf('circuits:'));
    const again = parseDesign(out);
    expect(again.design?.circuits[0]!.bandwidthMbps).toBe(10000);
  });
});

describe('parseDesign on bad input: every problem located', () => {
  it('not YAML', () => {
    const [e] = errors('name: [unclosed\nregions: {\n');
    expect(e!.line).toBeGreaterThan(0);
    expect(e!.column).toBeGreaterThan(0);
  });

  it('binary garbage', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const [e] = errors(new TextDecoder().decode(bytes));
    expect(e!.message).toMatch(/not a text file/);
    expect(e!.line).toBeGreaterThan(0);
  });

  it('duplicate keys', () => {
    const [e] = errors(replaceOnce(canonical, '    name: AWS EU (Ireland)\n', '    name: AWS EU (Ireland)\n    name: Again\n'));
    expect(e).toMatchObject({ path: 'regions[1].name', line: 11, column: 5, message: 'duplicate key "name" (a key may appear once in a mapping)' });
  });

  it('wrong types, each with path and line:column', () => {
    const text = replaceOnce(replaceOnce(canonical, 'bandwidthMbps: 5000', 'bandwidthMbps: fast'), 'placements: [aws-use1, aws-euw1]\n    topology: active-passive', 'placements: aws-use1\n    topology: active-passive');
    const errs = errors(text);
    expect(errs).toContainEqual(expect.objectContaining({ path: 'circuits[0].bandwidthMbps', line: 25, column: 20, message: 'expected number, got "fast"' }));
    expect(errs).toContainEqual(expect.objectContaining({ path: 'services[1].placements', line: 45 }));
  });

  it('unknown references, with a suggestion', () => {
    const text = replaceOnce(canonical, 'placements: [aws-use1, aws-euw1]\n    topology: active-active', 'placements: [aws-use1, aws-euw2]\n    topology: active-active');
    const errs = errors(text);
    expect(errs).toEqual([expect.objectContaining({ path: 'services[0].placements[1]', line: 37, column: 28 })]);
    expect(errs[0]!.message).toBe('unknown region "aws-euw2"; did you mean "aws-euw1"?');
  });

  it('duplicate ids across elements', () => {
    const errs = errors(replaceOnce(canonical, '  - id: orders-db', '  - id: web'));
    expect(errs[0]).toMatchObject({ path: 'services[1].id', message: 'duplicate id "web" (already used by a service at services[0])' });
  });

  it('a circuit from a region to itself, a primary outside the placements, a scenario failing an unknown element', () => {
    let text = replaceOnce(canonical, 'from: aws-use1\n    to: aws-euw1', 'from: aws-use1\n    to: aws-use1');
    text = replaceOnce(text, 'primary: aws-use1', 'primary: fra-dc');
    text = replaceOnce(text, 'fail: [aws-use1]', 'fail: [aws-use9]');
    const messages = errors(text).map((e) => `${e.path}: ${e.message}`);
    expect(messages).toContain('circuits[0].to: a circuit cannot join region "aws-use1" to itself');
    expect(messages).toContain('services[1].primary: primary "fra-dc" is not one of the placements (aws-use1, aws-euw1)');
    expect(messages).toContain('scenarios[0].fail[0]: scenario fails unknown element "aws-use9"; did you mean "aws-use1"?');
  });

  it.each([
    ['-5', 'must be at least 0.001 Mbps'],
    ['.nan', 'must be a finite number, got NaN'],
    ['.inf', 'must be a finite number, got Infinity'],
    ['-.inf', 'must be a finite number, got -Infinity'],
    ['1e308', 'must be at most 10,000,000 Mbps'],
  ])('bandwidth %s is refused: %s', (value, message) => {
    const errs = errors(replaceOnce(canonical, 'bandwidthMbps: 5000', `bandwidthMbps: ${value}`));
    expect(errs).toEqual([expect.objectContaining({ path: 'circuits[0].bandwidthMbps', line: 25, message })]);
  });

  it('a 50 MB file is refused by size before parsing', () => {
    const big = canonical + '#'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    const [e] = errors(big);
    expect(e!.message).toMatch(/50\.\d MB; a design may be at most 10 MB/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('10,000-deep nesting gives a located error, not a stack overflow', () => {
    const deep = 'schemaVersion: 1\nname: deep\nregions: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n';
    const errs = errors(deep);
    expect(errs[0]!.message).toMatch(/nesting is too deep/);
    expect(errs[0]!.line).toBe(3);
    const deepBlock = 'schemaVersion: 1\nname: deep\ndescription:\n' + Array.from({ length: 200 }, (_, i) => ' '.repeat(i + 1) + `k${i}:`).join('\n') + ' 1\n';
    expect(errors(deepBlock)[0]!.message).toMatch(/deeper than 64 levels/);
  });

  it('an empty file and a file with only comments', () => {
    expect(errors('')[0]!.message).toMatch(/holds no design/);
    expect(errors('# just a comment\n# and another\n')[0]!.message).toMatch(/holds no design/);
  });

  it('a list or a scalar at the top', () => {
    expect(errors('- a\n- b\n')[0]!.message).toMatch(/not a list/);
    expect(errors('hello\n')[0]!.message).toMatch(/not a string/);
  });

  it('strings too long and ids with bad characters', () => {
    const errs = errors(replaceOnce(replaceOnce(canonical, 'name: Web tier', `name: ${'x'.repeat(300)}`), 'id: web\n', 'id: "web tier"\n'));
    expect(errs.map((e) => e.path).sort()).toEqual(['services[0].id', 'services[0].name']);
  });

  it('a missing required field points at its parent mapping', () => {
    const errs = errors(replaceOnce(canonical, '    kind: datacenter\n', ''));
    expect(errs).toEqual([expect.objectContaining({ path: 'regions[2].kind', line: 14, message: expect.stringMatching(/missing required field/) })]);
  });

  it('reports every error at once, in document order', () => {
    let text = replaceOnce(canonical, 'bandwidthMbps: 1000', 'bandwidthMbps: -1');
    text = replaceOnce(text, 'rtoSeconds: 900', 'rtoSeconds: -3');
    text = replaceOnce(text, 'kind: web', 'kind: website');
    const errs = errors(text);
    expect(errs.length).toBe(3);
    const lines = errs.map((e) => e.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });
});

describe('serializeDesign onto a loaded document', () => {
  it('writes a second edit to a field of an element added after loading', () => {
    const r = parseDesign(canonical);
    const d = r.design!;
    d.services.push({ id: 'cache', name: 'Cache', kind: 'cache', placements: ['aws-use1'], objectives: { rtoSeconds: 30 } });
    serializeDesign(d, r.yaml);
    d.services[2]!.objectives = { rtoSeconds: 900 };
    const out = serializeDesign(d, r.yaml);
    expect(parseDesign(out).design!.services[2]!.objectives).toEqual({ rtoSeconds: 900 });
  });

  it('turns an empty flow list into a block list when it gains elements', () => {
    const r = parseDesign('schemaVersion: 1\nname: empty\nregions: []\n');
    const d = r.design!;
    d.regions.push({ id: 'a', name: 'A', kind: 'office', provider: 'onprem', location: { lat: 1, lon: 2 } });
    const out = serializeDesign(d, r.yaml);
    expect(out).toContain('regions:\n  - id: a\n');
    expect(parseDesign(out).design!.regions).toHaveLength(1);
  });
});

// `netstudio validate` as a user runs it: real process, real files, exit codes a CI can use.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/netstudio.mjs');
const run = promisify(execFile);

async function netstudio(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'netstudio-validate-'));
function file(name: string, content: string | Uint8Array): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

describe('netstudio validate', () => {
  it('accepts every bundled sample (exit 0)', async () => {
    const samples = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.netstudio.yaml')).map((f) => join('samples', f));
    expect(samples.length).toBeGreaterThanOrEqual(5);
    const r = await netstudio('validate', ...samples);
    expect(r.stderr).toBe('');
    for (const s of samples) expect(r.stdout).toMatch(new RegExp(`${s.replace(/\./g, '\\.')}: valid \\(`));
    // The samples reveal their problems as warnings and as objectives that fail in
    // `netstudio simulate`; none breaks an error-level rule, so validate accepts them all.
    expect(r.code).toBe(0);
  });

  it('exits 1 when a design breaks an error-level rule (a replica outside its data class\'s jurisdictions)', async () => {
    const text = readFileSync(join(root, 'samples', 'sdwan-eu-regulated.netstudio.yaml'), 'utf8')
      .replace('  - { id: aws-euw3, name: AWS EU (Paris)', '  - { id: aws-euw2, name: AWS EU (London), kind: cloud-region, provider: aws, providerRegion: eu-west-2 }\n  - { id: aws-euw3, name: AWS EU (Paris)')
      .replace('placements: [aws-euc1, aws-euw3]\n    topology: active-passive', 'placements: [aws-euc1, aws-euw3, aws-euw2]\n    topology: active-passive');
    const r = await netstudio('validate', file('london-replica.netstudio.yaml', text));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error: \[data-residency\] records-db holds Patient records \(allowed in EU\) in aws-euw2, which is in GB/);
    expect(r.stdout).toMatch(/1 design rule\(s\) fail at error level/);
  });

  it('prints the --json contract shape', async () => {
    const r = await netstudio('validate', 'samples/dual-region-active-active.netstudio.yaml', '--json');
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ ok: expect.any(Boolean), errors: [], findings: expect.any(Array) });
  });

  const bad: [string, string | Uint8Array, RegExp][] = [
    ['not-yaml.netstudio.yaml', 'name: [oops\n  - x: }\n', /not-yaml\.netstudio\.yaml:\d+:\d+: error: /],
    ['binary.netstudio.yaml', Uint8Array.from({ length: 2048 }, (_, i) => (i * 131) % 256), /binary\.netstudio\.yaml:1:1: error: this is not a text file/],
    ['dupkeys.netstudio.yaml', 'schemaVersion: 1\nname: a\nname: b\n', /dupkeys\.netstudio\.yaml:3:1: error: name: duplicate key "name"/],
    ['types.netstudio.yaml', 'schemaVersion: 1\nname: x\nregions: 5\n', /types\.netstudio\.yaml:3:10: error: regions: expected array, got 5/],
    ['refs.netstudio.yaml', 'schemaVersion: 1\nname: x\nregions:\n  - { id: a, name: A, kind: office, provider: onprem, location: { lat: 1, lon: 2 } }\ncircuits:\n  - { id: c, from: a, to: b, type: mpls, bandwidthMbps: 10 }\n', /refs\.netstudio\.yaml:6:27: error: circuits\[0\]\.to: unknown region "b"/],
    ['dupids.netstudio.yaml', 'schemaVersion: 1\nname: x\nregions:\n  - { id: a, name: A, kind: office, provider: onprem, location: { lat: 1, lon: 2 } }\n  - { id: a, name: B, kind: office, provider: onprem, location: { lat: 1, lon: 2 } }\n', /dupids\.netstudio\.yaml:5:\d+: error: regions\[1\]\.id: duplicate id "a"/],
    ['nan.netstudio.yaml', 'schemaVersion: 1\nname: x\nregions:\n  - { id: a, name: A, kind: office, provider: onprem, location: { lat: .nan, lon: 2 } }\n', /nan\.netstudio\.yaml:4:\d+: error: regions\[0\]\.location\.lat: must be a finite number, got NaN/],
    ['inf.netstudio.yaml', 'schemaVersion: 1\nname: x\nregions:\n  - { id: a, name: A, kind: office, provider: onprem, location: { lat: 1, lon: .inf } }\n', /inf\.netstudio\.yaml:4:\d+: error: regions\[0\]\.location\.lon: must be a finite number, got Infinity/],
    ['huge.netstudio.yaml', 'schemaVersion: 1\nname: x\nregions:\n  - { id: a, name: A, kind: office, provider: onprem, location: { lat: 1e308, lon: 2 } }\n', /huge\.netstudio\.yaml:4:\d+: error: regions\[0\]\.location\.lat: must be at most 90/],
    ['negative.netstudio.yaml', 'schemaVersion: 1\nname: x\nregions:\n  - { id: a, name: A, kind: office, provider: onprem, location: { lat: 1, lon: 2 }, transitMs: -4 }\n', /negative\.netstudio\.yaml:4:\d+: error: regions\[0\]\.transitMs: must be at least 0/],
    ['deep.netstudio.yaml', 'schemaVersion: 1\nname: x\nregions: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n', /deep\.netstudio\.yaml:3:\d+: error: nesting is too deep/],
    ['empty.netstudio.yaml', '', /empty\.netstudio\.yaml: error: the file holds no design/],
    ['comments.netstudio.yaml', '# nothing\n# here\n', /comments\.netstudio\.yaml: error: the file holds no design/],
  ];

  it.each(bad)('%s: exit 2 with a located message, no stack trace', async (name, content, expected) => {
    const r = await netstudio('validate', file(name, content));
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(expected);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it('a 50 MB file: exit 2 quickly, without reading it all', async () => {
    const p = file('big.netstudio.yaml', 'schemaVersion: 1\nname: big\n' + '#'.repeat(50 * 1024 * 1024));
    const started = Date.now();
    const r = await netstudio('validate', p);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/big\.netstudio\.yaml: error: the file is 50\.0 MB; a design may be at most 10 MB/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a missing file and an unknown option are bad input (exit 2)', async () => {
    expect((await netstudio('validate', join(tmp, 'nope.yaml'))).stdout).toMatch(/nope\.yaml: error: no such file/);
    const r = await netstudio('validate', '--frobnicate', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });
});

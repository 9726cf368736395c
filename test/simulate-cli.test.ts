// `netstudio simulate` as a user runs it: real process, real files, the --json contract of
// DESIGN.md §6 and exit codes a CI can use (0 ok, 1 objective failed, 2 bad input, 130 Ctrl-C).
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

const canonical = 'samples/dual-region-active-active.netstudio.yaml';

describe('netstudio simulate', () => {
  it('prints the --json contract and exits 1 because orders-db misses its RTO', async () => {
    const r = await netstudio('simulate', canonical, '--sweep', 'n1', '--monte-carlo', '50', '--seed', '7', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(false);
    const lose = json.scenarios.find((s: { id: string }) => s.id === 'lose-use1');
    expect(lose.failed).toEqual(['aws-use1']);
    const web = lose.services.find((s: { service: string }) => s.service === 'web');
    expect(web).toMatchObject({
      service: 'web',
      available: true,
      rtoSeconds: 90,
      rpoSeconds: 0,
      rtoBreakdown: { detectionSeconds: 30, propagationSeconds: 60, promotionSeconds: 0, warmUpSeconds: 0 },
      meetsRto: true,
      meetsRpo: true,
    });
    expect(json.sweep.kind).toBe('n1');
    expect(json.sweep.worst[0]).toEqual(expect.objectContaining({ service: 'web', scenario: 'aws-use1', rtoSeconds: 90, rpoSeconds: 0 }));
    expect(json.monteCarlo).toMatchObject({ years: 50, seed: 7 });
    expect(json.monteCarlo.services[0]).toEqual(
      expect.objectContaining({ service: 'web', availability: expect.any(Number), standardError: expect.any(Number), downtimeMinutesPerYear: expect.any(Number), pMeetsTarget: expect.any(Number) }),
    );
  });

  it('prints tables with the RTO breakdown and the failing objective', async () => {
    const r = await netstudio('simulate', canonical);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/web\s+yes\s+90\s+30 detect \+ 60 propagate/);
    expect(r.stdout).toMatch(/orders-db: RTO 1410 s exceeds the 900 s objective/);
    expect(r.stdout).toContain('objectives not met');
    expect(r.stderr).toBe('');
  });

  it('exits 0 when every objective holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netstudio-sim-'));
    const f = join(dir, 'ok.netstudio.yaml');
    writeFileSync(
      f,
      `schemaVersion: 1
name: ok
regions:
  - { id: a, name: A, kind: cloud-region, provider: aws, providerRegion: us-east-1 }
  - { id: b, name: B, kind: cloud-region, provider: aws, providerRegion: us-east-2 }
circuits:
  - { id: ab, from: a, to: b, type: transit-gateway-peering, bandwidthMbps: 1000 }
services:
  - { id: web, name: Web, kind: web, placements: [a, b], topology: active-active, objectives: { rtoSeconds: 300 } }
scenarios:
  - { id: lose-a, name: lose a, fail: [a] }
`,
    );
    const r = await netstudio('simulate', f);
    expect(r.stdout).toContain('every objective met');
    expect(r.code).toBe(0);
  });

  it.each([
    [['simulate', 'no-such-file.netstudio.yaml'], /no such file/],
    [['simulate', canonical, '--sweep', 'n3'], /--sweep must be n1 or n2 \(got "n3"\)/],
    [['simulate', canonical, '--monte-carlo', 'lots'], /--monte-carlo takes a whole number/],
    [['simulate', canonical, '--seed', '-1'], /--seed takes an integer/],
    [['simulate', canonical, '--scenario', 'nope'], /no scenario "nope" in the design/],
  ])('bad input %j exits 2 with a message', async (args, message) => {
    const r = await netstudio(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('Ctrl-C stops a long Monte Carlo cleanly with exit 130', async () => {
    const child = spawn(process.execPath, [bin, 'simulate', canonical, '--monte-carlo', '1000000'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    // Wait until the command says the Monte Carlo runs (its Ctrl-C handler is in place).
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (d) => {
        stderr += d;
        if (stderr.includes('Monte Carlo (Ctrl-C stops)')) resolve();
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
  });
});

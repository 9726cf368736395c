// `netstudio export` as a user runs it: real process, real files, exit codes a CI can use.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/netstudio.mjs');
const run = promisify(execFile);
const tmp = mkdtempSync(join(tmpdir(), 'netstudio-export-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function netstudio(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const sample = (name: string) => join('samples', `${name}.netstudio.yaml`);

describe('netstudio export', () => {
  it('writes the Terraform tree, lists every file, and exits 0', async () => {
    const out = join(tmp, 'tf');
    const r = await netstudio('export', sample('dual-region-active-active'), '--format', 'terraform', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const f of ['providers.tf', 'variables.tf', 'main.tf', 'outputs.tf', 'README.md']) {
      expect(r.stdout).toContain(`wrote ${join(out, 'terraform/aws', f)}`);
      expect(readFileSync(join(out, 'terraform/aws', f), 'utf8').length).toBeGreaterThan(0);
    }
    expect(r.stdout).toContain(`terraform: 5 file(s) written to ${out}`);
  });

  it('refuses a non-empty directory without --force (exit 2) and writes into it with --force', async () => {
    const out = join(tmp, 'ansible');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const refused = await netstudio('export', sample('dual-region-active-active'), '--format', 'ansible', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not empty; pass --force');
    expect(existsSync(join(out, 'ansible'))).toBe(false);
    const forced = await netstudio('export', sample('dual-region-active-active'), '--format', 'ansible', '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'ansible/site.yml'), 'utf8')).toContain('import_playbook');
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('exits 2 on an invalid design, an unknown format, a missing --out, or nothing to export', async () => {
    const broken = join(tmp, 'broken.netstudio.yaml');
    writeFileSync(broken, 'schemaVersion: 1\nname: x\nregions:\n  - id: a\n');
    const invalid = await netstudio('export', broken, '--format', 'terraform', '--out', join(tmp, 'x1'));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/broken\.netstudio\.yaml:4:\d+: error/);
    expect(existsSync(join(tmp, 'x1'))).toBe(false);

    const unknown = await netstudio('export', sample('dual-region-active-active'), '--format', 'cloudformation', '--out', join(tmp, 'x2'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown format "cloudformation"');

    const noOut = await netstudio('export', sample('dual-region-active-active'), '--format', 'terraform');
    expect(noOut.code).toBe(2);

    const nothing = await netstudio('export', sample('multicloud-mesh'), '--format', 'ansible', '--out', join(tmp, 'x3'));
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('no on-prem site');
  });

  it('refuses an output path that is a file', async () => {
    const f = join(tmp, 'a-file');
    writeFileSync(f, 'x');
    const r = await netstudio('export', sample('dual-region-active-active'), '--format', 'terraform', '--out', f, '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a directory');
  });
});

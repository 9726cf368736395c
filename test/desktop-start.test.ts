// `npm start`: finds the Electron binary by path only; without it, explains why in one
// paragraph and serves the studio in the browser.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { findElectronBinary, NO_ELECTRON_MESSAGE } from '../scripts/start.mjs';

const ROOT = resolve(__dirname, '..');
const find = findElectronBinary as (root: string, env: Record<string, string | undefined>) => string | undefined;

function freePort(): Promise<number> {
  return new Promise((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => r(port));
    });
  });
}

describe('findElectronBinary', () => {
  it('finds the executable named in path.txt only when it exists on disk', () => {
    const root = mkdtempSync(join(tmpdir(), 'netstudio-start-'));
    const pkg = join(root, 'node_modules', 'electron');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    expect(find(root, {})).toBeUndefined();
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    expect(find(root, {})).toBeUndefined();
    writeFileSync(join(pkg, 'dist', 'electron'), '#!/bin/sh\n');
    chmodSync(join(pkg, 'dist', 'electron'), 0o755);
    expect(find(root, {})).toBe(join(pkg, 'dist', 'electron'));
    const override = mkdtempSync(join(tmpdir(), 'netstudio-override-'));
    expect(find(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBeUndefined();
    writeFileSync(join(override, 'electron'), '');
    expect(find(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(join(override, 'electron'));
  });
  it('the explanation is one plain paragraph that says why and what happens instead', () => {
    const message = NO_ELECTRON_MESSAGE as string;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/downloads/);
    expect(message).toMatch(/web page|browser/);
  });
});

describe('npm start without the Electron binary', () => {
  it('prints the paragraph and serves the studio on 127.0.0.1', async () => {
    const port = await freePort();
    // An empty override folder makes the binary missing even where Electron is installed.
    const empty = mkdtempSync(join(tmpdir(), 'netstudio-noelectron-'));
    const args = existsSync(join(ROOT, 'out/web/index.html')) ? ['--no-build'] : [];
    const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), ELECTRON_OVERRIDE_DIST_PATH: empty },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    try {
      let status = 0;
      let body = '';
      for (let i = 0; i < 240 && status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 500));
        try {
          const res = await fetch(`http://127.0.0.1:${port}/`);
          status = res.status;
          body = await res.text();
        } catch {
          // not listening yet
        }
      }
      expect(status, out).toBe(200);
      expect(body).toContain('<div id="root">');
      expect(out.split('\n')[0]).toBe(NO_ELECTRON_MESSAGE);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  }, 150_000);
});

#!/usr/bin/env node
// `npm start`: runs the desktop app with the Electron binary when it is installed. Electron
// downloads that binary on first use; where it is missing (offline build machines), this says
// why in one paragraph and serves the studio in the browser instead (scripts/web.mjs).
// The binary is found by path and existsSync only: requiring the `electron` package would
// try to download it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Absolute path of the Electron executable if it is on disk, else undefined. */
export function findElectronBinary(root = repo, env = process.env) {
  const pkgDir = join(root, 'node_modules', 'electron');
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    return existsSync(candidate) ? candidate : undefined;
  }
  if (!relative) return undefined;
  const candidate = join(pkgDir, 'dist', relative);
  return existsSync(candidate) ? candidate : undefined;
}

export const NO_ELECTRON_MESSAGE =
  'NetStudio could not start as a desktop app because the Electron binary is not installed: the ' +
  '`electron` package downloads it from GitHub the first time it is used, and this machine cannot ' +
  'fetch it (no network access beyond the npm registry). Everything else works, so the studio is ' +
  'served as a web page instead; open the address below in a browser. On a machine with internet ' +
  'access, `npx install-electron` (or reinstalling the `electron` package) fetches the binary and ' +
  '`npm start` then opens the desktop app.';

function run(command, args) {
  const child = spawn(command, args, { cwd: repo, stdio: 'inherit', env: process.env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const args = process.argv.slice(2);
  const electron = findElectronBinary();
  if (electron) {
    if (!existsSync(join(repo, 'out', 'main', 'index.js')) || !existsSync(join(repo, 'out', 'renderer', 'index.html'))) {
      const built = spawnSync(process.execPath, [join(repo, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
        cwd: repo,
        stdio: 'inherit',
      });
      if (built.status !== 0) process.exit(built.status ?? 1);
    }
    run(electron, ['.', ...args]);
    return;
  }
  console.log(NO_ELECTRON_MESSAGE);
  run(process.execPath, [join(repo, 'scripts', 'web.mjs'), ...args]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

// Packaging: electron-builder's `--linux dir` with a stand-in Electron (the real binary cannot
// be downloaded here), then a look inside app.asar: the built app and the main process's
// runtime dependencies are in it; renderer-only libraries are not (Vite bundled them).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';

const ROOT = resolve(__dirname, '..');
const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { listPackage(p: string): string[]; extractFile(p: string, f: string): Buffer };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const BUILT = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'];

let work: string;
let asarPath: string;
let entries: Set<string>;

function pngSize(file: string) {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

beforeAll(() => {
  if (!BUILT.every((f) => existsSync(join(ROOT, f)))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 110_000 });
  }
  work = mkdtempSync(join(tmpdir(), 'netstudio-dist-'));
  const fakeElectron = join(work, 'electron-dist');
  mkdirSync(fakeElectron);
  writeFileSync(join(fakeElectron, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary"\n');
  chmodSync(join(fakeElectron, 'electron'), 0o755);
  // The project's config minus electronFuses: fuses are flipped inside the real Electron
  // binary, and the stand-in has none to flip. Everything else is the shipped config.
  const config = YAML.parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  delete config.electronFuses;
  const configFile = join(work, 'electron-builder.json');
  writeFileSync(configFile, JSON.stringify(config));
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--config',
      configFile,
      `-c.electronDist=${fakeElectron}`,
      `-c.directories.output=${join(work, 'dist')}`,
    ],
    { cwd: ROOT, stdio: 'pipe', timeout: 110_000 },
  );
  asarPath = join(work, 'dist/linux-unpacked/resources/app.asar');
  entries = new Set(asar.listPackage(asarPath).map((e) => e.replaceAll('\\', '/')));
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const bareName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

describe('app.asar from electron-builder --linux dir', () => {
  it('holds the built main, preload and renderer, and package.json points at main', () => {
    for (const f of BUILT) expect(entries.has(`/${f}`), f).toBe(true);
    expect([...entries].some((e) => /^\/out\/renderer\/assets\/.+\.js$/.test(e))).toBe(true);
    const packaged = JSON.parse(asar.extractFile(asarPath, 'package.json').toString()) as { main: string };
    expect(packaged.main).toBe('out/main/index.js');
    const size = statSync(asarPath).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MB, ${entries.size} entries`);
    expect(size).toBeLessThan(60 * 1024 * 1024);
  });

  it('holds every package the main process requires at runtime, with their own dependencies', () => {
    const mainJs = readFileSync(join(ROOT, 'out/main/index.js'), 'utf8');
    const required = [...mainJs.matchAll(/require\(["']([^"']+)["']\)/g)]
      .map((m) => m[1]!)
      .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && s !== 'electron' && !builtinModules.includes(bareName(s)))
      .map(bareName);
    // Every runtime import must be a declared dependency, or the package would not ship it.
    for (const name of required) expect(Object.keys(pkg.dependencies), name).toContain(name);
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const manifest = `/node_modules/${name}/package.json`;
      expect(entries.has(manifest), `${name} is missing from app.asar`).toBe(true);
      const deps = JSON.parse(asar.extractFile(asarPath, manifest.slice(1)).toString()).dependencies ?? {};
      for (const dep of Object.keys(deps)) visit(dep);
    };
    for (const name of new Set(required)) visit(name);
    console.log(`main process runtime packages in app.asar: ${[...seen].join(', ') || '(none)'}`);
  });

  it('leaves out renderer-only libraries, source maps and the CLI-only TypeScript runner', () => {
    const modules = new Set([...entries].filter((e) => e.startsWith('/node_modules/')).map((e) => bareName(e.split('/').slice(2).join('/'))));
    for (const dev of Object.keys(pkg.devDependencies)) expect(modules.has(dev), `${dev} (a devDependency) is in app.asar`).toBe(false);
    for (const lib of ['react', 'react-dom', '@xyflow/react', 'monaco-editor', 'echarts', 'zustand', 'tsx', 'esbuild']) expect(modules.has(lib), lib).toBe(false);
    expect([...entries].filter((e) => e.endsWith('.map'))).toEqual([]);
    expect([...entries].some((e) => e.startsWith('/src/'))).toBe(false);
  });
});

describe('packaging configuration', () => {
  const config = YAML.parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, Record<string, unknown> & { target?: string[] }> & {
    fileAssociations: Array<{ ext: string; role: string }>;
  };
  it('targets AppImage and deb on Linux, dmg on macOS, nsis on Windows', () => {
    expect(config.linux!.target).toEqual(['AppImage', 'deb']);
    expect(config.mac!.target).toEqual(['dmg']);
    expect(config.win!.target).toEqual(['nsis']);
  });
  it('flips the Electron fuses that close run-as-node, inspector and unpacked-code back doors', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
  it('associates .netstudio.yaml files with the app', () => {
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'netstudio.yaml', role: 'Editor' }));
  });
  it('ships 512×512 and 256×256 icons rasterised from the committed SVG', () => {
    expect(readFileSync(join(ROOT, 'resources/icons/icon.svg'), 'utf8')).toContain('<svg');
    expect(pngSize(join(ROOT, 'resources/icons/icon.png'))).toEqual({ width: 512, height: 512 });
    expect(pngSize(join(ROOT, 'resources/icons/256x256.png'))).toEqual({ width: 256, height: 256 });
  });
});

// Electronegativity-style checks that run in CI (the tool itself is not a project dependency:
// docs/security.md records its run). They read the main/preload sources and the built
// JavaScript and fail on any of Electron's known-dangerous patterns.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/main/app-protocol.ts';

const ROOT = resolve(__dirname, '..');

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

let sources: Array<[string, string]>;
let built: Array<[string, string]>;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/main/index.js')) || !existsSync(join(ROOT, 'out/preload/index.js'))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 110_000 });
  }
  const read = (f: string): [string, string] => [f.slice(ROOT.length + 1), readFileSync(f, 'utf8')];
  sources = [...filesUnder(join(ROOT, 'src/main'), /\.ts$/), ...filesUnder(join(ROOT, 'src/preload'), /\.ts$/)].map(read);
  built = [...filesUnder(join(ROOT, 'out/main'), /\.c?js$/), ...filesUnder(join(ROOT, 'out/preload'), /\.c?js$/)].map(read);
}, 120_000);

const DANGEROUS: Array<[string, RegExp]> = [
  ['nodeIntegration enabled', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*(true|!0)/],
  ['contextIsolation disabled', /contextIsolation\s*:\s*(false|!1)/],
  ['sandbox disabled', /sandbox\s*:\s*(false|!1)/],
  ['webSecurity disabled', /webSecurity\s*:\s*(false|!1)/],
  ['insecure content allowed', /allowRunningInsecureContent\s*:\s*(true|!0)/],
  ['experimental features', /experimentalFeatures\s*:\s*(true|!0)/],
  ['blink features enabled', /enableBlinkFeatures\s*:\s*["'`][^"'`]/],
  ['webview tag', /webviewTag\s*:\s*(true|!0)/],
  ['remote module', /enableRemoteModule|@electron\/remote/],
  ['certificate errors ignored', /ignore-certificate-errors|setCertificateVerifyProc|on\(\s*["']certificate-error/],
  ['insecure scheme loaded', /loadURL\(\s*["'`]http:/],
  ['eval-like code', /\bnew Function\(|\beval\(/],
  ['window opening allowed', /action\s*:\s*["']allow["']/],
  ['permissions granted wholesale', /callback\(\s*(true|!0)\s*\)/],
  ['CSP bypass', /bypassCSP\s*:\s*(true|!0)/],
];

describe('main and preload: no dangerous Electron settings', () => {
  it('found the code to check', () => {
    expect(sources.length).toBeGreaterThan(5);
    expect(built.map(([f]) => f)).toEqual(expect.arrayContaining(['out/main/index.js', 'out/preload/index.js']));
  });
  for (const [what, pattern] of DANGEROUS) {
    it(`no ${what}`, () => {
      const hits = [...sources, ...built].filter(([, text]) => pattern.test(text)).map(([f]) => f);
      expect(hits).toEqual([]);
    });
  }
});

describe('the window is created secure', () => {
  it('every BrowserWindow sets contextIsolation, sandbox, nodeIntegration false and webSecurity in place', () => {
    const windows = [...sources, ...built].flatMap(([f, text]) => [...text.matchAll(/new BrowserWindow\(/g)].map((m) => [f, text.slice(m.index, m.index + 1500)] as const));
    expect(windows.length).toBeGreaterThan(0);
    for (const [f, call] of windows) {
      expect(call, f).toMatch(/contextIsolation:\s*(true|!0)/);
      expect(call, f).toMatch(/sandbox:\s*(true|!0)/);
      expect(call, f).toMatch(/nodeIntegration:\s*(false|!1)/);
      expect(call, f).toMatch(/webSecurity:\s*(true|!0)/);
    }
  });
});

describe('the preload exposes intents, never ipcRenderer', () => {
  const preload = () => built.find(([f]) => f === 'out/preload/index.js')![1];
  it('exposes exactly one object, `netstudio`', () => {
    const exposures = [...preload().matchAll(/exposeInMainWorld\(\s*["'](\w+)["']/g)].map((m) => m[1]);
    expect(exposures).toEqual(['netstudio']);
  });
  it('never hands ipcRenderer, its event or a free channel name to the page', () => {
    const text = preload();
    expect(text).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(text).not.toMatch(/invoke\(\s*(channel|name|c)\s*[,)]/);
    // The command listener drops Electron's event object.
    expect(text).toMatch(/\(_event, command\)|\(_e\w*, \w+\) =>/);
  });
  it('requires nothing but electron (it runs sandboxed)', () => {
    const requires = [...preload().matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
  });
});

describe('external links and content policy', () => {
  it('every shell.openExternal call is guarded by the URL allowlist', () => {
    for (const [f, text] of [...sources, ...built]) {
      for (const m of text.matchAll(/shell\.openExternal\(/g)) {
        const before = text.slice(Math.max(0, m.index - 160), m.index);
        expect(before, `${f}: openExternal without isTrustedExternalUrl`).toMatch(/isTrustedExternalUrl\(/);
      }
    }
  });
  it('the app protocol and every response carry a CSP without unsafe-eval or remote scripts', () => {
    const main = built.find(([f]) => f === 'out/main/index.js')![1];
    expect(main).toContain('Content-Security-Policy');
    expect(main).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(main).toMatch(/onHeadersReceived/);
  });
  it('navigation, new windows, webviews and permissions are handled', () => {
    const main = built.find(([f]) => f === 'out/main/index.js')![1];
    for (const hook of ['will-navigate', 'will-redirect', 'will-attach-webview', 'setWindowOpenHandler', 'setPermissionRequestHandler', 'setPermissionCheckHandler', 'web-contents-created']) {
      expect(main, hook).toContain(hook);
    }
  });
});

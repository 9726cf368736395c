// The real desktop app, driven by Playwright's `_electron`. Runs only where the Electron
// binary is installed (it cannot be downloaded on the build machines, TOOLCHAIN.md); there
// each test skips with the reason. Everything checked here is also covered without Electron
// by desktop-app, desktop-ipc, desktop-security and desktop-files tests.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { findElectronBinary } from '../scripts/start.mjs';

const ROOT = resolve(__dirname, '..');
const binary = (findElectronBinary as () => string | undefined)();
const built = existsSync(join(ROOT, 'out/main/index.js')) && existsSync(join(ROOT, 'out/renderer/index.html'));
const SKIP_REASON = !binary
  ? 'Electron binary not installed (node_modules/electron/dist is empty: it is downloaded on first use and this machine cannot fetch it)'
  : !built
    ? 'no build in out/ (run `npm run build` first)'
    : undefined;

let app: ElectronApplication | undefined;
let page: Page | undefined;
let userData = '';

beforeAll(async () => {
  if (SKIP_REASON) {
    console.warn(`desktop e2e skipped: ${SKIP_REASON}`);
    return;
  }
  userData = mkdtempSync(join(tmpdir(), 'netstudio-e2e-'));
  const design = join(userData, 'opened.netstudio.yaml');
  writeFileSync(design, readFileSync(join(ROOT, 'samples/dual-region-active-active.netstudio.yaml')));
  app = await electron.launch({
    executablePath: binary!,
    args: [ROOT, `--user-data-dir=${userData}`, design],
    cwd: ROOT,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
}, 60_000);

afterAll(async () => {
  await app?.close();
});

describe('desktop app (Electron)', () => {
  it('loads the studio from app://netstudio with the Node-free, isolated bridge only', async (ctx) => {
    if (SKIP_REASON) return ctx.skip(SKIP_REASON);
    expect(page!.url()).toBe('app://netstudio/index.html');
    const probe = await page!.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        bridge: Object.keys((w.netstudio as object) ?? {}).sort(),
        kind: (w.netstudio as { kind?: string })?.kind,
        require: typeof w.require,
        process: typeof w.process,
        ipcRenderer: typeof w.ipcRenderer,
      };
    });
    expect(probe).toEqual({
      bridge: ['discardDraft', 'kind', 'listDrafts', 'onCommand', 'openDesign', 'openRecent', 'recentFiles', 'saveDesign', 'saveDesignAs', 'saveDraft', 'setDocumentState', 'writeExport'],
      kind: 'electron',
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
    });
  });

  it('refuses new windows and navigation to other sites', async (ctx) => {
    if (SKIP_REASON) return ctx.skip(SKIP_REASON);
    const opened = await page!.evaluate(() => window.open('https://evil.example/') === null);
    expect(opened).toBe(true);
    await page!.evaluate(() => {
      location.href = 'https://evil.example/';
    });
    await page!.waitForTimeout(500);
    expect(page!.url()).toBe('app://netstudio/index.html');
    expect(app!.windows()).toHaveLength(1);
  });

  it('refuses a hostile payload over the bridge', async (ctx) => {
    if (SKIP_REASON) return ctx.skip(SKIP_REASON);
    const message = await page!.evaluate(async () => {
      const host = (window as unknown as { netstudio: { writeExport(f: unknown, n: string): Promise<unknown> } }).netstudio;
      return host.writeExport({ '../../etc/passwd': 'x' }, 'out').then(
        () => 'accepted',
        (e: Error) => e.message,
      );
    });
    expect(message).toMatch(/refused/);
  });

  it('serves every page with the strict Content-Security-Policy and blocks inline script', async (ctx) => {
    if (SKIP_REASON) return ctx.skip(SKIP_REASON);
    const result = await page!.evaluate(async () => {
      const csp = (await fetch('/index.html')).headers.get('content-security-policy');
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.appendChild(script);
      return { csp, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
    });
    expect(result.csp).toContain("script-src 'self'");
    expect(result.inlineRan).toBe(false);
  });

  it('opens the design named on the command line and shows it in the title', async (ctx) => {
    if (SKIP_REASON) return ctx.skip(SKIP_REASON);
    await expect.poll(async () => app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle()), { timeout: 10_000 }).toContain(
      'opened.netstudio.yaml',
    );
  });
});

/**
 * `npm run bench:ui`: figures for the studio in headless Chromium (a benchmark, not a test:
 * it prints, it does not assert).
 *
 * - open the 200-region design: time until its nodes are on screen and until the first live
 *   analysis is in (interactive), and the longest main-thread task meanwhile;
 * - interactions on it, each with the longest main-thread task it caused (the 50 ms budget of
 *   issue 5): select, inspector edit, the edit's analysis landing, drag, undo, a palette add,
 *   switching to the Cost, Latency, Objectives and Problems tabs, and a small edit typed in
 *   Code until the canvas follows (opening Code the first time, which loads Monaco, apart);
 * - pan the 1000-region / 3000-circuit design: p95 frame time;
 * - drag one node: how many node components re-render;
 * - bundle sizes, and whether Monaco stays out of the first load.
 *
 * The 200-region design is samples/large-generated.netstudio.yaml when it exists, else the
 * seeded generator in e2e/fixtures. Flags: --no-build (reuse out/web).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { generateDesignYaml } from '../fixtures/generateDesign.ts';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';

// npm runs scripts from the repository root.
const repo = resolve(process.cwd());
const noBuild = process.argv.includes('--no-build');

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

async function startServer(port: number): Promise<() => void> {
  const child = spawn(process.execPath, [join(repo, 'scripts/web.mjs'), ...(noBuild ? ['--no-build'] : [])], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((res, rej) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('http://') && res());
    child.on('exit', (code) => rej(new Error(`web server exited with ${code}`)));
  });
  return () => child.kill('SIGTERM');
}

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN;
};

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}
const takeLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    const xs = w.__longTasks;
    w.__longTasks = [];
    return xs;
  });

async function openDesign(page: Page, name: string, text: string): Promise<{ nodesMs: number; interactiveMs: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __seq?: number };
    w.__seq = performance.now();
  });
  const extraBefore = await page.evaluate(() => document.querySelector('.ns-tab-extra')?.textContent ?? '');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  const t0 = Date.now();
  await chooser.setFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
  // The previous design's nodes and analysis stay on screen until this one replaces them.
  await page.locator('.ns-filename', { hasText: name }).waitFor();
  await page.locator('.react-flow__node-region').first().waitFor();
  const nodesMs = Date.now() - t0;
  // Interactive: the first live analysis of this design has arrived (it starts after a debounce,
  // so first see it start, or its figure replace the previous design's).
  await page.waitForFunction(
    (before) => {
      const busy = document.querySelector('.ns-busy')?.textContent ?? '';
      const extra = document.querySelector('.ns-tab-extra')?.textContent ?? '';
      return busy.includes('Analysing') || (busy === '' && extra.includes('analysis') && extra !== before);
    },
    extraBefore,
    { timeout: 120_000, polling: 50 },
  );
  await page.waitForFunction(() => document.querySelector('.ns-tab-extra')?.textContent?.includes('analysis') && document.querySelector('.ns-busy')?.textContent === '', undefined, { timeout: 120_000, polling: 50 });
  return { nodesMs, interactiveMs: Date.now() - t0 };
}

async function frameTimes(page: Page, during: () => Promise<void>): Promise<number[]> {
  // A string, not a function: the TypeScript loader would wrap a named inner function in a
  // helper that does not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__rafOn = true;
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__rafOn) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await during();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __rafOn: boolean };
    w.__rafOn = false;
    return w.__frames.slice(1);
  });
}

async function main() {
  const port = await freePort();
  const stop = await startServer(port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: Record<string, unknown> = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Opening another design over an edited one asks to discard the edits: yes.
    page.on('dialog', (d) => void d.accept());
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const tLoad = Date.now();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('application', { name: 'Design canvas' }).waitFor();
    results.studioLoadMs = Date.now() - tLoad;
    results.monacoInFirstLoad = requests.some((u) => /CodeEditor|editor\.worker|yaml\.worker/.test(u));
    await watchLongTasks(page);

    const samplePath = join(repo, 'samples/large-generated.netstudio.yaml');
    const large = existsSync(samplePath) ? readFileSync(samplePath, 'utf8') : generateDesignYaml(200, 600, 100, 42);
    results.design200 = existsSync(samplePath) ? 'samples/large-generated.netstudio.yaml' : 'generated 200 regions / 600 circuits / 100 services (seed 42)';
    const open200 = await openDesign(page, 'large.netstudio.yaml', large);
    results.open200NodesMs = open200.nodesMs;
    results.open200InteractiveMs = `${open200.interactiveMs} (nodes drawn and the first live analysis in)`;
    results.open200LongestTaskMs = Math.max(0, ...(await takeLongTasks(page)));
    const analysisText = await page.locator('.ns-tab-extra').innerText();
    results.liveAnalysis200 = analysisText.match(/analysis (\d+) ms/)?.[1] + ' ms (in the worker)';

    // Interactions on the 200-region design.
    const region = page.locator('.react-flow__node-region').first();
    const box = (await region.boundingBox())!;
    // Each interaction's window closes once what it started has settled, so a long task is
    // charged to the interaction that caused it. (Playwright's own queries run as DevTools
    // tasks, which the long-task observer does not report.)
    const interactions: Record<string, number> = {};
    const charge = async (label: string) => {
      await page.waitForTimeout(300);
      interactions[label] = Math.max(0, ...(await takeLongTasks(page)));
    };
    const analysisLanded = async () => {
      // The analysis starts after a 200 ms debounce: see it start, then finish.
      await page.locator('.ns-busy', { hasText: 'Analysing' }).waitFor({ timeout: 3000 }).catch(() => undefined);
      await page.waitForFunction(() => document.querySelector('.ns-busy')?.textContent === '', undefined, { timeout: 120_000, polling: 50 });
    };
    await page.waitForTimeout(500);
    await takeLongTasks(page);
    const tSel = Date.now();
    await page.mouse.click(box.x + box.width / 2, box.y + 4);
    await page.getByRole('form', { name: 'Inspector' }).getByLabel('Name').waitFor();
    results.select200Ms = Date.now() - tSel;
    await charge('select');
    const name = page.getByRole('form', { name: 'Inspector' }).getByLabel('Name', { exact: true });
    await name.fill('Renamed region');
    await takeLongTasks(page);
    const tEdit = Date.now();
    await name.press('Enter');
    // Attached, not visible: region names are hidden at the zoom that fits 200 regions.
    await page.locator('.ns-region-name', { hasText: 'Renamed region' }).waitFor({ state: 'attached' });
    results.inspectorEdit200Ms = Date.now() - tEdit;
    await charge('inspectorEdit');
    // Let the analysis of that edit land first: new estimates legitimately redraw every circuit.
    await analysisLanded();
    await charge('inspectorEditAnalysisLands');
    const nodeIds = new Set(await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? '')));
    const before = await page.evaluate(() => ({ ...window.__netstudioRenders!.byId }));
    const id = await region.getAttribute('data-id');
    const b2 = (await region.boundingBox())!;
    const [cx, cy] = [b2.x + b2.width / 2, b2.y + 4];
    const dragFrames = await frameTimes(page, async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 1; i <= 30; i++) await page.mouse.move(cx + i * 6, cy + i * 3);
      await page.mouse.up();
    });
    const after = await page.evaluate(() => ({ ...window.__netstudioRenders!.byId }));
    const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
    const nodes = changed.filter((k) => nodeIds.has(k));
    results.dragRerenderedNodeComponents = `${nodes.length} of ${nodeIds.size} rendered nodes (the dragged region ${id} and ${nodes.length - 1} service node(s) inside it); ${changed.length - nodes.length} circuit(s) attached to it redrawn`;
    results.drag200P95FrameMs = +p95(dragFrames).toFixed(1);
    await charge('drag');
    await analysisLanded();
    await charge('dragAnalysisLands');

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.locator(`.react-flow__node-region[data-id="${id}"]`).waitFor();
    await charge('undo');
    await analysisLanded();
    await charge('undoAnalysisLands');

    const nodeCount = await page.locator('.react-flow__node-region').count();
    await page.getByRole('navigation', { name: 'Palette' }).getByRole('region', { name: 'Regions' }).getByRole('button').first().click();
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node-region').length > n, nodeCount, { timeout: 10_000, polling: 50 }).catch(() => undefined);
    await charge('paletteAdd');
    await analysisLanded();
    await charge('paletteAddAnalysisLands');

    for (const [tabName, ready] of [
      ['Cost', '[aria-label="Cost line items"]'],
      ['Latency', '[aria-label="Latency matrix"]'],
      ['Objectives', '[aria-label="Objectives matrix"]'],
      ['Problems', '[aria-label="Problems list"]'],
    ] as const) {
      await page.getByRole('tab', { name: new RegExp(`^${tabName}`) }).click();
      await page.locator(ready).waitFor({ timeout: 10_000 }).catch(() => undefined);
      await charge(`tab${tabName}`);
    }
    // Code: opening the tab loads Monaco (on first use only, so reported on its own), then a
    // small edit typed with the keyboard: a region's name gets a suffix and the canvas follows.
    const beforeCode = requests.length;
    await page.getByRole('tab', { name: 'Code' }).click();
    await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
    results.monacoLoadedOnCodeTab = requests.slice(beforeCode).some((u) => /CodeEditor/.test(u));
    await page.waitForTimeout(1500);
    results.codeTabFirstOpen200LongestTaskMs = Math.max(0, ...(await takeLongTasks(page))) || 'none over 50 ms';
    const yaml = await page.evaluate(() => window.__netstudioCode!.getValue());
    const nameLine = /\n {4}name: (.+)\n/.exec(yaml.slice(yaml.indexOf('\nregions:')))!;
    const nameEnd = yaml.indexOf('\nregions:') + nameLine.index + nameLine[0].length - 1;
    await page.evaluate((offset) => window.__netstudioCode!.setCursor(offset), nameEnd);
    await page.waitForTimeout(300);
    await takeLongTasks(page);
    const tType = Date.now();
    await page.keyboard.type(' edited');
    await page.locator('.ns-region-name', { hasText: `${nameLine[1]} edited` }).waitFor({ state: 'attached', timeout: 30_000 });
    results.codeEdit200Ms = `${Date.now() - tType} (typing 7 characters until the canvas shows the new name; 300 ms of it the pause before a parse)`;
    await charge('codeEdit');
    await analysisLanded();
    await charge('codeEditAnalysisLands');
    // Back to a table tab: the 1000-region figures below are taken without Monaco on screen.
    await page.getByRole('tab', { name: /^Problems/ }).click();
    await page.waitForTimeout(300);

    // The long-task observer reports only tasks over 50 ms: 0 means none was.
    for (const [k, v] of Object.entries(interactions)) results[`longestTask200_${k}`] = v || 'none over 50 ms';
    results.interactions200LongestTaskMs = Math.max(...Object.values(interactions)) || 'none over 50 ms';

    // Pan the 1000/3000 design.
    const huge = generateDesignYaml(1000, 3000, 300, 42);
    const open1000 = await openDesign(page, 'huge.netstudio.yaml', huge);
    results.open1000NodesMs = open1000.nodesMs;
    results.open1000FirstAnalysisMs = `${open1000.interactiveMs} (estimate, rules and scenarios in the worker; the canvas is usable meanwhile)`;
    await takeLongTasks(page);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const frames = await frameTimes(page, async () => {
      const sx = pane.x + pane.width / 2;
      const sy = pane.y + pane.height / 2;
      await page.mouse.move(sx, sy);
      await page.mouse.down();
      for (let i = 1; i <= 90; i++) await page.mouse.move(sx + Math.sin(i / 10) * 250, sy + Math.cos(i / 12) * 150);
      await page.mouse.up();
    });
    results.pan1000FrameCount = frames.length;
    results.pan1000P95FrameMs = +p95(frames).toFixed(1);
    results.pan1000MedianFrameMs = +[...frames].sort((a, b) => a - b)[Math.floor(frames.length / 2)]!.toFixed(1);
    results.pan1000LongestTaskMs = Math.max(0, ...(await takeLongTasks(page)));

  } finally {
    await browser.close();
    stop();
  }

  const assets = join(repo, 'out/web/assets');
  const html = readFileSync(join(repo, 'out/web/index.html'), 'utf8');
  const files = readdirSync(assets).map((f) => ({ f, kb: statSync(join(assets, f)).size / 1024 }));
  const initial = files.filter((x) => html.includes(x.f));
  results.bundleInitialKB = Math.round(initial.reduce((s, x) => s + x.kb, 0));
  results.bundleInitialFiles = initial.map((x) => `${x.f} ${Math.round(x.kb)} kB`).join(', ');
  results.bundleTotalKB = Math.round(files.reduce((s, x) => s + x.kb, 0));
  results.largestLazyChunks = files
    .filter((x) => !html.includes(x.f))
    .sort((a, b) => b.kb - a.kb)
    .slice(0, 6)
    .map((x) => `${x.f} ${Math.round(x.kb)} kB`)
    .join(', ');

  const width = Math.max(...Object.keys(results).map((k) => k.length));
  console.log('NetStudio UI benchmark (headless Chromium, software rendering; GPU machines do better)');
  for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(width)}  ${String(v)}`);
}

main().catch((e: unknown) => {
  console.error(`bench:ui failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exit(1);
});

/**
 * Screenshots of the real web studio for the README, light and dark, written to
 * docs/screenshots/. Run: `node bin/tsnode.mjs e2e/bench/screenshots.ts [--no-build]`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';

const repo = resolve(process.cwd());
const out = join(repo, 'docs/screenshots');

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

async function settle(page: Page) {
  await page.waitForFunction(() => document.querySelector('.ns-tab-extra')?.textContent?.includes('analysis') && document.querySelector('.ns-busy')?.textContent === '', undefined, {
    timeout: 60_000,
  });
}

async function main() {
  mkdirSync(out, { recursive: true });
  const port = await freePort();
  const child = spawn(process.execPath, [join(repo, 'scripts/web.mjs'), ...(process.argv.includes('--no-build') ? ['--no-build'] : [])], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((res) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('http://') && res()));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.goto(`http://127.0.0.1:${port}/?sample=dual-region-active-active`);
      await page.locator('.react-flow__node-region').first().waitFor();
      await page.getByRole('button', { name: 'Tidy' }).click();
      await page.getByText('Layout tidied').waitFor();
      await settle(page);
      await page.getByRole('tab', { name: /^Objectives/ }).click();
      await page.locator('.react-flow__node-service').first().click();
      await page.waitForTimeout(400); // let the fit animation finish before the picture
      await page.screenshot({ path: join(out, `studio-${scheme}.png`) });
      await page.getByRole('button', { name: 'Map' }).click();
      await page.locator('.ns-land path').waitFor();
      await page.getByRole('tab', { name: /^Problems/ }).click();
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(out, `studio-map-${scheme}.png`) });
      await page.close();
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
  console.log(`screenshots written to ${out}`);
}

main().catch((e: unknown) => {
  console.error(`screenshots failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exit(1);
});

import { expect, type Locator, type Page } from '@playwright/test';

export const canvas = (page: Page) => page.getByRole('application', { name: 'Design canvas' });

/** The canvas node of a region, found by the region name it shows. */
export const regionNode = (page: Page, name: string | RegExp) =>
  page.locator('.react-flow__node-region').filter({ has: page.locator('.ns-region-name', { hasText: name }) });

export async function regionIds(page: Page): Promise<string[]> {
  return page.locator('.react-flow__node-region').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

export const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });

/** Drags between two points with intermediate moves, as a hand would. */
export async function dragBetween(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(a.x + a.width / 2 + ((b.x - a.x + (b.width - a.width) / 2) * i) / steps, a.y + a.height / 2 + ((b.y - a.y + (b.height - a.height) / 2) * i) / steps);
  }
  await page.mouse.up();
}

/** Waits until the live analysis of the current design has finished. */
export async function analysisSettled(page: Page): Promise<void> {
  await expect(page.locator('.ns-busy')).toHaveText('');
}

/** Records every main-thread long task (over 50 ms, the API's floor) from page load on; read them with {@link takeLongTasks}. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The longest main-thread task recorded since the last call, ms (0: none over 50 ms). */
export async function takeLongTasks(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks.splice(0)));
}

/** Opens `text` as a design file through the toolbar's Open… picker. */
export async function openDesignFile(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
}

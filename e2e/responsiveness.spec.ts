/**
 * The UI thread stays free on the 200-region sample (issue 5): selecting a region, editing a
 * field in the inspector, the analysis of that edit landing, undo, and switching to the Cost,
 * Latency and Objectives tabs each cause no main-thread task longer than a generous bound.
 *
 * `npm run bench:ui` reports these figures against the 50 ms target. The bound here (150 ms)
 * is for a noisy, software-rendered CI machine: it catches the kind of regression this test
 * came with (YAML written on every edit, a 19 MB latency matrix cloned from the worker after
 * every analysis, 900-row tables drawn whole: 130–670 ms), not a few ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { analysisSettled, openDesignFile, recordLongTasks, takeLongTasks } from './helpers.ts';

const BOUND_MS = 150;
// Playwright runs from the repository root.
const sample = readFileSync(join(process.cwd(), 'samples/large-generated.netstudio.yaml'), 'utf8');

/** The longest main-thread task since the last call (0: none over 50 ms, the API's floor). */
async function longestTask(page: Page): Promise<number> {
  // Let the interaction's follow-up tasks (effects, timers) run and be reported first.
  await page.waitForTimeout(300);
  return takeLongTasks(page);
}

async function analysisLanded(page: Page): Promise<void> {
  // The analysis starts after a 200 ms debounce: see it start, then finish.
  await page.locator('.ns-busy', { hasText: 'Analysing' }).waitFor({ timeout: 3000 }).catch(() => undefined);
  await analysisSettled(page);
}

test('select, inspector edit, its analysis, undo and the Cost, Latency and Objectives tabs never block the 200-region studio', async ({ page }) => {
  test.setTimeout(120_000);
  await recordLongTasks(page);
  await page.goto('/');
  await openDesignFile(page, 'large.netstudio.yaml', sample);
  await expect(page.locator('.react-flow__node-region').first()).toBeVisible();
  await expect(page.locator('.ns-tab-extra')).toContainText('analysis', { timeout: 60_000 });
  await analysisSettled(page);
  await longestTask(page);

  const tasks: Record<string, number> = {};
  const region = page.locator('.react-flow__node-region').first();
  const box = (await region.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + 4);
  const name = page.getByRole('form', { name: 'Inspector' }).getByLabel('Name', { exact: true });
  await expect(name).toBeVisible();
  tasks.select = await longestTask(page);

  await name.fill('Renamed region');
  await longestTask(page);
  await name.press('Enter');
  // Attached, not visible: region names are hidden at the zoom that fits 200 regions.
  await expect(page.locator('.ns-region-name', { hasText: 'Renamed region' })).toHaveCount(1);
  tasks.inspectorEdit = await longestTask(page);
  await analysisLanded(page);
  tasks.editAnalysis = await longestTask(page);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('.ns-region-name', { hasText: 'Renamed region' })).toHaveCount(0);
  tasks.undo = await longestTask(page);
  await analysisLanded(page);
  tasks.undoAnalysis = await longestTask(page);

  await page.getByRole('tab', { name: /^Cost/ }).click();
  await expect(page.getByRole('table', { name: 'Cost line items' })).toBeVisible();
  tasks.costTab = await longestTask(page);
  await page.getByRole('tab', { name: /^Latency/ }).click();
  await expect(page.getByRole('table', { name: 'Latency matrix' })).toBeVisible();
  tasks.latencyTab = await longestTask(page);
  // The objectives matrix (100 services × scenarios, rows of varying height) draws in chunks.
  await page.getByRole('tab', { name: /^Objectives/ }).click();
  const objectives = page.getByRole('table', { name: 'Objectives matrix' });
  await expect(objectives).toBeVisible();
  await expect(objectives.locator('tbody tr')).toHaveCount(100);
  await expect(objectives).toHaveAttribute('aria-busy', 'false');
  tasks.objectivesTab = await longestTask(page);

  test.info().annotations.push({ type: 'longest main-thread task per interaction (ms, 0: none over 50)', description: JSON.stringify(tasks) });
  const over = Object.entries(tasks).filter(([, ms]) => ms > BOUND_MS);
  expect(over, `longest main-thread task per interaction, ms: ${JSON.stringify(tasks)}`).toEqual([]);
});

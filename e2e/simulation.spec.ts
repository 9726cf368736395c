/** The Simulation panel: Monte Carlo with progress and cancel, and a drill played on the canvas. */
import { expect, test } from '@playwright/test';
import { regionNode } from './helpers.ts';

test('Monte Carlo shows progress, can be cancelled, and reports availability when it finishes', async ({ page }) => {
  await page.goto('/?sample=dual-region-active-active');
  await expect(regionNode(page, 'Frankfurt data centre')).toBeVisible();
  await page.getByRole('tab', { name: /^Simulation/ }).click();
  const run = page.getByRole('button', { name: /^Run Monte Carlo/ });
  await run.click();
  await expect(page.getByRole('progressbar', { name: 'Monte Carlo progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Simulation cancelled');
  await expect(run).toBeEnabled();
  await run.click();
  const results = page.getByRole('table', { name: 'Monte Carlo results' });
  await expect(results).toBeVisible({ timeout: 60_000 });
  await expect(results.getByRole('row', { name: /Web tier/ })).toContainText(/\d+\.\d{4} %/);
  await page.getByRole('tab', { name: /^Objectives/ }).click();
  await expect(page.getByRole('table', { name: 'Objectives matrix' })).toContainText('Availability (Monte Carlo');
});

test('playing a drill dims the failed region and turns services red, then green when they recover', async ({ page }) => {
  await page.goto('/?sample=dual-region-active-active');
  await expect(regionNode(page, 'Frankfurt data centre')).toBeVisible();
  await page.getByRole('tab', { name: /^Simulation/ }).click();
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('lose-use1');
  await expect(page.getByRole('img', { name: /Failure timeline of lose-use1/ })).toBeVisible();
  await page.getByRole('button', { name: 'Play drill' }).click();
  await expect(regionNode(page, 'AWS US East').locator('.ns-region')).toHaveClass(/is-failed/);
  await expect(page.locator('.ns-service.is-down').first()).toBeVisible();
  // After failover: the web tier recovers within its RTO; the orders database does not (23.5 min > 15 min).
  await expect(page.locator('.react-flow__node-service[data-id="svc:web@aws-euw1"] .ns-service')).toHaveClass(/is-recovered/);
  await expect(page.locator('.react-flow__node-service[data-id="svc:orders-db@aws-euw1"] .ns-service')).toHaveClass(/is-lost/);
  await page.getByRole('button', { name: 'Stop drill' }).click();
  await expect(page.locator('.ns-service.is-down, .ns-service.is-recovered, .ns-service.is-lost')).toHaveCount(0);
});

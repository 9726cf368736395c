/** Files in the browser build: drafts after a reload, a bad file, samples; and where a new site is. */
import { expect, test } from '@playwright/test';
import { regionNode } from './helpers.ts';

test('an unsaved edit survives a reload as a draft the user can restore', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'AWS region', exact: true }).click();
  await expect(page.locator('.react-flow__node-region')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('netstudio.drafts') ?? '')).toContain('us-east-1');
  await page.reload();
  await expect(page.locator('.react-flow__node-region')).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore draft' }).click();
  await expect(regionNode(page, 'AWS US East')).toBeVisible();
  await expect(page.locator('.ns-dirty')).toBeVisible();
});

test('a malformed file is refused with every problem listed, and the design stays', async ({ page }) => {
  await page.goto('/?sample=dual-region-active-active');
  await expect(regionNode(page, 'Frankfurt data centre')).toBeVisible();
  const bad = 'schemaVersion: 1\nname: Bad\nregions:\n  - id: x\n    name: X\n    kind: cloud-region\n    provider: aws\n    providerRegion: us-east-1\ncircuits:\n  - { id: c, from: x, to: nowhere, type: mpls, bandwidthMbps: -3 }\n';
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles({ name: 'bad.netstudio.yaml', mimeType: 'application/yaml', buffer: Buffer.from(bad) });
  await expect(page.getByRole('status')).toContainText('bad.netstudio.yaml was not opened');
  await expect(regionNode(page, 'Frankfurt data centre')).toBeVisible();
  await page.getByRole('tab', { name: /^Problems/ }).click();
  const list = page.getByRole('list', { name: 'Problems list' });
  await expect(list.getByText('bad.netstudio.yaml (not opened)').first()).toBeVisible();
  await expect(list.getByText(/circuits\[0\]\.bandwidthMbps 10:/)).toBeVisible();
});

test('the Samples menu opens each sample', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Samples' }).selectOption('hq-hub-spoke');
  await expect(page.locator('.ns-filename')).toContainText('hq-hub-spoke.netstudio.yaml');
  await expect(page.locator('.react-flow__node-region').first()).toBeVisible();
});

test('a new data centre asks where it is and takes a catalog city', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Data centre', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Where is the data centre?' });
  await dialog.getByLabel('City').fill('Frankfurt');
  await dialog.getByRole('button', { name: /^Frankfurt, DE/ }).click();
  await expect(regionNode(page, 'Frankfurt data centre')).toBeVisible();
  const inspector = page.getByRole('form', { name: 'Inspector' });
  await expect(inspector.getByLabel('Latitude')).toHaveValue(/^50\./);
});

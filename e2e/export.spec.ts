/** The Export tab: formats generated in a worker, listed as a file tree, previewed in Monaco, written through the host. */
import { expect, test, type Page } from '@playwright/test';
import { regionNode, tab } from './helpers.ts';

declare global {
  interface Window {
    __netstudioExportPreview?: { getValue(): string; language(): string };
  }
}

const preview = (page: Page) => page.evaluate(() => ({ text: window.__netstudioExportPreview?.getValue() ?? '', language: window.__netstudioExportPreview?.language() ?? '' }));

test('Ansible and Terraform files are listed and previewed with their language, and can be written', async ({ page }) => {
  await page.goto('/?sample=hq-hub-spoke');
  await expect(regionNode(page, 'HQ data centre Chicago')).toBeVisible();
  await tab(page, 'Export').click();
  await page.getByLabel('Export format').selectOption({ label: 'Ansible' });
  const files = page.getByRole('listbox', { name: 'Exported files' });
  const site = files.getByRole('option', { name: /^ansible\/site\.yml/ });
  await expect(site).toBeVisible();
  await expect(files.getByRole('option', { name: /^ansible\/inventory\.yml/ })).toBeVisible();
  await site.click();
  await expect(site).toHaveAttribute('aria-selected', 'true');
  await expect.poll(async () => (await preview(page)).text).toContain('Check that every required input is filled in');
  expect((await preview(page)).language).toBe('yaml');
  // The user sees the text in the editor, not only in its model.
  await expect(page.getByTestId('export-preview').locator('.view-lines')).toContainText('Check that every required input');

  await page.getByLabel('Export format').selectOption({ label: 'Terraform' });
  const providers = files.getByRole('option', { name: /^terraform\/aws\/providers\.tf/ });
  await expect(providers).toBeVisible();
  await providers.click();
  await expect.poll(async () => (await preview(page)).text).toContain('required_providers');
  expect((await preview(page)).language).toBe('hcl');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Write files/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^hq-hub-spoke-terraform-terraform_aws_/);
  await expect(page.getByRole('status')).toHaveText(/^Wrote 5 files to Downloads/);
});

test('diagrams and the review report are generated; a design with nothing to export says why', async ({ page }) => {
  await page.goto('/?sample=hq-hub-spoke');
  await expect(regionNode(page, 'HQ data centre Chicago')).toBeVisible();
  await tab(page, 'Export').click();
  const files = page.getByRole('listbox', { name: 'Exported files' });
  await page.getByLabel('Export format').selectOption({ label: 'draw.io' });
  await expect(files.getByRole('option', { name: /^hq-hub-spoke\.drawio/ })).toBeVisible();
  await expect.poll(async () => (await preview(page)).language).toBe('xml');
  expect((await preview(page)).text).toContain('<mxfile');
  await page.getByLabel('Export format').selectOption({ label: 'Review report (HTML)' });
  await expect(files.getByRole('option', { name: /^hq-hub-spoke-review\.html/ })).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await preview(page)).language).toBe('html');
  expect((await preview(page)).text).toContain('Centralized HQ with regional spokes');

  await page.getByRole('combobox', { name: 'Samples' }).selectOption('multicloud-mesh');
  await expect(page.locator('.react-flow__node-region').first()).toBeVisible();
  await page.getByLabel('Export format').selectOption({ label: 'Ansible' });
  await expect(page.getByRole('alert').filter({ hasText: 'on-prem' })).toHaveText(/on-prem sites .* this design has none/);
  await expect(page.getByRole('button', { name: /^Write files/ })).toBeDisabled();
});

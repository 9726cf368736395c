/** The Review tab (comments, saved views), present mode and Compare with…. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { regionNode, tab } from './helpers.ts';

const SAMPLE = readFileSync(join(process.cwd(), 'samples', 'hq-hub-spoke.netstudio.yaml'), 'utf8');

test('a comment on a region is listed, badges the region, resolves, and the resolve undoes', async ({ page }) => {
  await page.goto('/?sample=hq-hub-spoke');
  const dallas = regionNode(page, 'HQ data centre Dallas');
  await dallas.locator('.ns-region-name').click();
  await expect(page.locator('.ns-statusbar')).toContainText('1 selected');
  await tab(page, 'Review').click();
  await page.getByLabel('Your name').fill('Ana Review');
  await page.getByLabel('Comment', { exact: true }).fill('Is a second hub worth $18k a month?');
  await page.getByRole('button', { name: 'Comment on HQ data centre Dallas' }).click();

  const open = page.getByRole('list', { name: 'Open comments' });
  const item = open.getByRole('listitem', { name: 'Comment by Ana Review' });
  await expect(item).toContainText('Is a second hub worth $18k a month?');
  await expect(item).toContainText('on HQ data centre Dallas');
  await expect(dallas).toHaveClass(/ns-has-comments/);
  await expect(dallas).toHaveAttribute('data-comments', '1');

  await item.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByText('No open comments.')).toBeVisible();
  await expect(dallas).not.toHaveClass(/ns-has-comments/);
  await page.getByRole('button', { name: 'Resolved', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Resolved comments' })).toContainText('Is a second hub worth');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('No resolved comments.')).toBeVisible();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(item).toContainText('Is a second hub worth');
  await expect(dallas).toHaveClass(/ns-has-comments/);

  // Clicking the element name selects it; the author name is remembered for the next comment.
  await regionNode(page, 'HQ data centre Chicago').locator('.ns-region-name').click();
  await expect(dallas).not.toHaveClass(/selected/);
  await item.getByRole('button', { name: 'HQ data centre Dallas' }).click();
  await expect(dallas).toHaveClass(/selected/);
  await page.reload();
  await tab(page, 'Review').click();
  await expect(page.getByLabel('Your name')).toHaveValue('Ana Review');
});

test('saved views are presented full window, stepping through a drill with the arrow keys', async ({ page }) => {
  await page.goto('/?sample=hq-hub-spoke');
  await expect(regionNode(page, 'HQ data centre Chicago')).toBeVisible();
  await tab(page, 'Review').click();
  await page.getByLabel('View name').fill('Overview');
  await page.getByRole('button', { name: 'Save current view' }).click();
  await page.getByLabel('View name').fill('Chicago outage');
  await page.getByLabel('Scenario to show').selectOption({ label: 'Chicago data centre outage' });
  await page.getByRole('button', { name: 'Save current view' }).click();
  const views = page.getByRole('list', { name: 'Views' });
  await expect(views).toContainText('Overview');
  await expect(views).toContainText('Chicago outage · schematic · scenario Chicago data centre outage');

  await page.getByRole('button', { name: /^Present/ }).click();
  const caption = page.getByRole('region', { name: 'Presentation' });
  await expect(caption).toContainText('Overview');
  await expect(caption).toContainText('View 1 of 2');
  await expect(page.locator('.ns-palette')).toBeHidden();
  await expect(page.locator('.ns-panels')).toBeHidden();
  const chicago = regionNode(page, 'HQ data centre Chicago').locator('.ns-region');
  await expect(chicago).not.toHaveClass(/is-failed/);

  await page.keyboard.press('ArrowRight');
  await expect(caption).toContainText('View 2 of 2');
  await expect(page.getByTestId('present-drill')).toHaveText(/Chicago data centre outage: Before the failure/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-drill')).toContainText('Failed');
  await expect(chicago).toHaveClass(/is-failed/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-drill')).toContainText('After failover');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('present-drill')).toContainText('Failed');

  await page.keyboard.press('Escape');
  await expect(caption).toBeHidden();
  await expect(page.locator('.ns-palette')).toBeVisible();
  await expect(chicago).not.toHaveClass(/is-failed/);

  // Applying a view outside present mode shows its scenario's failed state until cleared.
  await page.getByRole('button', { name: 'Apply view Chicago outage' }).click();
  await expect(chicago).toHaveClass(/is-failed/);
  await page.getByRole('button', { name: 'Clear highlighted scenario' }).click();
  await expect(chicago).not.toHaveClass(/is-failed/);
});

test('Compare with… summarises the changes from another version and marks them on the canvas', async ({ page }) => {
  await page.goto('/?sample=hq-hub-spoke');
  await expect(regionNode(page, 'HQ data centre Dallas')).toBeVisible();
  // The older version: Dallas had another name, Direct Connect was 500 Mbps, and there was no backup VPN to AWS.
  const older = SAMPLE.replace('name: HQ data centre Dallas', 'name: HQ data centre Dallas (old)')
    .replace('type: direct-connect, bandwidthMbps: 1000', 'type: direct-connect, bandwidthMbps: 500')
    .split('\n')
    .filter((l) => !l.includes('id: dal-vpn-aws'))
    .join('\n');
  expect(older).not.toEqual(SAMPLE);

  await tab(page, 'Compare').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Compare with…' }).click();
  await (await chooser).setFiles({ name: 'hq-hub-spoke-v1.netstudio.yaml', mimeType: 'application/yaml', buffer: Buffer.from(older) });

  const summary = page.getByTestId('comparison-summary');
  await expect(summary).toContainText('1 added, 0 removed, 2 changed', { timeout: 30_000 });
  await expect(summary).toContainText(/cost [+−]\$/);
  await expect(page.getByText('Changes from hq-hub-spoke-v1.netstudio.yaml to this design')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Added elements' })).toContainText('circuit Dallas backup VPN to AWS');
  await expect(page.getByRole('region', { name: 'Changed elements' })).toContainText('region HQ data centre Dallas');
  await expect(page.getByRole('region', { name: 'Cost delta' })).toContainText('per month');

  const dallas = regionNode(page, 'HQ data centre Dallas');
  await expect(dallas).toHaveClass(/ns-diff-changed/);
  await expect(page.locator('.react-flow__edge.ns-diff-added')).toHaveAttribute('data-id', 'dal-vpn-aws');
  await expect(page.locator('.react-flow__edge.ns-diff-changed')).toHaveAttribute('data-id', 'chi-dx');

  // An edit after comparing: the panel says so, and Compare again includes it.
  await tab(page, 'Review').click();
  await page.getByLabel('Your name').fill('Ana');
  await page.getByLabel('Comment', { exact: true }).fill('Why the backup VPN?');
  await page.getByRole('button', { name: /^Comment on / }).click();
  await tab(page, 'Compare').click();
  await expect(page.getByText('The design has been edited since this comparison')).toBeVisible();
  await page.getByRole('button', { name: 'Compare again' }).click();
  await expect(summary).toContainText('2 added, 0 removed, 2 changed', { timeout: 30_000 });
  await expect(page.getByText('The design has been edited since this comparison')).toBeHidden();

  await page.getByRole('button', { name: 'Clear comparison' }).click();
  await expect(dallas).not.toHaveClass(/ns-diff-changed/);
  await expect(page.locator('.ns-diff-added, .ns-diff-changed')).toHaveCount(0);
});

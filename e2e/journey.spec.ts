/**
 * The newcomer's journey of issue 5, in the real web build: from an empty canvas to a
 * connected two-region design with a web tier, an objective that fails an N-1 sweep and is
 * fixed, undo/redo, an edit in the YAML, and a save that reopens to the same design.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { analysisSettled, canvas, dragBetween, regionIds, tab } from './helpers.ts';

test('a newcomer designs, analyses, fixes, edits YAML, saves and reopens', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await expect(page.getByText('Drag a region from the palette')).toBeVisible();

  // Two AWS regions: one dragged onto the canvas, one added with a click.
  const aws = page.getByRole('button', { name: 'AWS region', exact: true });
  const box = (await canvas(page).boundingBox())!;
  await aws.dragTo(canvas(page), { targetPosition: { x: box.width * 0.25, y: box.height * 0.35 } });
  await expect(page.locator('.react-flow__node-region')).toHaveCount(1);
  await aws.click();
  await expect(page.locator('.react-flow__node-region')).toHaveCount(2);
  const [a, b] = await regionIds(page);
  expect(a).toBe('aws-us-east-1');
  expect(b).toBe('aws-eu-west-1');
  await expect(page.locator('.ns-region-name')).toHaveText(['AWS US East (N. Virginia)', 'AWS Europe (Ireland)'].map((n) => new RegExp(n.replace(/[()]/g, '.'))));

  // Connect them: choose the circuit type, then drag from one region's handle to the other's.
  await page.getByRole('button', { name: 'Transit gateway peering' }).click();
  await dragBetween(
    page,
    page.locator(`.react-flow__node[data-id="${a}"] .react-flow__handle.source`),
    page.locator(`.react-flow__node[data-id="${b}"] .react-flow__handle.target`),
  );
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.locator('.ns-edge-label')).toContainText('1 Gbps');

  // A web tier in both: select both regions, click the palette item.
  await page.locator(`.react-flow__node[data-id="${a}"] .ns-region-head`).click();
  await page.locator(`.react-flow__node[data-id="${b}"] .ns-region-head`).click({ modifiers: ['Shift'] });
  await expect(page.getByRole('status').filter({ hasText: '2 selected' }).or(page.getByText('2 selected'))).toBeVisible();
  await page.getByRole('button', { name: 'Web tier', exact: true }).click();
  await expect(page.locator('.react-flow__node-service')).toHaveCount(2);

  // The inspector shows the new service; set a tight RTO.
  const inspector = page.getByRole('form', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Web tier' })).toBeVisible();
  await inspector.getByLabel('RTO').fill('30');
  await inspector.getByLabel('RTO').press('Enter');
  await expect(page.locator('.ns-dirty')).toBeVisible();

  // Latency and cost follow the design.
  await analysisSettled(page);
  await tab(page, 'Latency').click();
  const matrix = page.getByRole('table', { name: 'Latency matrix' });
  await expect(matrix).toBeVisible();
  await expect(matrix.locator('tbody tr')).toHaveCount(2);
  const cell = matrix.locator('tbody tr').first().locator('td').nth(1);
  await expect(cell).toHaveText(/^\d+/);
  const rtt = parseFloat(await cell.innerText());
  expect(rtt).toBeGreaterThan(40);
  await tab(page, 'Cost').click();
  const total = page.getByTestId('cost-total');
  const before = await total.innerText();
  await inspector.getByLabel('Internet egress').fill('20000');
  await inspector.getByLabel('Internet egress').press('Enter');
  await expect(total).not.toHaveText(before);

  // An N-1 sweep finds the failed objective, and Problems lists it.
  await tab(page, 'Simulation').click();
  await page.getByRole('button', { name: 'Run N-1 sweep' }).click();
  await expect(page.getByRole('table', { name: 'Sweep results' })).toBeVisible();
  await tab(page, 'Problems').click();
  const failure = page.getByRole('list', { name: 'Problems list' }).getByText(/Web tier fails its objective: worst RTO/);
  await expect(failure).toBeVisible();

  // Fix it: an RTO the failover can meet; the sweep passes.
  await page.locator('.react-flow__node-service').first().click();
  await inspector.getByLabel('RTO').fill('900');
  await inspector.getByLabel('RTO').press('Enter');
  await tab(page, 'Simulation').click();
  await page.getByRole('button', { name: 'Run N-1 sweep' }).click();
  await expect(page.getByRole('table', { name: 'Sweep results' }).getByRole('row', { name: /Web tier/ })).toContainText('pass');
  await tab(page, 'Problems').click();
  await expect(page.getByText(/Web tier fails its objective/)).toHaveCount(0);

  // Undo brings the failing RTO back; redo the fix.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(inspector.getByLabel('RTO')).toHaveValue('30');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(inspector.getByLabel('RTO')).toHaveValue('900');

  // Edit the YAML in Code: the canvas follows; invalid YAML keeps the last good design.
  await tab(page, 'Code').click();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await page.locator('.monaco-editor .view-lines').click();
  const yaml = await page.evaluate(() => window.__netstudioCode!.getValue());
  expect(yaml).toContain('rtoSeconds: 900');
  await page.evaluate((t) => window.__netstudioCode!.setValue(t), yaml.replace('bandwidthMbps: 1000', 'bandwidthMbps: -1'));
  await expect(page.getByText(/The YAML has 1 error/)).toBeVisible();
  await expect(page.locator('.react-flow__node-region')).toHaveCount(2);
  await page.evaluate((t) => window.__netstudioCode!.setValue(t), yaml.replace('name: AWS US East (N. Virginia)', 'name: Primary US East'));
  await expect(page.locator('.ns-region-name', { hasText: 'Primary US East' })).toBeVisible();
  await expect(page.getByText(/The YAML has/)).toHaveCount(0);

  // Save (a download in the browser build) and reopen it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
  const saved = await readFile((await download.path())!, 'utf8');
  expect(saved).toContain('name: Primary US East');
  expect(saved).toContain('rtoSeconds: 900');
  await expect(page.locator('.ns-dirty')).toHaveCount(0);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.locator('.react-flow__node-region')).toHaveCount(0);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles({ name: 'journey.netstudio.yaml', mimeType: 'application/yaml', buffer: Buffer.from(saved) });
  await expect(page.locator('.ns-region-name', { hasText: 'Primary US East' })).toBeVisible();
  await expect(page.locator('.react-flow__node-service')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  expect(errors).toEqual([]);
});

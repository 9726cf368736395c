/**
 * Canvas behaviour on a large design: dragging one region re-renders O(1) node components
 * (xyflow #5674 shows how easy this is to get wrong), and the drag is one undo step.
 * Plus the smaller canvas features: keyboard moves, copy/paste, delete, path highlight, map.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateDesignYaml } from './fixtures/generateDesign.ts';
import { canvas, regionNode } from './helpers.ts';

async function openText(page: Page, name: string, text: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
}

test('dragging one region of a 200-region design re-renders only that region and its services', async ({ page }) => {
  await page.goto('/');
  await openText(page, 'large.netstudio.yaml', generateDesignYaml(200, 600, 100, 3));
  await expect(page.locator('.ns-file')).toContainText('Generated 200 regions');
  await expect(page.locator('.react-flow__node-region').first()).toBeVisible();
  await expect(page.locator('.ns-busy')).toHaveText('');

  const target = page.locator('.react-flow__node-region').first();
  const id = (await target.getAttribute('data-id'))!;
  const services = await page.locator(`.react-flow__node-service[data-id$="@${id}"]`).count();
  const head = target.locator('.ns-region-head');
  const box = (await head.boundingBox())!;
  const before = await page.evaluate(() => ({ ...window.__netstudioRenders!.byId }));
  const undoSteps = await page.getByRole('button', { name: 'Undo' }).isEnabled();
  expect(undoSteps).toBe(false);

  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 15; i++) await page.mouse.move(cx + i * 10, cy + i * 5);
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

  const after = await page.evaluate(() => ({ ...window.__netstudioRenders!.byId }));
  const rerendered = Object.keys(after).filter((k) => (after[k] ?? 0) !== (before[k] ?? 0));
  const nodeIds = rerendered.filter((k) => !k.startsWith('c'));
  // The dragged region and the services inside it; nothing else.
  expect(nodeIds.sort()).toEqual([id, ...(await page.locator(`.react-flow__node-service[data-id$="@${id}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!)))].sort());
  expect(nodeIds.length).toBe(1 + services);
  // One undo step for the whole drag.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('zoomed far out, a large design draws plain circuits as one layer, a selected circuit as an edge, and the minimap moves the view', async ({ page }) => {
  await page.goto('/');
  await openText(page, 'large.netstudio.yaml', generateDesignYaml(200, 600, 100, 3));
  await expect(page.locator('.react-flow__node-region').first()).toBeVisible();
  await expect(page.locator('.ns-busy')).toHaveText('');
  // Fitting 200 regions is far out: the circuits are one layer, not 600 edge elements.
  await expect(page.locator('.ns-canvas')).toHaveClass(/ns-lod-far/);
  await expect(page.getByRole('img', { name: '600 circuits; zoom in to select one' })).toBeAttached();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  // A circuit picked in the Problems list is drawn as a selected edge; the layer has the rest.
  const problem = page.getByRole('button', { name: /circuit c\d+ \(Public internet\) crosses the public internet/ }).first();
  const circuit = (await problem.innerText()).match(/circuit (c\d+)/)![1]!;
  await problem.click();
  await expect(page.locator(`.react-flow__edge[data-id="${circuit}"] .ns-circuit`)).toHaveClass(/is-selected/);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.getByRole('img', { name: '599 circuits; zoom in to select one' })).toBeAttached();

  // The minimap moves the view.
  const viewport = () => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const before = await viewport();
  const map = (await page.getByRole('img', { name: 'Minimap' }).boundingBox())!;
  await page.mouse.click(map.x + 10, map.y + 10);
  await expect.poll(viewport).not.toBe(before);

  // Zoomed in, circuits are edges again (those in view) and the layer is gone.
  for (let i = 0; i < 12 && /ns-lod-far/.test((await page.locator('.ns-canvas').getAttribute('class')) ?? ''); i++) {
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.waitForTimeout(200);
  }
  await expect(page.locator('.ns-canvas')).not.toHaveClass(/ns-lod-far/);
  await expect(page.locator('.ns-circuit-layer')).toHaveCount(0);
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBeGreaterThan(1);
});

test('keyboard moves, copy and paste, delete, and undo on the canonical sample', async ({ page }) => {
  await page.goto('/?sample=dual-region-active-active');
  await expect(regionNode(page, 'Frankfurt data centre')).toBeVisible();
  const fra = regionNode(page, 'Frankfurt data centre');
  await fra.locator('.ns-region-head').click();
  const x0 = (await fra.boundingBox())!.x;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Math.round((await fra.boundingBox())!.x - x0)).toBeGreaterThan(5);

  await page.keyboard.press('Control+C');
  await page.keyboard.press('Control+V');
  await expect(regionNode(page, 'Frankfurt data centre (copy)')).toBeVisible();
  await expect(page.locator('.react-flow__node-region')).toHaveCount(4);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node-region')).toHaveCount(3);
  await page.keyboard.press('Control+Z');
  await expect(page.locator('.react-flow__node-region')).toHaveCount(4);
});

test('selecting two regions highlights the path between them', async ({ page }) => {
  await page.goto('/?sample=dual-region-active-active');
  await expect(regionNode(page, 'Frankfurt data centre')).toBeVisible();
  await regionNode(page, 'AWS US East').locator('.ns-region-head').click();
  await regionNode(page, 'AWS EU').locator('.ns-region-head').click({ modifiers: ['Shift'] });
  await expect(page.locator('.ns-circuit.is-on-path')).toHaveCount(1);
});

test('the map layout places regions at their coordinates over a land map', async ({ page }) => {
  await page.goto('/?sample=dual-region-active-active');
  await expect(regionNode(page, 'Frankfurt data centre')).toBeVisible();
  await page.getByRole('button', { name: 'Map' }).click();
  await expect(page.locator('.ns-land path')).toHaveCount(1);
  const pos = async (name: string) => (await regionNode(page, name).boundingBox())!;
  const use1 = await pos('AWS US East');
  const euw1 = await pos('AWS EU');
  const fra = await pos('Frankfurt data centre');
  // Virginia is west of Ireland, which is west of Frankfurt; Frankfurt is south of Ireland.
  expect(use1.x).toBeLessThan(euw1.x);
  expect(euw1.x).toBeLessThan(fra.x);
  expect(fra.y).toBeGreaterThan(euw1.y);
  await expect(canvas(page)).toBeVisible();
});

test('the command palette lists every action with its shortcut and runs one', async ({ page }) => {
  await page.goto('/?sample=dual-region-active-active');
  await expect(regionNode(page, 'Frankfurt data centre')).toBeVisible();
  await page.keyboard.press('Control+K');
  const input = page.getByRole('combobox', { name: 'Command' }).or(page.getByPlaceholder('Type a command…'));
  await expect(input).toBeVisible();
  await expect(page.getByRole('option', { name: /Save As… Ctrl\+Shift\+S/ })).toBeVisible();
  await input.fill('map');
  await page.getByRole('option', { name: /^Map Ctrl\+2$/ }).click();
  await expect(page.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
});

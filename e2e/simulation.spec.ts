/** The Simulation panel: Monte Carlo with progress and cancel, and a drill played on the canvas (failures, recovery, rerouted traffic). */
import { expect, test } from '@playwright/test';
import { analysisSettled, dragBetween, regionNode } from './helpers.ts';

test('Monte Carlo shows progress, can be cancelled, and reports availability when it finishes', async ({ page }) => {
  await page.goto('/?sample=dual-region-active-active');
  await expect(regionNode(page, 'Frankfurt data centre')).toBeVisible();
  await page.getByRole('tab', { name: /^Simulation/ }).click();
  const run = page.getByRole('button', { name: /^Run Monte Carlo/ });
  const years = page.getByLabel('Simulated years');
  const seed = page.getByLabel('Seed', { exact: true });
  // Out-of-range inputs: the error is shown in place and Run is disabled until they are fixed.
  await years.fill('5');
  await expect(page.getByText(/^Simulated years must be a whole number from 100 to 1,000,000/)).toBeVisible();
  await expect(years).toHaveAttribute('aria-invalid', 'true');
  await expect(run).toBeDisabled();
  await seed.fill('-3');
  await expect(page.getByText(/^Seed must be a whole number/)).toBeVisible();
  await seed.fill('7');
  await expect(page.getByText(/^Seed must be a whole number/)).toHaveCount(0);
  // A million years: long enough that Cancel always arrives before the run ends.
  await years.fill('1000000');
  await expect(run).toBeEnabled();
  await expect(run).toHaveText('Run Monte Carlo (1,000,000 years)');
  await run.click();
  await expect(page.getByRole('progressbar', { name: 'Monte Carlo progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Simulation cancelled');
  await expect(page.getByRole('table', { name: 'Monte Carlo results' })).toHaveCount(0);
  await expect(run).toBeEnabled();
  // Then a short run: the results say which years and seed they came from.
  await years.fill('500');
  await run.click();
  const results = page.getByRole('table', { name: 'Monte Carlo results' });
  await expect(results).toBeVisible({ timeout: 60_000 });
  await expect(results.locator('caption')).toContainText('Monte Carlo: 500 simulated years, seed 7,');
  // The command palette's Monte Carlo runs with the same inputs.
  await years.fill('300');
  await page.keyboard.press('Control+K');
  await page.getByPlaceholder('Type a command…').fill('monte carlo');
  await page.getByRole('option', { name: /^Monte Carlo Availability/ }).click();
  await expect(results.locator('caption')).toContainText('Monte Carlo: 300 simulated years, seed 7,', { timeout: 60_000 });
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
  // Who is served from where now: US East's web users over the internet, the promoted database locally.
  const rerouted = page.getByRole('list', { name: 'Rerouted traffic' });
  await expect(rerouted).toContainText('Web tier users in AWS US East (N. Virginia) → served from AWS EU (Ireland) over the internet');
  await expect(rerouted).toContainText('Orders database users in AWS EU (Ireland) → served from AWS EU (Ireland) (their own region)');
  // No surviving circuit carries rerouted traffic in this chain of regions, and the failed peering is not drawn as rerouted.
  await expect(page.locator('.ns-edge-label[data-circuit="peer-use1-euw1"]')).toHaveClass(/is-failed/);
  await expect(page.locator('.ns-edge-label.is-rerouted')).toHaveCount(0);
  await page.getByRole('button', { name: 'Stop drill' }).click();
  await expect(page.locator('.ns-service.is-down, .ns-service.is-recovered, .ns-service.is-lost')).toHaveCount(0);
  await expect(rerouted).toHaveCount(0);
});

test('a drill draws the circuits that carry rerouted traffic after failover, with who is rerouted', async ({ page }) => {
  await page.goto('/?sample=dual-region-active-active');
  await expect(regionNode(page, 'Frankfurt data centre')).toBeVisible();
  // A second path to US East: Frankfurt – US East, drawn from one region's handle to the other's.
  await dragBetween(
    page,
    page.locator('.react-flow__node[data-id="fra-dc"] .react-flow__handle.source'),
    page.locator('.react-flow__node[data-id="aws-use1"] .react-flow__handle.target'),
  );
  await expect(page.locator('.ns-edge-label')).toHaveCount(3);
  const circuits = await page.locator('.ns-edge-label').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.circuit ?? ''));
  const added = circuits.find((id) => id !== 'peer-use1-euw1' && id !== 'vpn-fra-euw1')!;

  // A scenario that cuts the transatlantic peering: the database stays in US East, its Irish clients go via Frankfurt.
  await page.getByRole('tab', { name: /^Simulation/ }).click();
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByRole('form', { name: 'Scenario editor' }).getByLabel('peer-use1-euw1').check();
  await analysisSettled(page);
  await page.getByRole('button', { name: 'Play drill' }).click();

  const label = 'rerouted: Orders database users in AWS EU (Ireland) → served from AWS US East (N. Virginia)';
  for (const id of [added, 'vpn-fra-euw1']) {
    const edgeLabel = page.locator(`.ns-edge-label[data-circuit="${id}"]`);
    await expect(edgeLabel).toHaveClass(/is-rerouted/);
    await expect(edgeLabel).toHaveAttribute('data-rerouted', label);
    await expect(edgeLabel.getByRole('note', { name: label })).toBeVisible();
    await expect(page.locator(`.react-flow__edge[data-id="${id}"] .ns-circuit`)).toHaveClass(/is-rerouted/);
  }
  // The cut circuit is dimmed, not rerouted; the legend and the list say who moved.
  await expect(page.locator('.ns-edge-label[data-circuit="peer-use1-euw1"]')).toHaveClass(/is-failed/);
  await expect(page.locator('.ns-edge-label[data-circuit="peer-use1-euw1"]')).not.toHaveClass(/is-rerouted/);
  await expect(page.getByTestId('drill-reroutes')).toContainText('Thick dashed accent circuits: rerouted traffic');
  await expect(page.getByRole('list', { name: 'Rerouted traffic' })).toHaveText(
    `Orders database users in AWS EU (Ireland) → served from AWS US East (N. Virginia) over ${added}, vpn-fra-euw1`,
  );
  await page.getByRole('button', { name: 'Stop drill' }).click();
  await expect(page.locator('.ns-edge-label.is-rerouted, .ns-circuit.is-rerouted')).toHaveCount(0);
});

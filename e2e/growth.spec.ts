import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { bankProblem } from './pages/bank';
import { WorkspacePage } from './pages/workspace';

test('after solving, Measure growth charts both solutions and names the reference O(n)', async ({ page }) => {
  const problem = bankProblem('hashing-dedupe-keep-order');
  const ws = new WorkspacePage(page);
  await ws.goto(problem.id);
  expect(await ws.submitToEnd(problem.solution)).toBe('passed');

  await page.getByTestId('compare').click();
  const panel = page.getByTestId('growth-panel');
  await expect(panel).toContainText('How does it grow?');
  await expect(panel.getByRole('button', { name: /Quick/ })).toHaveAttribute('aria-pressed', 'true');
  await panel.getByTestId('measure-growth').click();
  // Quick measures for about 3 s; Stop is offered meanwhile.
  await expect(panel.getByTestId('growth-stop')).toBeVisible();
  await expect(panel.getByTestId('growth-result')).toBeVisible({ timeout: 15_000 });

  await expect(panel.getByTestId('growth-reference')).toContainText('Reference: about O(n) (exponent');
  await expect(panel.getByTestId('growth-mine')).toContainText('Your solution: about O(n');
  await expect(panel.locator('.recharts-line')).toHaveCount(2);
  await panel.getByText('Show the timings').click();
  expect(await panel.getByTestId('growth-table').locator('tbody tr').count()).toBeGreaterThan(3);
  await expect(panel.getByTestId('measure-growth')).toHaveText('Measure again');

  const results = await new AxeBuilder({ page }).include('[data-testid=growth-panel]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

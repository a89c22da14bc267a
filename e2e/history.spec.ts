import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace';

test('runs and submits are kept in the history, and a past attempt opens read-only with try again', async ({ page }) => {
  await page.goto('/history');
  await expect(page.getByText('No attempts yet')).toBeVisible();

  const ws = new WorkspacePage(page);
  await ws.goto('sum-of-evens');
  expect(await ws.runToEnd('print("exploring")')).toBe('ok');
  expect(await ws.submitToEnd('def sum_evens(numbers):\n    return 0\n')).toBe('failed');
  expect(await ws.submitToEnd('def sum_evens(numbers):\n    return sum(n for n in numbers if n % 2 == 0)\n')).toBe('passed');

  await page.getByRole('link', { name: 'History' }).first().click();
  const group = page.getByTestId('attempt-group').filter({ hasText: 'Sum of the even numbers' });
  await expect(group).toContainText('2 submits · 1 run · solved');
  await group.locator('summary').click();
  await expect(group).toContainText('failed: 4/8 tests passed');
  await expect(group).toContainText('passed 8/8');
  await group.getByRole('listitem').filter({ hasText: 'failed:' }).getByRole('button', { name: 'Open' }).click();
  const view = page.getByTestId('attempt-view');
  await expect(view).toContainText('return 0');
  await expect(view).toContainText('4 of 8 tests passed');

  await page.getByLabel('Show').selectOption('unsolved');
  await expect(page.getByTestId('attempt-group')).toHaveCount(0);
  await page.getByLabel('Show').selectOption('all');

  await view.getByRole('link', { name: 'Try again' }).click();
  await page.waitForURL(/\/practice\?problem=sum-of-evens/);
  await ws.waitForEditor();
});

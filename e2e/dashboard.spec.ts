import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { WorkspacePage } from './pages/workspace';

/** The reference solutions of two starter problems. */
const starter = JSON.parse(readFileSync('data/packs/starter.json', 'utf8')) as { problems: Array<{ id: string; solution: string }> };
const SOLVED = ['sum-of-evens', 'reverse-words'].map((id) => {
  const problem = starter.problems.find((p) => p.id === id);
  if (!problem) throw new Error(`no starter problem ${id}`);
  return problem;
});

async function seriousViolations(page: Page, path: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a new learner sees the welcome, what PyDojo is and the starter set', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to PyDojo' })).toBeVisible();
  await expect(page.getByTestId('first-visit')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start practising' })).toHaveAttribute('href', '/practice/manual');
  await expect(page.getByRole('link', { name: /Browse \d+ modules/ })).toHaveAttribute('href', '/modules');
  await expect(page.getByRole('heading', { name: 'Starter set', exact: true })).toBeVisible();
  await expect(page.getByTestId('problem-row').filter({ hasText: 'Sum of the even numbers' })).toBeVisible();
  await expect(page.getByTestId('headline-stats')).toHaveCount(0);

  await page.goto('/insights/stats');
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await expect(page.getByTestId('stats-empty')).toContainText('No statistics yet');
});

test('after two solves the dashboard and the statistics show the progress, accessibly in light and dark', async ({ page, browser }) => {
  // Two cold workspaces, two grades and four axe scans: about 90 s on a busy 2-core machine.
  test.setTimeout(300_000);
  const ws = new WorkspacePage(page);
  for (const { id, solution } of SOLVED) {
    await ws.goto(id);
    expect(await ws.submitToEnd(solution)).toBe('passed');
  }

  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('stat-solved')).toContainText('2');
  await expect(page.getByTestId('stat-attempts')).toContainText('2');
  await expect(page.getByTestId('stat-success')).toContainText('100%');
  await expect(page.getByTestId('stat-streak')).toContainText('1 day');
  await expect(page.getByTestId('stat-best-streak')).toContainText('1 day');
  // Solving took active time in the workspace (the page was visible and in use); the code's own run time is apart.
  await expect(page.getByTestId('stat-active-time').locator('dd').first()).toHaveText(/^(?!0s$)\d/);
  await expect(page.getByTestId('stat-run-time')).toContainText('Run time');
  await expect(page.getByTestId('stat-lessons')).toContainText(/Lessons complete\s*0\s*of \d+, 0 started/);
  // No lesson started yet: the path begins at its first lesson.
  await expect(page.getByTestId('continue-learning').getByRole('link', { name: /^Start the first lesson: / })).toHaveAttribute('href', /^\/learn\/[a-z0-9-]+\/[a-z0-9-]+$/);
  await expect(page.getByTestId('time-section').getByRole('img', { name: /^Active time per day/ })).toHaveAttribute('aria-label', /^Active time per day over the last 14 days: \d.* in total, 0 s of it learning\./);

  // Both problems are solved: nothing unfinished, the last solve is named and a next problem offered.
  const next = page.getByTestId('continue');
  await expect(next).toContainText('Nothing left unfinished');
  await expect(next).toContainText('Reverse the words');
  await expect(next.getByRole('link', { name: /Start next problem/ })).toHaveAttribute('href', /\/practice\?problem=/);

  const recent = page.getByTestId('recent-section');
  await expect(recent.getByRole('link', { name: 'Reverse the words' })).toHaveAttribute('href', '/practice?problem=reverse-words');
  await expect(recent.getByRole('link', { name: 'Sum of the even numbers' })).toHaveAttribute('href', '/practice?problem=sum-of-evens');
  // Two beginner solves are some evidence of skill, not mastery: the model lists the area with its estimate.
  await expect(page.getByTestId('weak-type')).toHaveCount(1);
  await expect(page.getByTestId('weak-type')).toContainText(/Starter set.*mastery \d+% · 2 of 2 solved · 2 finished attempts/);
  await expect(page.getByTestId('activity-heatmap')).toHaveAttribute('aria-label', /1 active day and 2 attempts/);
  await expect(page.getByTestId('mastery-section').getByRole('img', { name: /^Mastery by module/ })).toHaveAttribute('aria-label', /Starter set \d+% \(2 of 2 solved\)/);
  await expect(page.getByTestId('mastery-section').locator('svg.recharts-surface')).toBeVisible();

  await page.getByRole('link', { name: 'Detailed stats' }).click();
  await expect(page).toHaveURL(/\/insights\/stats$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  const starter = page.getByTestId('stats-module-row').filter({ hasText: 'Starter set' });
  await expect(starter).toBeVisible();
  await expect(starter.getByRole('cell').nth(1)).toHaveText(/^2 of \d+$/);
  await expect(page.getByTestId('stats-solved')).toContainText('2');
  await expect(page.getByTestId('stats-difficulty-row').filter({ hasText: 'beginner' }).getByRole('cell').nth(2)).toHaveText(/^2 of \d+$/);

  // The same data, checked by axe in both colour schemes.
  const storageState = await page.context().storageState();
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, storageState });
    const other = await context.newPage();
    const violations: string[] = [];
    await other.goto('/');
    await expect(other.getByTestId('stat-solved')).toContainText('2');
    await expect(other.locator('svg.recharts-surface')).toHaveCount(3);
    violations.push(...(await seriousViolations(other, '/')));
    await other.goto('/insights/stats');
    await expect(other.getByTestId('stats-module-row').first()).toBeVisible();
    violations.push(...(await seriousViolations(other, '/insights/stats')));
    expect(violations, colorScheme).toEqual([]);
    await context.close();
  }
});

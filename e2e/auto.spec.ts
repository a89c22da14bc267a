import { expect, test, type Page } from './fixtures';
import { EMPTY_REVIEW } from '../src/core/auto/review';
import { Rating, scheduleReview } from '../src/core/auto/review-schedule';
import { bankProblem } from './pages/bank';
import { WorkspacePage } from './pages/workspace';

const DAY = 24 * 60 * 60 * 1000;

function current(page: Page): { problem: string; run: string } {
  const url = new URL(page.url());
  return { problem: url.searchParams.get('problem') ?? '', run: url.searchParams.get('run') ?? '' };
}

/** Start a run from the auto page; waits for Python only when the test is going to submit. */
async function startRun(page: Page, name: string, scope = '', { python = true } = {}) {
  await page.goto('/practice/auto');
  await page.getByTestId('run-name').fill(name);
  if (scope) await page.getByTestId('run-scope').selectOption(scope);
  await page.getByTestId('start-run').click();
  await expect(page).toHaveURL(/\/practice\?problem=.+&run=/);
  const ws = new WorkspacePage(page);
  if (python) await ws.waitForPython();
  await ws.waitForEditor();
  return ws;
}

/** Open the next question of the run and wait for the workspace. */
async function nextInRun(page: Page, ws: WorkspacePage, from: string) {
  await page.getByTestId('next-question').click();
  await expect.poll(() => current(page).problem).not.toBe(from);
  await ws.waitForPython();
  await ws.waitForEditor();
  await expect(page.getByTestId('run-banner')).toBeVisible();
}

test.describe('auto mode', () => {
  test.describe.configure({ timeout: 240_000 });

  test('a run raises difficulty after a streak, injects remediation after a miss, and survives a reload', async ({ page }) => {
    const ws = await startRun(page, 'Strings run', 'strings');
    await expect(page.getByTestId('run-reason')).not.toBeEmpty();
    const served: string[] = [];
    // Clean solves until the run serves something harder than beginner.
    for (let i = 0; i < 12; i++) {
      const { problem } = current(page);
      const bank = bankProblem(problem);
      served.push(bank.difficulty);
      if (bank.difficulty !== 'beginner') break;
      expect(await ws.submitToEnd(bank.solution)).toBe('passed');
      await nextInRun(page, ws, problem);
    }
    expect(served[0]).toBe('beginner');
    expect(served.at(-1)).not.toBe('beginner');
    expect(served.length).toBeGreaterThanOrEqual(4); // at least a streak of three clean solves first

    // A miss: failing code, then moving on.
    const missed = current(page).problem;
    const missedTopic = bankProblem(missed).topic!;
    expect(await ws.submitToEnd('def nothing():\n    return None\n')).not.toBe('passed');
    await nextInRun(page, ws, missed);
    await expect(page.getByTestId('run-reason')).toContainText('Remediation');
    // The same problem type when the bank has another one, else a sibling type of the same subtopic.
    const remedial = bankProblem(current(page).problem).topic!;
    expect(remedial.subtopic).toBe(missedTopic.subtopic);
    expect(current(page).problem).not.toBe(missed);

    // The run is kept: reload and it is still there, where it was.
    const before = current(page);
    await page.reload();
    await expect(page.getByTestId('run-banner')).toContainText('Strings run');
    await page.goto(`/practice/auto?run=${before.run}`);
    await expect(page.getByTestId('run-title')).toHaveText('Strings run');
    await expect(page.getByTestId('run-history').locator('li')).toHaveCount(Math.min(8, served.length));
    await expect(page.getByTestId('run-current')).toBeVisible();
    await page.getByTestId('run-continue').click();
    await expect(page).toHaveURL(new RegExp(`problem=${before.problem}&run=${before.run}`));
  });

  test('a due review appears in a run', async ({ page }) => {
    const review = bankProblem('strings-normalize-name');
    const t = review.topic!;
    const key = `${t.module}/${t.subtopic}/${t.problemType}`;
    // A problem type solved three weeks ago, now due for review.
    let state = scheduleReview(EMPTY_REVIEW, key, Rating.Good, Date.now() - 21 * DAY);
    state = { ...state, cards: { ...state.cards } };
    await page.addInitScript(
      ([value, mastery]) => {
        if (!localStorage.getItem('pydojo:reviews')) {
          localStorage.setItem('pydojo:reviews', value);
          localStorage.setItem('pydojo:mastery', mastery);
        }
      },
      [
        JSON.stringify({ state, version: 1 }),
        JSON.stringify({ state: { skills: { [key]: { rating: 1100, attempts: 2, lastAt: Date.now() - 21 * DAY } } }, version: 1 }),
      ] as const,
    );
    await page.goto('/practice/auto');
    await expect(page.getByTestId('reviews-due')).toContainText('1 review is due');
    await startRun(page, 'Review run', '', { python: false });
    await page.goto(`/practice/auto?run=${current(page).run}`);
    const planned = page.locator('[data-testid="run-current"], [data-testid="run-queue"] li');
    await expect(planned.filter({ hasText: 'Review due' }).first()).toBeVisible();
  });

  test('a stuck pattern triggers exactly one help offer, without taking focus', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto('sum-of-evens');
    const wrong = 'def sum_evens(numbers):\n    return 1\n';
    for (let i = 0; i < 2; i++) await ws.submitToEnd(wrong);
    await expect(page.getByTestId('help-offer')).toHaveCount(0);
    await ws.submitToEnd(wrong);
    await expect(page.getByTestId('help-offer')).toBeVisible();
    await expect(page.getByTestId('help-offer')).toContainText('3');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="help-offer"]') === null)).toBe(true);
    await page.getByTestId('help-offer-dismiss').click();
    for (let i = 0; i < 3; i++) await ws.submitToEnd(wrong);
    await expect(page.getByTestId('help-offer')).toHaveCount(0);
  });

  test('a badge unlocks, is celebrated once and stays on the dashboard', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto('sum-of-evens');
    expect(await ws.submitToEnd(bankProblem('sum-of-evens').solution)).toBe('passed');
    await expect(page.getByTestId('badge-toast')).toContainText('First solve');
    await page.getByTestId('badge-toast').getByRole('button', { name: 'Close' }).click();
    await page.goto('/');
    await expect(page.locator('[data-badge="first-solve"]')).toHaveAttribute('data-earned', 'true');
    await expect(page.getByTestId('badge-celebration')).toHaveCount(0);
    await ws.goto('reverse-words');
    expect(await ws.submitToEnd(bankProblem('reverse-words').solution)).toBe('passed');
    await expect(page.getByTestId('celebration')).toBeVisible();
    await expect(page.getByTestId('badge-toast').filter({ hasText: 'First solve' })).toHaveCount(0);
  });
});

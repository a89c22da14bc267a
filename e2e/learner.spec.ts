import { expect, test, type Page } from './fixtures';
import { bankProblem } from './pages/bank';
import { WorkspacePage } from './pages/workspace';

function currentProblemId(page: Page): string {
  return new URL(page.url()).searchParams.get('problem') ?? '';
}

/** The workspace the page is on; waits for Python only when the test is going to run code there. */
async function openWorkspace(page: Page, { python = true } = {}) {
  const ws = new WorkspacePage(page);
  if (python) await ws.waitForPython();
  await ws.waitForEditor();
  return ws;
}

test('a new learner browses, fails, takes hints, solves, is celebrated and gets a different next question', async ({ page }) => {
  await page.goto('/modules');
  await expect(page.locator('[data-testid=module-card]')).toHaveCount(21);
  await page.getByRole('link', { name: 'Strings', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Strings');
  const row = page.locator('[data-testid=problem-row]').filter({ has: page.getByText('beginner', { exact: true }) }).first();
  await row.getByRole('link', { name: /^Start/ }).click();
  await page.waitForURL(/\/practice\?problem=/);
  const ws = await openWorkspace(page);
  const id = currentProblemId(page);
  const problem = bankProblem(id);
  await expect(page.locator('#problem-title')).toHaveText(problem.title);
  await expect(page.getByTestId('examples')).toBeVisible();

  // The starter code fails; a visible test says which and why.
  await ws.submit();
  await expect(ws.results).toHaveAttribute('data-status', 'failed');
  const failed = page.locator('[data-testid=test-case][data-status=failed], [data-testid=test-case][data-status=error]').first();
  await expect(failed).toBeVisible();
  await expect(failed.getByTestId('case-expected')).toBeVisible();
  await expect(page.getByTestId('hidden-summary')).toBeVisible();

  // The hint ladder, one rung at a time.
  for (let rung = 1; rung <= 3; rung++) {
    await page.getByTestId('hint').click();
    await expect(page.getByTestId('hint-text')).toHaveCount(rung);
  }
  await expect(page.getByTestId('hint')).toBeDisabled();

  // Solve it: celebrated with the time taken, hidden tests now shown.
  await ws.setCode(problem.solution);
  await ws.submit();
  await expect(page.getByTestId('celebration')).toContainText(/Solved in \d+/);
  await expect(ws.results).toHaveAttribute('data-status', 'passed');
  // Compare: the learner's code beside the reference, then each other way the problem ships with and when to choose it.
  await expect(page.getByTestId('compare')).toHaveText(`Compare with ${problem.alternatives.length + 1} ways to solve it`);
  await page.getByTestId('compare').click();
  const compared = page.getByTestId('compare-view');
  await expect(compared).toContainText('Reference');
  const alternative = problem.alternatives[0];
  await compared.getByRole('button', { name: alternative.title }).click();
  await expect(page.getByTestId('compare-when')).toHaveText(alternative.when);
  await expect(page.getByTestId('compare-way')).toContainText(alternative.code.split('\n')[0]);

  // The next question is a different one.
  await page.getByTestId('next-question').first().click();
  await page.waitForURL((url) => url.searchParams.get('problem') !== id);
  await openWorkspace(page, { python: false });
  await expect(page.locator('#problem-title')).not.toHaveText(problem.title);
});

test('reveal solution needs a failed submit and a confirmation, and is recorded', async ({ page }) => {
  await page.goto('/practice?problem=sum-of-evens');
  const ws = await openWorkspace(page);
  await expect(page.getByTestId('reveal')).toBeDisabled();
  await ws.submit();
  await expect(ws.results).toHaveAttribute('data-status', 'failed');
  await page.getByTestId('reveal').click();
  await page.getByRole('button', { name: 'Keep trying' }).click();
  await expect(page.getByTestId('solution')).toHaveCount(0);
  await page.getByTestId('reveal').click();
  await page.getByTestId('confirm-reveal').click();
  await expect(page.getByTestId('solution')).toContainText('def sum_evens');
  await page.reload();
  await openWorkspace(page, { python: false });
  await expect(page.getByTestId('solution')).toBeVisible();
  await expect(page.getByTestId('reveal')).toHaveText('Solution shown');
});

test('a reload mid-draft finds the draft', async ({ page }) => {
  const ws = new WorkspacePage(page);
  await ws.openEditor('reverse-words');
  await ws.setCode('def reverse_words(sentence):\n    # my draft in progress\n    return sentence\n');
  // The draft is saved shortly after the typing stops.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('pydojo:drafts') ?? '')).toContain('# my draft in progress');
  await page.reload();
  await ws.waitForEditor();
  expect(await ws.code()).toContain('# my draft in progress');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset code' }).click();
  expect(await ws.code()).not.toContain('# my draft in progress');
});

test('running a single visible test', async ({ page }) => {
  await page.goto('/practice?problem=sum-of-evens');
  const ws = await openWorkspace(page);
  await ws.setCode('def sum_evens(numbers):\n    return 0\n');
  await ws.submit();
  await expect(ws.results).toHaveAttribute('data-status', 'failed');
  await page.locator('[data-testid=test-case][data-status=failed]').first().getByRole('button', { name: 'Run only this test' }).click();
  await expect(page.getByTestId('verdict')).toContainText('Ran 1 test: failed');
  await expect(page.locator('[data-testid=test-case]')).toHaveCount(1);
  await expect(page.getByTestId('case-actual-diff')).toHaveText('0');
});

test('pick a topic: a question of the chosen topic and difficulty, then a different one', async ({ page }) => {
  await page.goto('/practice/manual');
  await page.getByLabel('Module').selectOption({ label: 'Lists' });
  await page.getByLabel('Difficulty').selectOption('beginner');
  await expect(page.getByTestId('pool-size')).toContainText(/\d+ questions? match/);
  await page.getByRole('button', { name: 'Start a question' }).click();
  await page.waitForURL(/module=lists/);
  await openWorkspace(page, { python: false });
  const first = currentProblemId(page);
  expect(bankProblem(first).topic?.module).toBe('lists');
  await page.getByTestId('next-question').click();
  await page.waitForURL((url) => url.searchParams.get('problem') !== first);
  const second = currentProblemId(page);
  expect(bankProblem(second).topic?.module).toBe('lists');
});

const PACK = {
  format: 'pydojo-pack',
  version: 1,
  id: 'class-7b',
  title: 'Class 7B homework',
  author: 'Ms Rivera',
  problems: [
    {
      id: 'class-7b-triple',
      title: 'Triple it',
      statement: 'Write `triple(n)` that returns three times `n`.\n\n### Example\n\n```python\ntriple(2)  # 6\n```',
      difficulty: 'beginner',
      tags: ['arithmetic'],
      entryPoint: 'triple',
      starterCode: 'def triple(n):\n    pass\n',
      solution: 'def triple(n):\n    return 3 * n\n',
      tests: [
        { kind: 'call', args: [2], expected: 6 },
        { kind: 'call', args: [0], expected: 0 },
        { kind: 'call', hidden: true, args: [-4], expected: -12 },
      ],
      hints: ['Multiply.', 'Use the * operator.', 'return 3 * ...'],
      wrongSolutions: [{ code: 'def triple(n):\n    return n + 3\n', why: 'adds instead of multiplying' }],
    },
  ],
};

async function importPack(page: Page, json: string) {
  await page.getByLabel('Pack JSON').fill(json);
  await page.getByRole('button', { name: 'Import pasted pack' }).click();
}

test('import a valid pack and practise it, then remove it', async ({ page }) => {
  // Checking the pack in Python, then practising it: up to 52 s on a busy 2-core machine.
  test.setTimeout(180_000);
  await page.goto('/modules');
  await importPack(page, JSON.stringify(PACK));
  const status = page.getByTestId('pack-import-status');
  await expect(status).toContainText('Imported “Class 7B homework” with 1 problem', { timeout: 45_000 });
  await page.reload();
  await expect(page.locator('[data-testid=module-card]').filter({ hasText: 'Class 7B homework' })).toBeVisible();
  await page.getByRole('link', { name: 'Class 7B homework' }).first().click();
  await expect(page.locator('h1')).toHaveText('Class 7B homework');
  await page.getByRole('link', { name: /Start: Triple it/ }).click();
  const ws = await openWorkspace(page);
  expect(await ws.submitToEnd('def triple(n):\n    return 3 * n\n')).toBe('passed');
  await page.goto('/modules');
  await page.getByRole('button', { name: 'Remove Class 7B homework' }).click();
  await expect(page.locator('[data-testid=module-card]').filter({ hasText: 'Class 7B homework' })).toHaveCount(0);
});

test('an invalid pack reads a precise error and changes nothing', async ({ page }) => {
  await page.goto('/modules');
  const status = page.getByTestId('pack-import-status');

  await importPack(page, '{"format": "pydojo-pack", ');
  await expect(status).toContainText('This is not valid JSON');

  const missing = structuredClone(PACK) as { problems: Array<{ tests: Array<Record<string, unknown>> }> };
  delete missing.problems[0].tests[1].expected;
  await importPack(page, JSON.stringify(missing));
  await expect(status).toContainText('This is not a valid problem pack');
  await expect(status).toContainText('problems[0].tests[1].expected');

  const wrong = structuredClone(PACK);
  wrong.problems[0].solution = 'def triple(n):\n    return n * n\n';
  await importPack(page, JSON.stringify(wrong));
  await expect(status).toContainText('The pack did not pass its own tests', { timeout: 45_000 });
  await expect(status).toContainText('problems[0] (class-7b-triple): reference solution fails');
  await expect(page.locator('[data-testid=module-card]').filter({ hasText: 'Class 7B homework' })).toHaveCount(0);
});

test('a newly opened hint is scrolled into view (at once when the learner asks for reduced motion)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const ws = new WorkspacePage(page);
  await ws.openEditor('sum-of-evens');
  for (let rung = 1; rung <= 3; rung++) {
    await page.getByTestId('hint').click();
    await expect(page.getByTestId('hint-text').nth(rung - 1)).toBeInViewport();
  }
});

/**
 * Share links travel from one browser to another with nothing on a server:
 * context A makes a link, a fresh context B (its own storage, no shared
 * state) opens it, checks the problem in Python, and shows it.
 */
import { expect, test, type Browser, type Page } from './fixtures';
import { bankProblem } from './pages/bank';
import { WorkspacePage } from './pages/workspace';

const PROBLEM = 'basics-celsius-to-fahrenheit';

/** Open a problem in the workspace, far enough to share it: the Share button needs the problem, not the editor or Python. */
async function openToShare(page: Page, id: string) {
  await page.goto(`/practice?problem=${id}`);
  await expect(page.getByTestId('share')).toBeVisible({ timeout: 30_000 });
}

/** Open the workspace's Share dialog, pick what to share, and read the link it shows. */
async function shareLink(page: Page, what: 'This problem' | 'My solution'): Promise<string> {
  await page.getByTestId('share').click();
  const dialog = page.getByTestId('share-dialog');
  await dialog.getByRole('radio', { name: what }).check();
  const kind = what === 'This problem' ? 'problem' : 'solution';
  const link = dialog.getByTestId('share-link');
  await expect(link).toHaveValue(new RegExp(`/share#${kind}\\.1\\.[A-Za-z0-9_-]+$`));
  await expect(dialog.getByTestId('share-size')).toContainText('characters');
  const url = await link.inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // Focus goes back to the button that opened the dialog.
  await expect(page.getByTestId('share')).toBeFocused();
  return url;
}

/** A second browser: its own storage and its own Python, nothing from context A. */
async function openElsewhere(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

test('a shared problem is checked in the receiving browser, then practised and solved there', async ({ page, browser }) => {
  // Two browsers, each booting Python cold: about a minute on a busy 2-core machine.
  test.slow();
  await openToShare(page, PROBLEM);
  const url = await shareLink(page, 'This problem');

  const b = await openElsewhere(browser, url);
  try {
    // Shown only once the reference has passed its tests in B's Python.
    await expect(b.page.getByTestId('shared-problem')).toBeVisible({ timeout: 90_000 });
    await expect(b.page.getByTestId('shared-problem-title')).toHaveText('Celsius to Fahrenheit');
    await b.page.getByTestId('practise').click();
    await expect(b.page).toHaveURL(new RegExp(`/practice\\?problem=${PROBLEM}$`));
    const there = new WorkspacePage(b.page);
    await there.waitForEditor();
    await there.waitForPython();
    expect(await there.submitToEnd(bankProblem(PROBLEM).solution)).toBe('passed');
  } finally {
    await b.context.close();
  }
});

test('a shared solution opens read-only: Run shows its output, Compare shows the reference', async ({ page, browser }) => {
  // Four Python interpreters boot here (Run and a grader in A for the Submit, the same two in a cold B): on a busy 2-core machine that alone can take a minute and a half.
  test.slow();
  const workspace = new WorkspacePage(page);
  await workspace.goto(PROBLEM);
  const reference = bankProblem(PROBLEM).solution;
  const mine = `${reference}\nprint(celsius_to_fahrenheit(100))\n`;
  expect(await workspace.submitToEnd(mine)).toBe('passed');
  const url = await shareLink(page, 'My solution');

  const b = await openElsewhere(browser, url);
  try {
    const shared = b.page.getByTestId('shared-solution');
    await expect(shared).toBeVisible({ timeout: 90_000 });
    await expect(shared.getByTestId('shared-solved')).toHaveText('Passed every test');
    // The sharer's code, exactly, in an editor that refuses edits.
    await b.page.waitForFunction(() => (window.monaco?.editor.getEditors().length ?? 0) > 0, undefined, { timeout: 30_000 });
    const editor = await b.page.evaluate(() => {
      const shown = window.monaco?.editor.getEditors()[0] as unknown as { getModel(): { getValue(): string }; getRawOptions(): { readOnly?: boolean } };
      return { code: shown.getModel().getValue(), readOnly: shown.getRawOptions().readOnly };
    });
    expect(editor).toEqual({ code: mine, readOnly: true });

    await shared.getByTestId('run').click();
    await expect(shared.getByTestId('output-text')).toHaveText('212.0', { timeout: 30_000 });
    await shared.getByTestId('compare').click();
    await expect(shared.getByTestId('compare-way')).toContainText('return celsius * 9 / 5 + 32');
    await expect(shared.getByTestId('compare-view')).toContainText('print(celsius_to_fahrenheit(100))');
  } finally {
    await b.context.close();
  }
});

test('a link with one character changed, or cut off, is refused with its reason', async ({ page }) => {
  await openToShare(page, PROBLEM);
  const url = await shareLink(page, 'This problem');
  const payloadStart = url.lastIndexOf('.') + 1;
  const at = payloadStart + 30;
  const tampered = url.slice(0, at) + (url[at] === 'A' ? 'B' : 'A') + url.slice(at + 1);
  const truncated = url.slice(0, url.length - 20);

  await page.goto(tampered);
  const refused = page.getByTestId('share-refused');
  await expect(refused).toHaveAttribute('data-reason', 'changed');
  await expect(refused).toContainText('The link was changed after it was made.');
  await expect(page.getByTestId('shared-problem')).toHaveCount(0);

  await page.goto(truncated);
  await expect(refused).toHaveAttribute('data-reason', 'incomplete');
  await expect(refused).toContainText('it may have been cut off when copied');
});

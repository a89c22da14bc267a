import { expect, test } from './fixtures';
import { bankProblem } from './pages/bank';
import { WorkspacePage } from './pages/workspace';

/**
 * The editor owns its text: what the learner types with the real keyboard is
 * exactly what is in the editor and exactly what runs, even on a slow CPU and
 * with Ctrl+Enter pressed the moment the last key is typed.
 */

const WORDS = ['quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog', 'amber', 'delta', 'maple', 'orbit', 'pixel', 'quartz', 'river', 'sable', 'tiger', 'violet', 'walnut', 'zephyr'];

/** 12 different lines of about 35 characters: print("<unique text>"), typed and run one after another. */
const TEXTS = Array.from({ length: 12 }, (_, i) => {
  const words = Array.from({ length: 3 }, (_, k) => WORDS[(i * 3 + k * 7) % WORDS.length]);
  return `${String(i + 1).padStart(2, '0')} ${words.join(' ')} ${6000 + i}+6.`;
});
const line = (text: string) => `print("${text}")`;

// Each key is a round trip to the browser, 50 to 200 ms on a busy 2-core machine: the 420 or so keys take
// up to a minute and a half there in a full parallel run, page load included; the timeout is three times that and more.
const TYPING_TIMEOUT = 360_000;

test('typed lines arrive intact under a 4x slower CPU, and Ctrl+Enter runs exactly what was typed', async ({ page }) => {
  test.setTimeout(TYPING_TIMEOUT);
  const ws = new WorkspacePage(page);
  await ws.goto();
  const cdp = await ws.throttleCpu(4);
  const started = Date.now();
  await ws.focusEditor();

  const damaged: string[] = [];
  for (const text of TEXTS) {
    const before = (await ws.recordedRuns()).length;
    await ws.clearWithKeyboard();
    await page.keyboard.type(line(text), { delay: 10 });
    await page.keyboard.press('ControlOrMeta+Enter');
    // Wait for this run to be recorded and shown, then compare what ran, what it printed and what the editor holds.
    const recorded = await expect
      .poll(async () => (await ws.recordedRuns()).length, { timeout: 15_000 })
      .toBe(before + 1)
      .then(
        () => true,
        () => false,
      );
    const ran = recorded ? (await ws.recordedRuns()).at(-1) : '(no run recorded)';
    if (ran === line(text)) await expect(ws.output).toHaveText(`${text}\n`, { timeout: 5_000 }).catch(() => undefined);
    const printed = await ws.output.textContent();
    const inEditor = await ws.editorText();
    if (ran !== line(text) || printed !== `${text}\n` || inEditor !== line(text)) {
      damaged.push(`typed ${line(text)} | ran ${JSON.stringify(ran)} | printed ${JSON.stringify(printed)} | editor ${JSON.stringify(inEditor)}`);
    }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(`editor typing: ${TEXTS.length - damaged.length}/${TEXTS.length} lines intact in the editor and in the run (${Math.round((Date.now() - started) / 1000)} s)`);
  expect(damaged).toEqual([]);
});

test('Reset code is one edit that Ctrl+Z undoes, and the restored code is saved as the draft', async ({ page }) => {
  const ws = new WorkspacePage(page);
  // Nothing here runs Python: the editor is enough.
  await ws.openEditor('reverse-words');
  const starter = await ws.editorText();
  const mine = 'def reverse_words(sentence): return "mine"';
  await ws.focusEditor();
  await ws.clearWithKeyboard();
  await page.keyboard.type(mine);
  expect(await ws.editorText()).toBe(mine);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset code' }).click();
  expect(await ws.editorText()).toBe(starter);
  // Reset leaves the focus in the editor, so undo is one keystroke away.
  await page.keyboard.press('ControlOrMeta+Z');
  expect(await ws.editorText()).toBe(mine);

  await expect(page.getByRole('button', { name: 'Reset code' })).toBeEnabled();
  await page.waitForTimeout(800);
  await page.reload();
  await ws.waitForEditor();
  expect(await ws.editorText()).toBe(mine);
});

test('a run that only defines a function says so and offers to run the visible tests, which is not a submit', async ({ page }) => {
  const ws = new WorkspacePage(page);
  await ws.goto('sum-of-evens');
  const { solution } = bankProblem('sum-of-evens');

  expect(await ws.runToEnd(solution)).toBe('ok');
  const note = ws.uncalledNote();
  await expect(note).toContainText('Your code defined sum_evens but nothing called it, so there was nothing to show.');
  await note.getByRole('button', { name: 'Run the visible tests' }).click();

  await expect(ws.results).toHaveAttribute('data-status', 'partial');
  await expect(page.getByTestId('verdict')).toContainText('Ran the 3 visible tests: all passed.');
  await expect(page.locator('[data-testid=test-case]')).toHaveCount(3);
  await expect(page.locator('[data-testid=test-case][data-status=passed]')).toHaveCount(3);
  await expect(page.getByTestId('hidden-summary')).toHaveCount(0);
  // Not a submit: nothing is solved or celebrated.
  await expect(page.getByTestId('celebration')).toHaveCount(0);
  await expect(page.getByText('Solved', { exact: true })).toHaveCount(0);

  // A program that calls its function gets no such note.
  await page.getByRole('tab', { name: 'Output' }).click();
  expect(await ws.runToEnd(`${solution}\nsum_evens([1, 2, 3, 4])\n`)).toBe('ok');
  await expect(note).toHaveCount(0);
});

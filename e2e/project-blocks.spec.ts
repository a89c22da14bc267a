import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace';

// Step 1 of "Guess the number", built from blocks: check_guess(guess, secret) with two ifs and a return.
const get = (id: string) => ({ type: 'variables_get', fields: { VAR: { id } } });
const text = (value: string) => ({ type: 'text', fields: { TEXT: value } });
const when = (op: string, answer: string) => ({
  type: 'controls_if',
  inputs: {
    IF0: { block: { type: 'logic_compare', fields: { OP: op }, inputs: { A: { block: get('g') }, B: { block: get('s') } } } },
    DO0: { block: { type: 'py_return', inputs: { VALUE: { block: text(answer) } } } },
  },
});
const PROGRAM = {
  blocks: {
    languageVersion: 0,
    blocks: [
      {
        type: 'procedures_defreturn',
        x: 20,
        y: 20,
        fields: { NAME: 'check_guess' },
        extraState: { params: [{ name: 'guess', id: 'g' }, { name: 'secret', id: 's' }] },
        inputs: { STACK: { block: { ...when('LT', 'Too low!'), next: { block: when('GT', 'Too high!') } } }, RETURN: { block: text('Correct!') } },
      },
    ],
  },
  variables: [
    { id: 'g', name: 'guess' },
    { id: 's', name: 'secret' },
  ],
};
const PYTHON = "def check_guess(guess, secret):\n    if guess < secret:\n        return 'Too low!'\n    if guess > secret:\n        return 'Too high!'\n    return 'Correct!'";

test('a beginner project is built from blocks: the step passes, the blocks carry to the next step, and text is one way', async ({ page }) => {
  // A fresh start offers blocks.
  await page.goto('/projects/number-guess');
  await page.getByTestId('start-project').click();
  await page.getByTestId('confirm-start-locked').click();
  const blocksButton = page.getByTestId('editor-mode').getByRole('button', { name: 'Blocks' });
  await expect(blocksButton).toBeEnabled();

  // The learner's block program, as block mode saves it in the project's progress.
  await page.evaluate((blocks) => {
    const saved = JSON.parse(localStorage.getItem('pydojo:project-progress') ?? '{}');
    saved.state.projects['number-guess'].blocks = blocks;
    localStorage.setItem('pydojo:project-progress', JSON.stringify(saved));
  }, JSON.stringify(PROGRAM));
  await page.reload();
  const workspace = new WorkspacePage(page);
  await expect(page.getByTestId('blocks-python')).toHaveText(PYTHON, { timeout: 30_000 });
  await expect(blocksButton).toHaveAttribute('aria-pressed', 'true');
  // The reference and the step's start are text: not offered while in blocks.
  await expect(page.getByTestId('reveal-step')).toBeDisabled();

  // Check step grades the Python generated from the blocks.
  await workspace.waitForPython();
  await workspace.submit();
  await expect(workspace.results).toHaveAttribute('data-status', 'passed', { timeout: 30_000 });
  await page.getByTestId('next-step').click();
  await expect(page.getByTestId('blocks-python')).toHaveText(PYTHON);

  // Text, confirmed: the Python goes into the editor, and stays after a reload.
  await page.getByTestId('editor-mode').getByRole('button', { name: 'Text' }).click();
  await expect(page.getByRole('dialog', { name: 'Switch to text?' })).toContainText('this project’s program');
  await page.getByTestId('confirm-text-mode').click();
  await workspace.waitForEditor();
  await expect.poll(() => workspace.editorText()).toBe(`${PYTHON}\n`);
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('pydojo:project-progress') ?? '{}').state.projects['number-guess'].blocks)).toBeNull();
  await page.reload();
  await workspace.waitForEditor();
  await expect.poll(() => workspace.editorText()).toBe(`${PYTHON}\n`);
  await expect(page.getByTestId('editor-mode').getByRole('button', { name: 'Blocks' })).toBeDisabled();
});

test('projects beyond the first level offer no blocks', async ({ page }) => {
  await page.goto('/projects/bank-accounts');
  await page.getByTestId('start-project').click();
  await page.getByTestId('confirm-start-locked').click();
  await new WorkspacePage(page).waitForEditor();
  await expect(page.getByTestId('editor-mode')).toHaveCount(0);
});

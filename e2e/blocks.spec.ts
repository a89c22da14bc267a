import { expect, test, type Page, type Response } from './fixtures';
import { WorkspacePage } from './pages/workspace';
import type { TestWorkspace } from './pages/blockly';

// A beginner program tested on stdin/stdout: read two integers, print "<a> + <b> = <sum>".
const PROBLEM = 'basics-add-two-numbers';
const PYTHON = "a = int(input())\nb = int(input())\nprint(f'{a} + {b} = {a + b}')";
const setVar = (id: string, next?: object) => ({ type: 'variables_set', fields: { VAR: { id } }, inputs: { VALUE: { block: { type: 'py_int_input' } } }, ...(next ? { next: { block: next } } : {}) });
const BLOCK_PROGRAM = {
  blocks: {
    languageVersion: 0,
    blocks: [{ ...setVar('a', setVar('b', { type: 'py_print', inputs: { A: { block: { type: 'py_fstring', fields: { TEXT: '{a} + {b} = {a + b}' } } } } })), x: 20, y: 20 }],
  },
  variables: [
    { id: 'a', name: 'a' },
    { id: 'b', name: 'b' },
  ],
};


/** Drag a block from the toolbox's flyout onto the workspace with the mouse, as a learner would. */
async function dragFromToolbox(page: Page, category: string, blockText: string) {
  const workspace = page.getByTestId('blocks-workspace');
  await workspace.locator('.blocklyToolboxCategory', { hasText: category }).click();
  const flyoutBlock = workspace.locator('.blocklyFlyout .blocklyDraggable').filter({ hasText: blockText }).first();
  await expect(flyoutBlock).toBeVisible();
  const from = (await flyoutBlock.boundingBox())!;
  const area = (await workspace.boundingBox())!;
  await page.mouse.move(from.x + 8, from.y + 8);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width * 0.55, area.y + area.height * 0.5, { steps: 8 });
  await page.mouse.move(area.x + area.width * 0.6, area.y + area.height * 0.55, { steps: 4 });
  await page.mouse.up();
}

test('a beginner builds a program from blocks and submits it: it passes', async ({ page }) => {
  const workspace = new WorkspacePage(page);
  // Which scripts hold Blockly (a class name only its core uses), before and after block mode opens.
  const scripts: Promise<boolean>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().then((body) => body.includes('blocklyFlyoutBackground'), () => false));
  };
  page.on('response', onResponse);
  await workspace.goto(PROBLEM);
  // Text is the default; no Blockly code is loaded until block mode opens.
  await expect(page.locator('.blocklySvg')).toHaveCount(0);
  expect(await Promise.all(scripts)).not.toContain(true);
  const before = scripts.length;
  await page.getByTestId('editor-mode').getByRole('button', { name: 'Blocks' }).click();
  await expect(page.getByTestId('editor-mode').getByRole('button', { name: 'Blocks' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.blocklySvg').first()).toBeVisible({ timeout: 20_000 });
  expect(await Promise.all(scripts.slice(before))).toContain(true);
  page.off('response', onResponse);

  // The print block by a real drag; the rest through Blockly's API on the workspace element.
  await dragFromToolbox(page, 'Output', 'print');
  await expect(page.getByTestId('blocks-python')).toHaveText("print('Hello')");
  await page.getByTestId('blocks-workspace').evaluate((element) => {
    const ws = (element as HTMLElement & { blocklyWorkspace: TestWorkspace }).blocklyWorkspace;
    const print = ws.getTopBlocks(false).find((b) => b.type === 'py_print')!;
    const make = (type: string) => {
      const block = ws.newBlock(type);
      block.initSvg();
      block.render();
      return block;
    };
    const assign = (name: string) => {
      const variable = ws.getVariableMap().createVariable(name);
      const set = make('variables_set');
      set.setFieldValue(variable.getId(), 'VAR');
      set.getInput('VALUE')!.connection.connect(make('py_int_input').outputConnection);
      return set;
    };
    const a = assign('a');
    const b = assign('b');
    a.nextConnection.connect(b.previousConnection);
    b.nextConnection.connect(print.previousConnection);
    const text = make('py_fstring');
    text.setFieldValue('{a} + {b} = {a + b}', 'TEXT');
    print.getInput('A')!.connection.connect(text.outputConnection);
  });
  await expect(page.getByTestId('blocks-python')).toHaveText(PYTHON);

  // Submit grades the generated Python; the block program is the draft.
  await workspace.submit();
  await expect(workspace.results).toHaveAttribute('data-status', 'passed', { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => localStorage.getItem('pydojo:drafts') ?? '')).toContain('py_fstring');
});

test('a block draft reopens in blocks; switching to text is confirmed, one way, and the text draft survives a reload', async ({ page }) => {
  // A saved block program (as block mode stores it), with the Python generated from it.
  await page.evaluate(
    ({ id, code, blocks }) => localStorage.setItem('pydojo:drafts', JSON.stringify({ state: { drafts: { [id]: { code, updatedAt: Date.now(), blocks } } }, version: 2 })),
    { id: PROBLEM, code: `${PYTHON}\n`, blocks: JSON.stringify(BLOCK_PROGRAM) },
  );
  const workspace = new WorkspacePage(page);
  await page.goto(`/practice?problem=${PROBLEM}`);
  await expect(page.getByTestId('blocks-python')).toHaveText(PYTHON, { timeout: 30_000 });
  await expect(page.getByTestId('editor-mode').getByRole('button', { name: 'Blocks' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByTestId('editor-mode').getByRole('button', { name: 'Text' }).click();
  await expect(page.getByRole('dialog', { name: 'Switch to text?' })).toContainText('no way back to blocks');
  await page.getByTestId('confirm-text-mode').click();
  await workspace.waitForEditor();
  await expect.poll(() => workspace.editorText()).toBe(`${PYTHON}\n`);
  await expect(page.locator('.blocklySvg')).toHaveCount(0);

  // Keep editing in Monaco with the keyboard; the text draft survives a reload, in text mode.
  await workspace.focusEditor();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('# checked by hand');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('pydojo:drafts') ?? '')).toContain('# checked by hand');
  await page.reload();
  await workspace.waitForEditor();
  await expect.poll(() => workspace.editorText()).toBe(`${PYTHON}\n# checked by hand`);
  await expect(page.getByTestId('editor-mode').getByRole('button', { name: 'Text' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('editor-mode').getByRole('button', { name: 'Blocks' })).toBeDisabled();
  expect(await page.evaluate(() => localStorage.getItem('pydojo:drafts') ?? '')).not.toContain('"blocks"');
});

test('problems that are not for beginners offer no blocks', async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.openEditor('basics-make-change');
  await expect(page.getByTestId('editor-mode')).toHaveCount(0);
});

import { expect, test, type Response } from './fixtures';
import type { TestWorkspace } from './pages/blockly';

const LESSON = 'basics/variables-and-expressions';


test('a beginner lesson offers blocks: the program runs like an example, with Ctrl+Enter too, and is kept; later lessons offer none', async ({ page }) => {
  // Which scripts hold Blockly (a class name only its core uses), before and after the panel opens.
  const scripts: Promise<boolean>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().then((body) => body.includes('blocklyFlyoutBackground'), () => false));
  };
  page.on('response', onResponse);
  await page.goto(`/learn/${LESSON}`);
  const panel = page.getByRole('region', { name: 'Try it with blocks' });
  await expect(panel).toBeVisible();
  // After the last section, before the common mistakes.
  const order = await page.evaluate(() => {
    const panel = document.querySelector('[data-testid=lesson-blocks]')!;
    const sections = document.querySelectorAll('[data-testid=lesson-section]');
    const mistakes = document.getElementById('mistakes-heading')!;
    return [sections[sections.length - 1].compareDocumentPosition(panel), panel.compareDocumentPosition(mistakes)];
  });
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  expect(order).toEqual([FOLLOWING, FOLLOWING]);
  await expect(page.locator('.blocklySvg')).toHaveCount(0);
  expect(await Promise.all(scripts)).not.toContain(true);
  const before = scripts.length;

  const toggle = panel.getByRole('button', { name: 'Open the block workspace' });
  await toggle.click();
  await expect(panel.getByRole('button', { name: 'Close the block workspace' })).toHaveAttribute('aria-expanded', 'true');
  const workspace = panel.getByTestId('blocks-workspace');
  await expect(workspace.locator('.blocklySvg')).toBeVisible({ timeout: 20_000 });
  expect(await Promise.all(scripts.slice(before))).toContain(true);
  page.off('response', onResponse);
  // The lesson's topic decides the toolbox: basics brings Numbers and Text, not Loops.
  await expect(workspace.locator('.blocklyToolboxCategory', { hasText: 'Numbers' })).toBeVisible();
  await expect(workspace.locator('.blocklyToolboxCategory', { hasText: 'Loops' })).toHaveCount(0);
  await expect(panel.getByRole('region', { name: /^Blocks for .*Ctrl\+Enter runs/ })).toBeVisible();

  // print('…') put together through Blockly's API on the workspace element.
  await workspace.evaluate((element) => {
    const ws = (element as HTMLElement & { blocklyWorkspace: TestWorkspace }).blocklyWorkspace;
    const make = (type: string) => {
      const block = ws.newBlock(type);
      block.initSvg();
      block.render();
      return block;
    };
    const print = make('py_print');
    print.moveBy(30, 30);
    const text = make('text');
    text.setFieldValue('Hello from blocks', 'TEXT');
    print.getInput('A')!.connection.connect(text.outputConnection);
  });
  await expect(panel.getByTestId('blocks-python')).toHaveText("print('Hello from blocks')");

  await panel.getByRole('button', { name: 'Run the program from your blocks' }).click();
  await expect(panel.getByTestId('example-status')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await expect(panel.getByTestId('example-output-text')).toHaveText('Hello from blocks', { useInnerText: true });

  // Changed, then run from the keyboard: Tab from the keyboard help into the blocks, Ctrl+Enter.
  await workspace.evaluate((element) => {
    const ws = (element as HTMLElement & { blocklyWorkspace: TestWorkspace }).blocklyWorkspace;
    const text = ws.getTopBlocks(false)[0].getDescendants(false).find((b) => b.type === 'text')!;
    text.setFieldValue('Kept and run again', 'TEXT');
  });
  await expect(panel.getByTestId('blocks-python')).toHaveText("print('Kept and run again')");
  await panel.getByText('Keyboard', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect.poll(() => workspace.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(panel.getByTestId('example-output-text')).toHaveText('Kept and run again', { useInnerText: true });
  await expect(panel.getByTestId('example-status')).toHaveAttribute('data-status', 'ok');

  // The program is in the drafts store under the lesson's key, and back after a reload.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('pydojo:drafts') ?? '')).toMatch(/"lesson:basics\/variables-and-expressions".*Kept and run again/);
  await page.reload();
  await expect(panel).toContainText('Your blocks from last time are kept');
  await toggle.click();
  await expect(panel.getByTestId('blocks-python')).toHaveText("print('Kept and run again')", { timeout: 20_000 });

  await page.goto('/learn/lists/list-basics');
  await expect(page.getByTestId('lesson-section').first()).toBeVisible();
  await expect(page.getByTestId('lesson-blocks')).toHaveCount(0);
});

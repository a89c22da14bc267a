import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from './fixtures';
import { LessonPage } from './pages/lesson';
import { WorkspacePage } from './pages/workspace';

const FACT = 'def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\n\nprint(fact(4))\n';
const ALIAS = 'a = [1, 2]\nb = a\nb.append(3)\nprint(a)\n';

/** Put code in the editor, press Step through and wait for the recording's timeline. */
async function stepThrough(ws: WorkspacePage, code: string): Promise<Locator> {
  await ws.setCode(code);
  await ws.page.getByTestId('step-through').click();
  const panel = ws.page.getByTestId('visualiser');
  await expect(panel.getByTestId('trace-slider')).toBeVisible({ timeout: 30_000 });
  return panel;
}

test('workspace: stepping forward into the third call of a recursive function shows its own n; the keys move the timeline', async ({ page }) => {
  const ws = new WorkspacePage(page);
  await ws.goto();
  const panel = await stepThrough(ws, FACT);
  const position = panel.getByTestId('trace-position');
  await expect(position).toHaveText(/^Step 1 of \d+$/);
  const calls = panel.locator('[data-testid="trace-frame"][data-frame-name="fact"]');
  const forward = panel.getByTestId('trace-forward');
  for (let click = 0; click < 40 && (await calls.count()) < 3; click++) await forward.click();
  await expect(calls).toHaveCount(3);
  await expect(calls.nth(0).locator('[data-var="n"]')).toHaveText(/n\s*4/);
  await expect(calls.nth(1).locator('[data-var="n"]')).toHaveText(/n\s*3/);
  await expect(calls.nth(2).locator('[data-var="n"]')).toHaveText(/n\s*2/);
  await expect(calls.nth(2)).toHaveAttribute('aria-current', 'step');
  // The keys: → one step on, Home to the start, End to the last step with the whole output.
  const at = Number((await position.textContent())?.match(/\d+/)?.[0]);
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(new RegExp(`^Step ${at + 1} of`));
  await page.keyboard.press('Home');
  await expect(position).toHaveText(/^Step 1 of/);
  await expect(panel.getByTestId('trace-output')).toHaveText('Nothing printed yet');
  await page.keyboard.press('End');
  await expect(panel.getByTestId('trace-output')).toHaveText('24');
});

test('workspace: an aliased list shows two names with arrows to one list, and the current line is highlighted in the editor', async ({ page }) => {
  const ws = new WorkspacePage(page);
  await ws.goto();
  const panel = await stepThrough(ws, ALIAS);
  await panel.getByTestId('trace-last').click();
  const dotA = panel.locator('[data-var="a"] [data-ref-to]');
  const dotB = panel.locator('[data-var="b"] [data-ref-to]');
  const target = await dotA.getAttribute('data-ref-to');
  expect(await dotB.getAttribute('data-ref-to')).toBe(target);
  await expect(dotA).toHaveAttribute('aria-label', `refers to list #${target}`);
  await expect(dotB).toHaveAttribute('aria-label', `refers to list #${target}`);
  const list = panel.locator(`[data-object-id="${target}"]`);
  await expect(list).toHaveCount(1);
  await expect(list.locator('li')).toHaveText(['0 1', '1 2', '2 3'].map((cell) => new RegExp(cell.replace(' ', '\\s*'))));
  await expect(list).toContainText('Names that refer to it: a, b');

  // Two arrows end on that one box.
  const arrows = panel.locator(`[data-testid="trace-arrows"] path[data-to="${target}"]`);
  await expect(arrows).toHaveCount(2);
  const box = await list.boundingBox();
  const ends = await arrows.evaluateAll((paths) =>
    paths.map((path) => {
      const shape = path as SVGPathElement;
      const end = shape.getPointAtLength(shape.getTotalLength());
      const screen = new DOMPoint(end.x, end.y).matrixTransform(shape.getScreenCTM() ?? undefined);
      return { x: screen.x, y: screen.y };
    }),
  );
  for (const end of ends) {
    expect(end.x).toBeGreaterThanOrEqual((box?.x ?? 0) - 2);
    expect(end.x).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0) + 2);
    expect(end.y).toBeGreaterThanOrEqual((box?.y ?? 0) - 2);
    expect(end.y).toBeLessThanOrEqual((box?.y ?? 0) + (box?.height ?? 0) + 2);
  }

  // Back one step: line 4 (print) runs next, and the editor marks that line.
  await panel.getByTestId('trace-back').click();
  await expect(panel.getByTestId('trace-caption')).toHaveText('Line 4 runs next');
  const highlight = page.locator('.pd-trace-line');
  await expect(highlight).toHaveCount(1);
  const line = page.locator('.view-line', { hasText: 'print(a)' });
  const [highlightTop, lineTop] = await Promise.all([highlight.boundingBox(), line.boundingBox()]);
  expect(Math.abs((highlightTop?.y ?? 0) - (lineTop?.y ?? -100))).toBeLessThan(2);
  // Leaving the tab clears the highlight.
  await page.getByRole('tab', { name: 'Output' }).click();
  await expect(highlight).toHaveCount(0);
});

test('a lesson example: Step through shows its code with the current line, the variables and the output', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.goto('basics/variables-and-expressions');
  const example = lesson.example(2);
  await example.root.getByTestId('step-through').click();
  const panel = example.root.getByTestId('visualiser');
  await expect(panel.getByTestId('trace-slider')).toBeVisible({ timeout: 45_000 });
  await expect(panel.locator('[data-testid="trace-code"] [data-current="true"]')).toHaveText(/price = 3/);
  await panel.getByTestId('trace-last').click();
  await expect(panel.locator('[data-testid="trace-code"] [data-current="true"]')).toHaveText(/print\(total\)/);
  const globals = panel.getByTestId('trace-frame');
  await expect(globals.locator('[data-var="total"]')).toHaveText(/total\s*12/);
  await expect(globals.locator('[data-var="quantity"]')).toHaveText(/quantity\s*5/);
  await expect(panel.getByTestId('trace-output')).toHaveText(/^12\s+5\s+12\s*$/);
  await panel.getByTestId('trace-close').click();
  await expect(panel).toHaveCount(0);
});

// One scheme per test, so each scan has its own time budget on a busy machine.
for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations in the open visualiser (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const ws = new WorkspacePage(page);
    await ws.goto();
    const panel = await stepThrough(ws, `${ALIAS}d = {"k": a, "n": None}\n`);
    await panel.getByTestId('trace-last').click();
    await expect(panel.locator('[data-testid="trace-arrows"] path[data-to]')).toHaveCount(4);
    const results = await new AxeBuilder({ page }).include('[data-testid="visualiser"]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

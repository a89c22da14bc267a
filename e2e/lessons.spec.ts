import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { bankProblem } from './pages/bank';
import { LessonPage, lessonData } from './pages/lesson';
import { WorkspacePage } from './pages/workspace';

const FIRST = 'basics/variables-and-expressions';

test('a new learner goes from the dashboard to the first lesson, runs an edited example, passes the check and solves the first practice problem', async ({ page }) => {
  const data = lessonData(FIRST);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn Python');
  await expect(page.getByTestId('learn-continue')).toContainText('Start here');
  await page.getByTestId('learn-continue').getByRole('link', { name: `Start: ${data.title}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);

  const lesson = new LessonPage(page);
  // The example as written prints what the lesson says.
  const first = lesson.example(0);
  await first.run();
  await expect(first.status).toHaveAttribute('data-status', 'ok', { timeout: 60_000 });
  await expect(first.output).toHaveText(data.sections[0].example!.output.replace(/\n+$/, ''), { useInnerText: true });
  // Edited with the keyboard, it prints the learner's own line (Ctrl+Enter runs it).
  const editor = await first.edit();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('name = "Ada"\nprint("Hello,", name)');
  await expect(editor).toContainText('print("Hello,", name)');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(first.output).toHaveText('Hello, Ada', { useInnerText: true });
  await expect(first.status).toHaveAttribute('data-status', 'ok');

  // The check, graded at once: a wrong answer explains itself, then every right answer passes it.
  const wrong = (data.check[0].answer + 1) % data.check[0].choices.length;
  await lesson.questions.first().getByTestId('check-choice').nth(wrong).click();
  await expect(lesson.questions.first().getByTestId('check-feedback')).toContainText('Not quite');
  await lesson.answerCheck(data);
  await expect(page.getByTestId('check-result')).toContainText('Check passed');

  // The practice problems, easiest first, open in the workspace.
  const row = page.getByTestId('problem-row').first();
  await expect(row).toContainText('beginner');
  const title = await row.locator('p.font-medium').innerText();
  await row.getByRole('link', { name: /^Start/ }).click();
  await page.waitForURL(/\/practice\?problem=/);
  const ws = new WorkspacePage(page);
  await ws.waitForPython();
  await ws.waitForEditor();
  await expect(page.locator('#problem-title')).toHaveText(title);
  await expect(page.getByTestId('problem-lesson')).toHaveAttribute('href', `/learn/${FIRST}`);
  const problem = bankProblem(new URL(page.url()).searchParams.get('problem') ?? '');
  await ws.submitToEnd(problem.solution);
  await expect(page.getByTestId('celebration')).toContainText(/Solved in \d+/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a diagram renders in the ${scheme} theme, described to screen readers`, async ({ page }) => {
    const data = lessonData(FIRST);
    const index = data.sections.findIndex((s) => s.diagram);
    await page.emulateMedia({ colorScheme: scheme });
    const lesson = new LessonPage(page);
    await lesson.goto(FIRST);
    const diagram = lesson.diagrams.first();
    await diagram.scrollIntoViewIfNeeded();
    await expect(diagram).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    const canvas = diagram.getByRole('img', { name: data.sections[index].diagram!.alt });
    await expect(canvas.locator('svg')).toBeVisible();
    // Drawn at its own size, or as wide as the column when it is wider.
    const { drawn, natural, column } = await canvas.locator('svg').evaluate((svg) => {
      const frame = svg.closest('[data-scrolls]') as HTMLElement;
      const padding = parseFloat(getComputedStyle(frame).paddingLeft) + parseFloat(getComputedStyle(frame).paddingRight);
      return { drawn: svg.getBoundingClientRect().width, natural: (svg as SVGSVGElement).viewBox.baseVal.width, column: frame.clientWidth - padding };
    });
    expect(drawn).toBeGreaterThan(Math.min(natural, column) * 0.98);
    // Mermaid's own theme: light text on a dark page, dark text on a light one.
    const luminance = await canvas.locator('svg .nodeLabel, svg text').first().evaluate((el) => {
      const [r, g, b] = getComputedStyle(el).color.match(/\d+/g)!.map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });
    if (scheme === 'dark') expect(luminance).toBeGreaterThan(0.6);
    else expect(luminance).toBeLessThan(0.4);
  });
}

test('a lesson works at 375 px: no sideways scrolling, an example runs and a runaway edit stops, a check question answers', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const data = lessonData(FIRST);
  const lesson = new LessonPage(page);
  await lesson.goto(FIRST);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
  const example = lesson.example(2);
  await example.root.scrollIntoViewIfNeeded();
  await example.run();
  await expect(example.status).toHaveAttribute('data-status', 'ok', { timeout: 60_000 });
  await expect(example.output).toHaveText(data.sections[2].example!.output.replace(/\n+$/, ''), { useInnerText: true });
  // Stop ends a runaway edit of it.
  await example.edit();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('while True:\npass');
  await example.run();
  await expect(example.root.getByRole('button', { name: /Stop/ })).toBeVisible();
  await example.root.getByRole('button', { name: /Stop/ }).click();
  await expect(example.status).toHaveAttribute('data-status', 'interrupted', { timeout: 15_000 });
  const question = lesson.questions.first();
  await question.scrollIntoViewIfNeeded();
  await question.getByTestId('check-choice').nth(data.check[0].answer).click();
  await expect(question).toHaveAttribute('data-solved', 'true');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('at 375 px a wide diagram keeps readable labels and scrolls sideways in its own box, by keyboard too', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const lesson = new LessonPage(page);
  await lesson.goto('two-pointers/fixed-window');
  const diagram = lesson.diagrams.first();
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const svg = diagram.locator('svg');
  const scale = await svg.evaluate((el) => el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width);
  expect(scale).toBeGreaterThanOrEqual(0.59);
  const frame = diagram.getByRole('group', { name: 'Diagram: scroll sideways to see all of it' });
  await expect(frame).toHaveAttribute('tabindex', '0');
  await frame.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The page itself does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // At desktop width the same diagram fits and is no tab stop.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(diagram.locator('[data-scrolls]')).toHaveAttribute('data-scrolls', 'false');
  await expect(diagram.locator('[data-scrolls]')).not.toHaveAttribute('tabindex', '0');
});

test('at 375 px an example\'s long line scrolls sideways, and a click in its code opens the editor', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const lesson = new LessonPage(page);
  await lesson.goto('two-pointers/fixed-window');
  const example = lesson.example(1);
  const code = example.root.getByTestId('example-code');
  await code.scrollIntoViewIfNeeded();
  const box = (await code.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(120, 0);
  await expect.poll(() => code.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await code.click();
  await expect(example.root.locator('.cm-content')).toBeFocused({ timeout: 30_000 });
});

// One page and scheme per test, so each scan has its own time budget on a busy machine.
// The last: a phone, where long code lines and a wide diagram scroll sideways.
for (const [path, scheme, width] of [
  [`/learn/${FIRST}`, 'light', 1280],
  [`/learn/${FIRST}`, 'dark', 1280],
  ['/learn', 'light', 1280],
  ['/learn/two-pointers/fixed-window', 'dark', 375],
] as const) {
  test(`no serious accessibility violations on ${path} (${scheme}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(path);
    if (path !== '/learn') {
      const lesson = new LessonPage(page);
      // With an example's output, a drawn diagram and an answered question on the page.
      await lesson.example(0).run();
      await expect(lesson.example(0).status).toBeVisible({ timeout: 60_000 });
      await lesson.diagrams.first().scrollIntoViewIfNeeded();
      await expect(lesson.diagrams.first()).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
      await lesson.questions.first().getByTestId('check-choice').first().click();
    }
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

import { expect, test, type Page } from './fixtures';
import { freshKey, requestsOf, script, useKey } from './pages/ai';
import { LessonPage, lessonData } from './pages/lesson';

const FIRST = 'basics/variables-and-expressions';

/** Edit the first example so that it raises, and run it. */
async function runFailingExample(page: Page) {
  const lesson = new LessonPage(page);
  const example = lesson.example(0);
  await example.edit();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('greeting = "Hello"\nprint(greting)');
  await example.run();
  await expect(example.status).toHaveAttribute('data-status', 'error', { timeout: 60_000 });
  await expect(example.root.getByTestId('example-error')).toContainText("NameError: name 'greting' is not defined");
  return example;
}

test('with a key, "Explain this differently" streams an explanation of a section, recorded as usage', async ({ page }) => {
  const key = freshKey('explain-lesson');
  await useKey(page, key);
  await script(key, [{ chunks: ['Think of a name ', 'as a label ', 'on a box. ', 'What is **inside** the box?'], chunkDelayMs: 150 }]);
  const data = lessonData(FIRST);
  await new LessonPage(page).goto(FIRST);

  const section = page.getByTestId('lesson-section').nth(2);
  // Every state the answer goes through, recorded as it changes (a quick stream may end between two polls).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { answerStates: string[] }).answerStates = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid=explain-section-answer]');
      const state = el ? `${el.getAttribute('data-status')}:${el.textContent?.length ?? 0}` : null;
      if (state && seen.at(-1) !== state) seen.push(state);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await section.getByRole('button', { name: `Explain this differently (${data.sections[2].heading})` }).click();
  const answer = section.getByTestId('explain-section-answer');
  await expect(answer).toHaveAttribute('data-status', 'done');
  // The answer was busy (streaming) before it was done, then shows the whole answer as Markdown with the model that wrote it.
  const states = await page.evaluate(() => (window as unknown as { answerStates: string[] }).answerStates);
  expect(states[0]?.startsWith('streaming:'), states.join(' ')).toBe(true);
  expect(states.at(-1)?.startsWith('done:'), states.join(' ')).toBe(true);
  await expect(answer).toContainText('Think of a name');
  await expect(answer.locator('strong')).toHaveText('inside');
  await expect(answer.getByTestId('answered-by')).toContainText('gemini-3.5-flash');

  // Gemini got the lesson, this section and what earlier lessons introduced, as quoted data.
  const [request] = (await requestsOf(key)).filter((r) => r.model !== null);
  expect(request.task).toBe('explain-lesson');
  const sent = JSON.stringify(request.body);
  expect(sent).toContain('<data name=\\"section\\">');
  expect(sent).toContain(JSON.stringify(JSON.stringify(data.sections[2].heading)).slice(1, -1));
  expect(sent).toContain('lesson 1 of');

  // Asking again takes another angle, below the first answer.
  await section.getByRole('button', { name: /Explain it another way/ }).click();
  await expect(section.getByTestId('explain-section-answer')).toHaveCount(2);
  await expect(section.getByTestId('explain-section-answer').nth(1)).toHaveAttribute('data-status', 'done');

  await page.goto('/insights/api-usage');
  await expect(page.getByText('Lesson explained').first()).toBeVisible();
});

test('with a key, an example edited to fail offers "Why did my example fail?" and streams why, the fixed code only on request', async ({ page }) => {
  const key = freshKey('explain-example');
  await useKey(page, key);
  await new LessonPage(page).goto(FIRST);
  // Before any run, and after a run that prints what the lesson says, there is nothing to explain.
  await expect(page.getByTestId('explain-example-button')).toHaveCount(0);

  const example = await runFailingExample(page);
  await example.root.getByRole('button', { name: 'Why did my example fail?' }).click();
  const answers = example.root.getByTestId('explain-example-answer');
  await expect(answers.first()).toHaveAttribute('data-status', 'done');
  await expect(answers.first()).toContainText('Compare that line with the original example');
  await expect(answers.first().locator('pre')).toHaveCount(0);

  const [request] = (await requestsOf(key)).filter((r) => r.model !== null);
  expect(request.task).toBe('explain-example');
  const sent = JSON.stringify(request.body);
  expect(sent).toContain('print(greting)');
  expect(sent).toContain("NameError: name 'greting' is not defined");

  // The corrected code comes only when asked for.
  await example.root.getByRole('button', { name: 'Show me the fixed code' }).click();
  await expect(answers.nth(1)).toHaveAttribute('data-status', 'done');
  await expect(answers.nth(1).locator('pre')).toContainText('print("Hello, world!")');

  // Running it again as the lesson wrote it leaves nothing to explain.
  await example.root.getByRole('button', { name: 'Reset' }).click();
  await example.run();
  await expect(example.status).toHaveAttribute('data-status', 'ok');
  await expect(example.root.getByTestId('explain-example')).toHaveCount(0);
});

test('without a key, a lesson shows neither AI button, even after an example fails', async ({ page }) => {
  await new LessonPage(page).goto(FIRST);
  await runFailingExample(page);
  await expect(page.getByTestId('explain-example-button')).toHaveCount(0);
  await expect(page.getByTestId('explain-section-button')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Explain this differently/ })).toHaveCount(0);
});

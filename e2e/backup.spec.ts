import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace';

/** A lesson of the path (the first one on disk) and its title. */
function aLesson(): { id: string; title: string; sections: number } {
  const folder = readdirSync('data/lessons').sort()[0];
  const file = readdirSync(`data/lessons/${folder}`).filter((f) => f.endsWith('.json')).sort()[0];
  const lesson = JSON.parse(readFileSync(`data/lessons/${folder}/${file}`, 'utf8')) as { module: string; subtopic: string; title: string; sections: unknown[] };
  return { id: `${lesson.module}/${lesson.subtopic}`, title: lesson.title, sections: lesson.sections.length };
}

const SOLUTIONS: Array<[string, string]> = [
  ['sum-of-evens', 'def sum_evens(numbers):\n    return sum(n for n in numbers if n % 2 == 0)\n'],
  ['reverse-words', "def reverse_words(sentence):\n    return ' '.join(reversed(sentence.split()))\n"],
];

test('export → clear → import restores the same dashboard and lesson progress; merging it twice changes nothing; reset needs confirmation', async ({ page }) => {
  const ws = new WorkspacePage(page);
  for (const [id, code] of SOLUTIONS) {
    await ws.goto(id);
    expect(await ws.submitToEnd(code)).toBe('passed');
  }
  // A lesson in progress: its first section read, opened an hour ago.
  const lesson = aLesson();
  const visited = Date.now() - 3_600_000;
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    ['pydojo:lesson-progress', JSON.stringify({ state: { lessons: { [lesson.id]: { startedAt: visited, visitedAt: visited, sectionsRead: [0], examplesRun: [], checkAnswers: 1, checkPassedAt: null } } }, version: 1 })],
  );
  await page.goto('/');
  const headline = page.getByTestId('headline-stats');
  await expect(headline).toBeVisible();
  const before = await headline.innerText();
  const learning = page.getByTestId('continue-learning');
  await expect(learning).toContainText(lesson.title);
  await expect(learning.getByTestId('continue-learning-progress')).toContainText(`1 of ${lesson.sections} sections read`);
  await expect(learning.getByRole('link', { name: `Continue lesson: ${lesson.title}` })).toHaveAttribute('href', `/learn/${lesson.id}`);
  const learningBefore = await learning.innerText();

  await page.goto('/support/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all progress' }).click();
  const file = await (await download).path();

  await page.evaluate(() => localStorage.clear());
  await page.goto('/');
  await expect(page.getByTestId('first-visit')).toBeVisible();

  await page.goto('/support/settings');
  await page.getByLabel('Replace this browser’s data').check();
  await page.getByLabel('Backup file').setInputFiles(file);
  await expect(page.getByTestId('backup-status')).toContainText('2 solved problems');
  await page.goto('/');
  await expect.poll(() => page.getByTestId('headline-stats').innerText()).toBe(before);
  await expect.poll(() => page.getByTestId('continue-learning').innerText()).toBe(learningBefore);

  // Merging the same file (twice) changes nothing.
  await page.goto('/support/settings');
  await page.getByLabel('Merge with this browser’s data').check();
  await page.getByLabel('Backup file').setInputFiles(file);
  await expect(page.getByTestId('backup-status')).toContainText('Merged');
  await page.getByLabel('Backup file').setInputFiles(file);
  await page.goto('/');
  await expect.poll(() => page.getByTestId('headline-stats').innerText()).toBe(before);
  await expect.poll(() => page.getByTestId('continue-learning').innerText()).toBe(learningBefore);

  // Reset needs the word typed.
  await page.goto('/support/settings');
  const reset = page.getByRole('button', { name: 'Delete all my data' });
  await expect(reset).toBeDisabled();
  await page.getByLabel(/type “reset” to confirm/).fill('reset');
  await reset.click();
  await expect(page.getByTestId('backup-status')).toContainText('were deleted');
  await page.goto('/');
  await expect(page.getByTestId('first-visit')).toBeVisible();
});

test('a file that is not a backup is refused with a reason and changes nothing', async ({ page }) => {
  await page.goto('/support/settings');
  await page.getByLabel('Backup file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "something-else"}') });
  await expect(page.getByTestId('backup-status')).toContainText('not a PyDojo backup');
  await page.getByLabel('Backup file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
  await expect(page.getByTestId('backup-status')).toContainText('not valid JSON');
});

import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { HistoryEvent } from '../src/core/history';
import { checkAnswered, EMPTY_LESSON_PROGRESS, lessonVisited, sectionRead } from '../src/core/lessons/progress';
import { EMPTY_PROGRESS, opened, submitted } from '../src/core/progress';
import { countEvent, EMPTY_STATS } from '../src/core/stats';
import { addSpans, EMPTY_ACTIVE_TIME } from '../src/core/time/active-time';

/** A lesson of the path (the first one on disk) and its title. */
function aLesson(): { id: string; title: string; sections: number } {
  const folder = readdirSync('data/lessons').sort()[0];
  const file = readdirSync(`data/lessons/${folder}`).filter((f) => f.endsWith('.json')).sort()[0];
  const lesson = JSON.parse(readFileSync(`data/lessons/${folder}/${file}`, 'utf8')) as { module: string; subtopic: string; title: string; sections: unknown[] };
  return { id: `${lesson.module}/${lesson.subtopic}`, title: lesson.title, sections: lesson.sections.length };
}

/**
 * What this browser would have saved after solving two starter problems (one
 * after a failed submit) and reading the first section of a lesson, with the
 * time spent on each: built with the app's own rules and saved in each
 * store's format, so the backup round trip is tested without booting Python.
 */
async function seedProgress(page: Page, lessonId: string): Promise<void> {
  const start = Date.now() - 3_600_000;
  const attempts: Array<[string, string, boolean]> = [
    ['sum-of-evens', 'Sum of the even numbers', false],
    ['sum-of-evens', 'Sum of the even numbers', true],
    ['reverse-words', 'Reverse the words', true],
  ];
  let progress = EMPTY_PROGRESS;
  let stats = EMPTY_STATS;
  const events: HistoryEvent[] = [];
  attempts.forEach(([problemId, problemTitle, passed], i) => {
    const at = start + (i + 1) * 60_000;
    progress = submitted(progress.problems[problemId] ? progress : opened(progress, problemId, `fp-${problemId}`, at - 30_000), problemId, passed, at);
    const event = HistoryEvent.parse({ id: `seed-${i}`, kind: 'submit', problemId, problemTitle, module: 'starter', difficulty: 'beginner', at, durationMs: 300, passed, summary: passed ? 'passed 8/8' : 'failed 5/8' });
    events.push(event);
    stats = countEvent(stats, event);
  });
  let lessons = lessonVisited(EMPTY_LESSON_PROGRESS, lessonId, start);
  lessons = sectionRead(lessons, lessonId, 0, start + 60_000);
  lessons = checkAnswered(lessons, lessonId, start + 90_000);
  const time = addSpans(EMPTY_ACTIVE_TIME, 'seeded-browser', [
    { context: { kind: 'lesson', id: lessonId }, start, end: start + 240_000 },
    { context: { kind: 'problem', id: 'sum-of-evens' }, start: start + 300_000, end: start + 420_000 },
    { context: { kind: 'problem', id: 'reverse-words' }, start: start + 450_000, end: start + 500_000 },
  ]);
  const saved: Record<string, { state: unknown; version: number }> = {
    'pydojo:progress': { state: progress, version: 2 },
    'pydojo:history': { state: { events }, version: 1 },
    'pydojo:stats': { state: stats, version: 2 },
    'pydojo:lesson-progress': { state: lessons, version: 1 },
    'pydojo:active-time': { state: { ...time, device: 'seeded-browser' }, version: 1 },
  };
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(saved).map(([key, value]): [string, string] => [key, JSON.stringify(value)]));
}

test('export → clear → import restores the same dashboard and lesson progress; merging it twice changes nothing; reset needs confirmation', async ({ page }) => {
  const lesson = aLesson();
  await seedProgress(page, lesson.id);
  await page.goto('/');
  const headline = page.getByTestId('headline-stats');
  await expect(headline).toBeVisible();
  await expect(page.getByTestId('stat-solved')).toContainText('2');
  await expect(page.getByTestId('stat-active-time')).toContainText('6m 50s');
  const before = await headline.innerText();
  const learning = page.getByTestId('continue-learning');
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

import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace';

const SUM_EVENS = 'def sum_evens(numbers):\n    return sum(n for n in numbers if n % 2 == 0)\n';
const REVERSE = "def reverse_words(sentence):\n    return ' '.join(reversed(sentence.split()))\n";
const KEYS = ['pydojo:progress', 'pydojo:history', 'pydojo:stats', 'pydojo:drafts', 'pydojo:packs', 'pydojo:settings'];

test('garbage in every saved key: the app boots, says so, and offers the damaged data', async ({ page }) => {
  // The page starts on a static file of the app's origin: the garbage is in place before any app code runs.
  await page.evaluate((keys) => {
    keys.forEach((key, i) => localStorage.setItem(key, i % 2 ? '{"state": {"problems": [1, 2' : '{"state": {"nonsense": true}, "version": "x"}'));
  }, KEYS);
  await page.goto('/');
  const notices = page.getByTestId('storage-notices');
  // One grouped notice names every damaged store in plain words, never by its key.
  const grouped = notices.locator('[data-kind=corrupted]');
  await expect(grouped).toHaveCount(1);
  await expect(grouped).toHaveAttribute('data-count', String(KEYS.length));
  await expect(grouped).toContainText('your progress on each problem');
  await expect(grouped).not.toContainText('pydojo:');
  const download = page.waitForEvent('download');
  await grouped.getByRole('button', { name: 'Download the damaged copy of your progress on each problem' }).click();
  expect((await download).suggestedFilename()).toBe('pydojo-progress-damaged.json');
  // The app still works: a problem can be solved and is saved.
  const ws = new WorkspacePage(page);
  await ws.goto('sum-of-evens');
  expect(await ws.submitToEnd(SUM_EVENS)).toBe('passed');
  const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('pydojo:progress') ?? '{}'));
  expect(progress.state.problems['sum-of-evens'].solvedAt).toBeGreaterThan(0);
  // Discarding removes the kept copy.
  await page.goto('/');
  await page.getByTestId('storage-notices').locator('[data-kind=corrupted]').getByRole('button', { name: 'Discard them' }).click();
  expect(await page.evaluate(() => localStorage.getItem('pydojo:recovery:pydojo:progress'))).toBeNull();
});

test('a full storage: solving still records the solve and the learner is warned', async ({ page }) => {
  // Filled from a static file of the app's origin, before the app first loads.
  await page.evaluate(() => {
    const events = Array.from({ length: 1500 }, (_, i) => ({
      id: `old-${i}`,
      kind: 'run',
      problemId: 'reverse-words',
      problemTitle: 'Reverse the words',
      module: 'starter',
      subtopic: null,
      problemType: null,
      difficulty: 'beginner',
      at: 1_700_000_000_000 + i,
      durationMs: 1,
      code: 'x'.repeat(1200),
      summary: 'ran without errors',
      passed: null,
      testsPassed: null,
      testsTotal: null,
    }));
    localStorage.setItem('pydojo:history', JSON.stringify({ state: { events }, version: 1 }));
    // Fill what is left of the quota.
    let chunk = 'f'.repeat(1 << 20);
    let n = 0;
    while (chunk.length > 16) {
      try {
        localStorage.setItem(`filler-${n++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  const ws = new WorkspacePage(page);
  await ws.goto('sum-of-evens');
  expect(await ws.submitToEnd(SUM_EVENS)).toBe('passed');
  await expect(page.getByTestId('storage-notices').locator('[data-kind=quota]')).toContainText('removed your oldest history');
  await expect(page.getByTestId('storage-notices').locator('[data-kind=quota]').getByRole('link', { name: 'Export a backup' })).toHaveAttribute('href', '/support/settings#backup');
  const saved = await page.evaluate(() => ({
    progress: JSON.parse(localStorage.getItem('pydojo:progress') ?? '{}'),
    history: JSON.parse(localStorage.getItem('pydojo:history') ?? '{}'),
  }));
  expect(saved.progress.state.problems['sum-of-evens'].solvedAt).toBeGreaterThan(0);
  expect(saved.history.state.events.length).toBeLessThan(1500);
});

test('two tabs solving different problems both end up with both solves', async ({ context }) => {
  // Two pages each boot Python and grade: about 45 s on a busy 2-core machine.
  test.setTimeout(180_000);
  const one = await context.newPage();
  const two = await context.newPage();
  const first = new WorkspacePage(one);
  const second = new WorkspacePage(two);
  // Both tabs are open (and their stores loaded) before either solves.
  await Promise.all([first.goto('sum-of-evens'), second.goto('reverse-words')]);
  expect(await first.submitToEnd(SUM_EVENS)).toBe('passed');
  expect(await second.submitToEnd(REVERSE)).toBe('passed');
  await Promise.all(
    [one, two].map(async (page) => {
      await page.goto('/modules/starter');
      const solved = page.locator('[data-testid=problem-row]').filter({ hasText: '(solved)' });
      await expect(solved).toHaveCount(2);
    }),
  );
  const history = await one.evaluate(() => JSON.parse(localStorage.getItem('pydojo:history') ?? '{}'));
  expect(new Set(history.state.events.filter((e: { kind: string }) => e.kind === 'submit').map((e: { problemId: string }) => e.problemId))).toEqual(
    new Set(['sum-of-evens', 'reverse-words']),
  );
  await Promise.all([one.close(), two.close()]);
});

import { expect, test } from '@playwright/test';
import { freshKey, useKey } from './pages/ai';
import { LessonPage, lessonData } from './pages/lesson';
import { WorkspacePage } from './pages/workspace';

const FIRST_LESSON = 'basics/variables-and-expressions';

// Its own browser context: a first visit with no service worker yet (the
// only context where the suite lets one install), and the network cut for
// this test alone.
test('after one visit PyDojo works offline: lessons, Run and Submit; AI says it is offline', async ({ browser }) => {
  // One visit, then two Python boots from the cache and a Submit: about 30 s on a busy 2-core machine.
  test.setTimeout(180_000);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await useKey(page, freshKey('offline'));

  // The first visit: the dashboard, then Settings, which says when PyDojo is ready offline.
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
  await expect(page.getByTestId('offline-status')).toHaveText('Available offline ✓');
  // Then, in the background, Python boots once from the stored runtime, so later visits start from compiled code.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('pydojo-compiled-runtime')), { timeout: 60_000 }).toMatch(/^\d+\.\d+\.\d+/);
  // That boot also leaves the next one a copy of the snapshot in the origin's private file system.
  const copies = await page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('pydojo-python');
    const names: string[] = [];
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return names;
  });
  expect(copies).toEqual([expect.stringMatching(/^snapshot-\d+-[0-9a-f]{12}\.bin$/)]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('offline-status')).toHaveText('Available offline ✓');
  // The page from the cache kept its COOP/COEP headers.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  // Its chunks came straight from Cache Storage (the service worker's static routes), not through its fetch handler.
  const chunkSources = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/_next/static/'))
      .map((entry) => (entry as PerformanceResourceTiming & { workerFinalSourceType?: string }).workerFinalSourceType),
  );
  expect(chunkSources.length).toBeGreaterThan(0);
  expect(new Set(chunkSources)).toEqual(new Set(['cache']));

  // A lesson, opened from the path; its example runs.
  const lesson = lessonData(FIRST_LESSON);
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Lessons' }).click();
  await page.getByTestId('learn-continue').getByRole('link', { name: `Start: ${lesson.title}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  const example = new LessonPage(page).example(0);
  await example.run();
  await expect(example.status).toHaveAttribute('data-status', 'ok', { timeout: 60_000 });
  await expect(example.output).toHaveText(lesson.sections[0].example!.output.replace(/\n+$/, ''), { useInnerText: true });

  // A problem in the workspace (the page's query names it): Run, then Submit and pass.
  const ws = new WorkspacePage(page);
  await ws.goto('sum-of-evens');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await ws.runToEnd('print(sum([2, 4]))')).toBe('ok');
  await expect(ws.output).toHaveText('6\n');
  // Its Python started from that copy.
  const boot = JSON.parse((await page.getAttribute('[data-testid=load-time]', 'data-boot')) ?? 'null') as { steps: [string, number][] } | null;
  expect(boot?.steps.map(([step]) => step)).toContain("snapshot read from this device's copy (wasm compiling alongside)");
  expect(await ws.submitToEnd('def sum_evens(numbers):\n    return sum(n for n in numbers if n % 2 == 0)\n')).toBe('passed');

  // AI needs the network, and says so plainly.
  await page.getByRole('tab', { name: /AI coach/ }).click();
  await page.getByTestId('ai-hint-button').click();
  await expect(page.getByTestId('coach').getByRole('alert')).toContainText('You are offline: AI needs a connection.');

  await context.close();
});

import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace';

test.describe('without cross-origin isolation (a host that drops the headers)', () => {
  test('still runs code; Stop restarts Python; input() explains why it is unavailable', async ({ browser }) => {
    // Without isolation every Stop restarts Python: about 40 s on a busy 2-core machine.
    test.setTimeout(180_000);
    // A context of its own without service workers: one installed by an earlier
    // test would answer from its cache, with the headers, where page.route cannot see.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // Only the page and its workers' scripts decide whether the page is
    // isolated. The runtime's files (40 MB, fetched again by every restart)
    // pass untouched: carried through this handler, they held up the test's
    // own clicks for seconds on a busy machine.
    await page.route('**/*', async (route) => {
      const request = route.request();
      if (request.resourceType() !== 'document' && !new URL(request.url()).pathname.startsWith('/workers/')) return route.continue();
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['cross-origin-opener-policy'];
      delete headers['cross-origin-embedder-policy'];
      await route.fulfill({ response, headers });
    });
    const ws = new WorkspacePage(page);
    await ws.goto();
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    await expect(ws.status).toContainText('Limited mode');

    expect(await ws.runToEnd('print("works")')).toBe('ok');
    await expect(ws.output).toHaveText('works\n');

    expect(await ws.runToEnd('name = input("Name: ")')).toBe('error');
    await expect(page.getByTestId('error-card')).toContainText('input() is unavailable');
    await expect(page.getByTestId('error-card')).toContainText('cross-origin isolated');

    await ws.setCode('while True:\n    pass\n');
    await ws.run();
    await expect(ws.status).toHaveAttribute('data-phase', 'running');
    await ws.stop();
    await expect(ws.runSummary).toHaveAttribute('data-status', 'interrupted');
    await expect(page.getByTestId('run-interrupted')).toContainText('not cross-origin isolated');
    await ws.waitForPython();
    expect(await ws.runToEnd('print("back")')).toBe('ok');
    await context.close();
  });
});

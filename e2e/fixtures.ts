/**
 * Playwright's `test`, with one browser context per worker process instead
 * of one per test. Python's memory snapshot lives in the context's Cache
 * Storage, so only the first test of a worker pays for a cold Python boot;
 * every later test starts from the snapshot as a returning learner would.
 * Each test still gets a fresh page with empty localStorage and
 * sessionStorage, so no progress leaks from one test into the next. Tests
 * that need a cold or differently configured browser make their own context
 * with `browser.newContext()`.
 */
import { test as base, type BrowserContext } from '@playwright/test';

export * from '@playwright/test';

export const test = base.extend<object, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ browser }, provide) => {
      const context = await browser.newContext();
      await provide(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ sharedContext }, provide) => {
    await provide(sharedContext);
  },
  page: async ({ sharedContext }, provide) => {
    const page = await sharedContext.newPage();
    // A static file of the app's origin: no app code runs while storage is cleared.
    await page.goto('/icon.svg');
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await provide(page);
    await page.close();
  },
});

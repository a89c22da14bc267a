/**
 * Playwright's `test`, with one browser context per worker process instead
 * of one per test, as a returning learner's browser: Python's memory
 * snapshot lives in the context's Cache Storage and the compiled
 * WebAssembly in its code cache, so only the first test of a worker pays for
 * a cold Python boot. The context is a persistent one (a profile in a
 * temporary folder), because Chromium keeps no code cache for an incognito
 * context: with it, a workspace page costs about a third less CPU.
 * Each test still gets a fresh page with empty localStorage and
 * sessionStorage, so no progress leaks from one test into the next, and
 * fails if use-intl reports a missing or broken message on it (a page that
 * shows a feature without bringing that feature's words). Tests
 * that need a cold or differently configured browser make their own context
 * with `browser.newContext()`.
 */
import { expect, test as base, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export * from '@playwright/test';

export const test = base.extend<object, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ playwright, browserName, launchOptions }, provide) => {
      const profile = await mkdtemp(path.join(tmpdir(), 'pydojo-e2e-'));
      const context = await playwright[browserName].launchPersistentContext(profile, launchOptions);
      await provide(context);
      await context.close();
      await rm(profile, { recursive: true, force: true });
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
    const messageProblems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /MISSING_MESSAGE|INVALID_MESSAGE|FORMATTING_ERROR|INSUFFICIENT_PATH/.test(message.text())) messageProblems.push(message.text());
    });
    await provide(page);
    await page.close();
    expect(messageProblems, 'use-intl reported messages it could not show').toEqual([]);
  },
});

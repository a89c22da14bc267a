/**
 * The static export (npm run build:static) behind a static host that applies
 * out/_headers: pages with isolation and their CSP, client-side navigation,
 * Python with Stop, and AI features that say plainly they are unavailable.
 */
import { expect, test } from '../e2e/fixtures';
import { expectPageHeaders, expectWorkerScriptHeaders, followLinkInPage, runPythonAndStop, watchCsp } from './checks';

test('pages keep isolation and CSP headers, links navigate in the page, and Python runs and stops', async ({ page }) => {
  const violations = watchCsp(page);
  expectPageHeaders(await page.goto('/'));
  await followLinkInPage(page, '/learn', /Learn Python/);
  await expectWorkerScriptHeaders(page);
  await runPythonAndStop(page);
  expect(violations).toEqual([]);
});

test('there are no AI routes, and the AI features say they are unavailable here', async ({ page }) => {
  const violations = watchCsp(page);
  expect((await page.request.post('/api/ai/test-connection', { data: {} })).status()).toBe(404);
  expectPageHeaders(await page.goto('/support/settings'));
  await expect(page.getByTestId('ai-off-host')).toHaveText(/AI features are not available on this site/);
  await expect(page.getByLabel(/Gemini API key/i)).toHaveCount(0);
  await page.goto('/practice/manual');
  await expect(page.getByTestId('ai-off')).toHaveText(/AI questions are not available on this site/);
  expect(violations).toEqual([]);
});

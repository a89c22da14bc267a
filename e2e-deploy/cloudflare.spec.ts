/**
 * The Cloudflare target (npm run build:cloudflare) as `wrangler dev` serves it
 * on workerd, the runtime Cloudflare runs it on: pages from the worker with
 * their headers, the runtime and the Python worker from static assets, and
 * an AI route through the worker to the fake Gemini server.
 */
import { FAKE_GEMINI_URL } from '../playwright.deploy.config';
import { expect, test, type Page } from '../e2e/fixtures';
import { expectPageHeaders, expectWorkerScriptHeaders, followLinkInPage, runPythonAndStop, watchCsp } from './checks';

test('pages keep isolation and CSP headers, and Python runs and stops', async ({ page }) => {
  const violations = watchCsp(page);
  expectPageHeaders(await page.goto('/'));
  await followLinkInPage(page, '/learn', /Learn Python/);
  await expectWorkerScriptHeaders(page);
  await runPythonAndStop(page);
  expect(violations).toEqual([]);
});

test('the runtime is served compressed, for a browser that accepts it', async ({ page }) => {
  const version = await pyodideVersion(page);
  const response = await page.request.get(`/pyodide/${version}/pyodide.asm.wasm`, { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/wasm');
  expect(response.headers()['cache-control']).toContain('immutable');
  expect(response.headers()['cross-origin-embedder-policy']).toBe('require-corp');
});

test('an AI route runs in the worker and reaches Gemini (the fake server)', async ({ page }) => {
  const key = `AIza-deploy-${Date.now().toString(36)}`;
  const response = await page.request.post('/api/ai/test-connection', { headers: { 'X-API-Key': key, 'Content-Type': 'application/json' }, data: {} });
  expect(response.status()).toBe(200);
  const answer = (await response.json()) as { models: Array<{ name: string }> };
  expect(answer.models.length).toBeGreaterThan(0);
  const sent = (await (await page.request.get(`${FAKE_GEMINI_URL}/__fake/requests?key=${key}`)).json()) as { requests: unknown[] };
  expect(sent.requests.length).toBeGreaterThan(0);
});

async function pyodideVersion(page: Page): Promise<string> {
  const script = await (await page.request.get('/workers/python.js')).text();
  const match = /\/pyodide\/([0-9][^/"']*)\//.exec(script);
  expect(match, 'the Python worker names its Pyodide version').not.toBeNull();
  return match![1];
}

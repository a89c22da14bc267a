/**
 * The Cloudflare target (npm run build:cloudflare) as `wrangler dev` serves it
 * on workerd, the runtime Cloudflare runs it on: pages from the worker with
 * their headers, the runtime and the Python worker from static assets, and
 * an AI route through the worker to the fake Gemini server.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FAKE_GEMINI_URL } from '../playwright.deploy.config';
import { expect, test } from '../e2e/fixtures';
import { expectPageHeaders, expectWorkerScriptHeaders, followLinkInPage, runPythonAndStop, watchCsp } from './checks';

test('pages keep isolation and CSP headers, and Python runs and stops', async ({ page }) => {
  const violations = watchCsp(page);
  expectPageHeaders(await page.goto('/'));
  await followLinkInPage(page, '/learn', /Learn Python/);
  await expectWorkerScriptHeaders(page);
  await runPythonAndStop(page);
  expect(violations).toEqual([]);
});

test('the runtime is sent compressed, the snapshot over the asset size limit precompressed by the worker', async ({ page }) => {
  const runtime = path.join(import.meta.dirname, '..', '.open-next', 'assets', 'pyodide');
  const [version] = readdirSync(runtime);
  const snapshot = readdirSync(path.join(runtime, version)).find((file) => file.endsWith('.bin.br'));
  expect(snapshot, 'the snapshot ships as its Brotli copy').toBeDefined();
  for (const [file, type] of [
    ['pyodide.asm.wasm', 'application/wasm'],
    [snapshot!.slice(0, -'.br'.length), 'application/octet-stream'],
  ]) {
    const response = await page.request.get(`/pyodide/${version}/${file}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(type);
    expect(response.headers()['content-encoding']).toBe('br');
    expect(response.headers()['cache-control']).toContain('immutable');
    expect(response.headers()['cross-origin-embedder-policy']).toBe('require-corp');
  }
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

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Request } from './fixtures';
import { WorkspacePage } from './pages/workspace';

test('a full session makes no request to any other origin', async ({ page, context, baseURL }) => {
  // Visits every page and runs and grades code: up to 60 s on a busy 2-core machine.
  test.setTimeout(240_000);
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign: string[] = [];
  const seen: string[] = [];
  const track = (request: Request) => {
    const url = request.url();
    seen.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
  };
  context.on('request', track);
  page.on('worker', (worker) => worker.on('console', () => undefined));

  for (const path of ['/', '/modules', '/modules/starter', '/practice/manual', '/support/help', '/support/settings']) {
    await page.goto(path);
  }
  const ws = new WorkspacePage(page);
  await ws.goto('sum-of-evens');
  expect(await ws.runToEnd('import json, re, collections\nprint(json.dumps({"a": 1}))')).toBe('ok');
  expect(await ws.submitToEnd('def sum_evens(numbers):\n    return sum(n for n in numbers if n % 2 == 0)\n')).toBe('passed');

  expect(seen.some((u) => u.includes('/pyodide/') && u.endsWith('.wasm'))).toBe(true);
  expect(seen.some((u) => u.includes('/monaco/'))).toBe(true);
  expect(foreign).toEqual([]);
});

test('runtime files are served from this origin with long-lived caching', async ({ request }) => {
  const version = (await import('pyodide/package.json', { with: { type: 'json' } })).default.version;
  const wasm = await request.get(`/pyodide/${version}/pyodide.asm.wasm`);
  expect(wasm.status()).toBe(200);
  expect(wasm.headers()['cache-control']).toContain('immutable');
  expect(wasm.headers()['content-type']).toContain('application/wasm');
  const worker = await request.get('/workers/python.js');
  expect(worker.status()).toBe(200);
  expect(worker.headers()['cross-origin-embedder-policy']).toBe('require-corp');
});

test('the runtime is sent precompressed: Brotli, else gzip, else as it is, each byte-identical once decoded', async ({ request }) => {
  const version = (await import('pyodide/package.json', { with: { type: 'json' } })).default.version;
  const url = `/pyodide/${version}/pyodide.asm.mjs`;
  const original = await request.get(url, { headers: { 'Accept-Encoding': 'identity' } });
  expect(original.headers()['content-encoding']).toBeUndefined();
  const body = await original.body();
  for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip']]) {
    // Playwright decodes the body; the length on the wire is the compressed file's.
    const response = await request.get(url, { headers: { 'Accept-Encoding': accept } });
    expect(response.headers()['content-encoding']).toBe(encoding);
    expect(response.headers()['vary']).toContain('Accept-Encoding');
    expect(response.headers()['cross-origin-embedder-policy']).toBe('require-corp');
    expect(Number(response.headers()['content-length'])).toBeLessThan(body.length / 3);
    expect((await response.body()).equals(body)).toBe(true);
  }
});

test('every navigation link leads to a real page', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('nav[aria-label=Main] a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(6);
  for (const href of new Set(hrefs)) {
    const response = await page.goto(href ?? '/');
    expect(response?.status(), href ?? '').toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
  }
});

test('the navigation moves between pages without reloading the page', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('load');
  await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Modules' }).click();
  await expect(page).toHaveURL(/\/modules$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modules');
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
});

test('an unknown address shows the not-found page, and its links lead on', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'Browse the modules' }).click();
  await expect(page).toHaveURL(/\/modules$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modules');
});

test('the theme follows the OS and the toggle persists across reloads', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  const toggle = page.getByTestId('theme-toggle').first();
  await toggle.click(); // system → light
  await expect(toggle).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  // The chosen theme holds from the first frame, while the saved settings are still being read back.
  await page.addInitScript(() => {
    const frames: boolean[] = [];
    (window as unknown as { darkFrames: boolean[] }).darkFrames = frames;
    const tick = () => {
      frames.push(document.documentElement.classList.contains('dark'));
      if (frames.length < 600) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.reload();
  await expect(page.getByTestId('theme-toggle').first()).toHaveAttribute('data-theme', 'light');
  await page.waitForTimeout(500);
  const frames = await page.evaluate(() => (window as unknown as { darkFrames: boolean[] }).darkFrames);
  expect(frames.length).toBeGreaterThan(0);
  expect(frames.filter(Boolean)).toHaveLength(0);
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByTestId('theme-toggle').first().click(); // light → dark
  await expect(page.locator('html')).toHaveClass(/dark/);
  await context.close();
});

// One page per test, so each scan has its own time budget on a busy machine.
const SCANNED = ['/', '/modules', '/practice/manual', '/practice', '/practice/auto', '/history', '/insights/stats', '/insights/api-usage', '/support/help', '/support/settings'];
for (const scheme of ['light', 'dark'] as const) {
  for (const path of SCANNED) {
    test(`no serious accessibility violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path === '/practice') await new WorkspacePage(page).waitForPython();
      const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

// A loading state is on screen for seconds on a slow connection: it must be as readable as the page it becomes.
for (const scheme of ['light', 'dark'] as const) {
  test(`the editor's loading state is readable (${scheme})`, async ({ page }) => {
    await page.route('**/monaco/**', () => undefined); // held back: the editor never arrives
    await page.emulateMedia({ colorScheme: scheme });
    // Not until `load`: the page may ask for the editor before its load event, which then never fires.
    await page.goto('/practice', { waitUntil: 'domcontentloaded' });
    await expect(page.getByText('Loading editor…')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('main').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

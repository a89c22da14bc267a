/** What both deployment targets must do, checked the same way on each. */
import { expect, type Page, type Response } from '../e2e/fixtures';
import { WorkspacePage } from '../e2e/pages/workspace';

/**
 * Collects what the browser reports about the page breaking its CSP (violation
 * events) and uncaught errors. One report is expected and left out: zod probes
 * once whether `new Function` may run, catches the refusal and validates
 * without it; the CSP never allows 'unsafe-eval' (scripts/csp-policy.mjs).
 */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('CSP violation:') && !text.includes(' eval ')) violations.push(text);
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`),
    );
  });
  return violations;
}

/** A page's own headers: cross-origin isolation and a CSP that allows its inline scripts by hash. */
export function expectPageHeaders(response: Response | null) {
  const headers = response?.headers() ?? {};
  expect(response?.status()).toBe(200);
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
}

/** The Python worker's script must be isolated too, or the worker gets no SharedArrayBuffer (Stop, input()). */
export async function expectWorkerScriptHeaders(page: Page) {
  const response = await page.request.get('/workers/python.js');
  expect(response.status()).toBe(200);
  expect(response.headers()['cross-origin-embedder-policy']).toBe('require-corp');
  expect(response.headers()['content-type']).toMatch(/javascript/);
}

/** Python boots in the worker, runs a program, and Stop interrupts an endless loop. */
export async function runPythonAndStop(page: Page) {
  const ws = new WorkspacePage(page);
  const response = await page.goto('/practice');
  expectPageHeaders(response);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await ws.waitForPython(60_000);
  await ws.waitForEditor();
  expect(await ws.runToEnd('print(6 * 7)')).toBe('ok');
  await expect(ws.output).toHaveText('42\n');
  await ws.setCode('while True:\n    pass\n');
  await ws.run();
  await expect(ws.status).toHaveAttribute('data-phase', 'running');
  await ws.stop();
  await expect(ws.runSummary).toHaveAttribute('data-status', 'interrupted');
}

/** A link followed by the client-side router (the page is not reloaded), arriving with its content. */
export async function followLinkInPage(page: Page, href: string, heading: RegExp) {
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.locator(`a[href="${href}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
}

// Boot measurements for scripts/bench.mjs: the app's navigation → Python
// ready, cold and on a repeat visit, against a reference measured in the
// same run — a bare page that only boots Pyodide from the same server's
// runtime files in the same browser — plus where the app's boot spent its
// time (the worker's own step timings).
//
// Each visit runs in a browser profile of its own (a fresh folder), as a
// learner's browser is: Chromium keeps compiled WebAssembly in a profile's
// code cache, and keeps none in a private window. The repeat visit is also
// measured in a private window, where only the HTTP cache and the service
// worker carry over.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BARE_PATH = '/__bench/bare-pyodide.html';

function barePage(version) {
  return `<!doctype html><meta charset="utf-8"><title>bare Pyodide</title>
<script type="module">
const { loadPyodide } = await import('/pyodide/${version}/pyodide.mjs');
const pyodide = await loadPyodide({ indexURL: '/pyodide/${version}/' });
window.__bareReady = pyodide.runPython('1 + 1') === 2;
</script>`;
}

/** A fresh browser profile (or a private window), closed and removed by `close`. */
async function openContext(browserType, launch, { privateWindow = false } = {}) {
  if (privateWindow) {
    const browser = await browserType.launch(launch);
    const context = await browser.newContext();
    return { context, close: () => browser.close() };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pydojo-bench-'));
  const context = await browserType.launchPersistentContext(dir, launch);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function bareContext(browserType, launch, base, version) {
  const opened = await openContext(browserType, launch);
  const { context } = opened;
  // The bare page itself is the only file not from the app's server.
  await context.route(`${base}${BARE_PATH}`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
      body: barePage(version),
    }),
  );
  return opened;
}

async function timeBare(page, base) {
  const started = Date.now();
  await page.goto(`${base}${BARE_PATH}`);
  await page.waitForFunction(() => window.__bareReady === true, undefined, { timeout: 120_000, polling: 'raf' });
  return Date.now() - started;
}

async function timeApp(page, base) {
  const started = Date.now();
  await page.goto(`${base}/practice`);
  // Polled every animation frame, as the bare page is. (waitForSelector
  // backs off to polling every 500 ms, which would add up to half a second
  // to the app's figure alone.)
  await page.waitForFunction(() => document.querySelector('[data-testid=runtime-status]')?.getAttribute('data-phase') === 'idle', undefined, {
    timeout: 120_000,
    polling: 'raf',
  });
  const ms = Date.now() - started;
  const boot = JSON.parse((await page.getAttribute('[data-testid=load-time]', 'data-boot')) ?? 'null');
  return { ms, boot };
}

/** Median of each step over the boots that took the same path. */
function stepMedians(boots, median) {
  const byStep = new Map();
  for (const boot of boots) for (const [step, ms] of boot?.steps ?? []) byStep.set(step, [...(byStep.get(step) ?? []), ms]);
  return [...byStep].map(([step, values]) => ({ step, ...median(values) }));
}

/** A cold visit, then a repeat visit in the same profile or private window. */
async function coldAndRepeat(opened, base) {
  const page = await opened.context.newPage();
  const cold = await timeApp(page, base);
  // After the first visit the service worker installs in the background
  // (it downloads the whole app for offline use); a learner who comes
  // back later finds it installed, not halfway through its download.
  await page.evaluate(() => ('serviceWorker' in navigator ? navigator.serviceWorker.ready.then(() => true) : true));
  await page.waitForTimeout(3000);
  await page.goto('about:blank');
  const repeat = await timeApp(page, base);
  await opened.close();
  return { cold, repeat };
}

export async function measureBoot(browserType, launch, { base, runs, root, stats }) {
  const version = JSON.parse(readFileSync(path.join(root, 'node_modules/pyodide/package.json'), 'utf8')).version;
  const app = { cold: [], repeat: [], repeatPrivate: [], coldBoots: [], repeatBoots: [] };
  const bare = { cold: [], reload: [] };
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always meets a warmer machine.
    const order = i % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
    for (const which of order) {
      if (which === 'app') {
        const { cold, repeat } = await coldAndRepeat(await openContext(browserType, launch), base);
        app.cold.push(cold.ms);
        app.coldBoots.push(cold.boot);
        app.repeat.push(repeat.ms);
        app.repeatBoots.push(repeat.boot);
        app.repeatPrivate.push((await coldAndRepeat(await openContext(browserType, launch, { privateWindow: true }), base)).repeat.ms);
      } else {
        const opened = await bareContext(browserType, launch, base, version);
        const page = await opened.context.newPage();
        bare.cold.push(await timeBare(page, base));
        await page.goto('about:blank');
        bare.reload.push(await timeBare(page, base));
        await opened.close();
      }
    }
  }
  const result = {
    app: { cold: stats(app.cold), repeat: stats(app.repeat), repeatPrivate: stats(app.repeatPrivate) },
    bare: { cold: stats(bare.cold), reload: stats(bare.reload) },
    profile: {
      cold: { from: app.coldBoots[0]?.from ?? null, steps: stepMedians(app.coldBoots, stats) },
      repeat: { from: app.repeatBoots[0]?.from ?? null, steps: stepMedians(app.repeatBoots, stats) },
    },
  };
  const ratio = (a, b) => Math.round((a / b) * 100) / 100;
  result.ratios = {
    coldToBareCold: ratio(result.app.cold.median, result.bare.cold.median),
    repeatToBareCold: ratio(result.app.repeat.median, result.bare.cold.median),
    repeatPrivateToBareCold: ratio(result.app.repeatPrivate.median, result.bare.cold.median),
    bareReloadToBareCold: ratio(result.bare.reload.median, result.bare.cold.median),
  };
  return result;
}

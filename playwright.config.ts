import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const FAKE_GEMINI_URL = `http://127.0.0.1:${Number(process.env.FAKE_GEMINI_PORT ?? 3211)}`;
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * Playwright's own Chromium when installed, else the system's: its old
 * headless shell when present (Debian: apt-get install chromium-headless-shell),
 * which is what Playwright itself runs headless tests in and costs less CPU
 * than full Chromium in headless mode (a quarter less on tests that mostly
 * load pages, little on those that mostly run Python), else full Chromium
 * (apt-get install chromium). CHROMIUM_PATH picks another binary,
 * e.g. /usr/bin/chromium to watch a test with --headed.
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // not installed
  }
  return existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium';
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  // Most tests take 10–30 s on a busy 2-core machine (a cold Python boot is
  // most of it); the limit leaves room for three times that.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['./e2e/slowest-reporter.ts']],
  use: {
    baseURL: BASE_URL,
    // Installing the service worker downloads the whole app (about 480 files)
    // in every new browser context; only the offline test needs it, and it
    // allows it for its own context.
    serviceWorkers: 'block',
    // Recording a trace (screencast and DOM snapshots) doubles a test's time on
    // a 2-core machine, so it is opt-in: PW_TRACE=1 keeps one for each failure.
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // The production build plus the fake Gemini server it talks to. Playwright
    // starts them in their own process group and stops the group.
    command: `npx tsx scripts/e2e-server.ts`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_PORT: String(PORT) },
  },
});

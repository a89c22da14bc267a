/**
 * The deployment tests (npm run test:deploy; docs/deploy.md), apart from the
 * main suite: the Cloudflare target under `wrangler dev` (workerd) and the
 * static export behind a static host that applies its `_headers`. Both must be
 * built first (npm run build:cloudflare, npm run build:static).
 *   E2E_PORT         wrangler dev (default 3300); the static host is E2E_PORT + 1
 *   FAKE_GEMINI_PORT the fake Gemini server (default 3311)
 *   DEPLOY_TARGET    `cloudflare` or `static` to test (and start the server of) one target only
 */
import { defineConfig } from '@playwright/test';
import mainConfig from './playwright.config';

const CLOUDFLARE_PORT = Number(process.env.E2E_PORT ?? 3300);
const STATIC_PORT = CLOUDFLARE_PORT + 1;
const FAKE_GEMINI_PORT = Number(process.env.FAKE_GEMINI_PORT ?? 3311);
export const FAKE_GEMINI_URL = `http://127.0.0.1:${FAKE_GEMINI_PORT}`;

const only = process.env.DEPLOY_TARGET;
const wanted = (target: string) => !only || only === target;
const browser = mainConfig.projects?.[0]?.use ?? {};
const server = { reuseExistingServer: false, stdout: 'ignore', stderr: 'pipe', timeout: 300_000 } as const;

export default defineConfig({
  testDir: './e2e-deploy',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { serviceWorkers: 'block', trace: mainConfig.use?.trace, screenshot: 'only-on-failure' },
  projects: [
    { name: 'cloudflare', testMatch: 'cloudflare.spec.ts', use: { ...browser, baseURL: `http://127.0.0.1:${CLOUDFLARE_PORT}` } },
    { name: 'static', testMatch: 'static.spec.ts', use: { ...browser, baseURL: `http://127.0.0.1:${STATIC_PORT}` } },
  ].filter((project) => wanted(project.name)),
  webServer: [
    ...(wanted('cloudflare')
      ? [
          {
            ...server,
            command: `npx tsx e2e-deploy/servers.ts cloudflare ${CLOUDFLARE_PORT}`,
            // A static asset: ready once workerd serves, before the worker's first (slow, cold) page.
            url: `http://127.0.0.1:${CLOUDFLARE_PORT}/workers/python.js`,
            env: { FAKE_GEMINI_PORT: String(FAKE_GEMINI_PORT) },
          },
        ]
      : []),
    ...(wanted('static') ? [{ ...server, command: `npx tsx e2e-deploy/servers.ts static ${STATIC_PORT}`, url: `http://127.0.0.1:${STATIC_PORT}/icon.svg` }] : []),
  ],
});

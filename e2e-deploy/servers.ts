/**
 * The servers the deployment tests run against (playwright.deploy.config.ts):
 *   cloudflare  the fake Gemini server, and `wrangler dev` (workerd, local
 *               only) serving .open-next/ with GEMINI_BASE_URL pointing at it
 *   static      out/ behind the static host of ./static-host.ts
 * Each runs until Playwright stops it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startFakeGemini } from '../scripts/fake-gemini';
import { startStaticHost } from './static-host';

const root = path.join(import.meta.dirname, '..');
const [mode, portArg] = process.argv.slice(2);
const port = Number(portArg);

async function cloudflare() {
  const fake = await startFakeGemini(Number(process.env.FAKE_GEMINI_PORT));
  const args = ['dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(port + 2)];
  args.push('--var', `GEMINI_BASE_URL:${fake.url}`, '--show-interactive-dev-session=false', '--log-level', 'warn');
  const wrangler = spawn(path.join(root, 'node_modules', '.bin', 'wrangler'), args, {
    cwd: root,
    // No account, no network: metrics off, and no update check worth waiting for.
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () => {
    wrangler.kill('SIGTERM');
    void fake.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  wrangler.on('exit', (code) => void fake.close().finally(() => process.exit(code ?? 0)));
}

async function staticHost() {
  const server = await startStaticHost(path.join(root, 'out'), port);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (mode === 'cloudflare') void cloudflare();
else if (mode === 'static') void staticHost();
else throw new Error(`Unknown server: ${mode}`);

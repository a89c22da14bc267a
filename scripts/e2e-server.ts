/**
 * The server the end-to-end tests run against: the fake Gemini server, and
 * the production build (scripts/serve.mjs, as `npm run serve`) pointed at it
 * with GEMINI_BASE_URL.
 * The app's output goes to test-results/next-server.log so tests can check
 * what the server logged (never a key).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startFakeGemini } from './fake-gemini';

const port = Number(process.env.E2E_PORT ?? 3100);
const fakePort = Number(process.env.FAKE_GEMINI_PORT ?? 3211);
export const SERVER_LOG = path.join(import.meta.dirname, '..', 'test-results', 'next-server.log');

async function main() {
  const fake = await startFakeGemini(fakePort);
  mkdirSync(path.dirname(SERVER_LOG), { recursive: true });
  const log = createWriteStream(SERVER_LOG, { flags: 'w' });
  const next = spawn(process.execPath, [path.join('scripts', 'serve.mjs'), '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, GEMINI_BASE_URL: fake.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  next.stdout.pipe(log);
  next.stderr.pipe(log);
  next.stderr.pipe(process.stderr);
  const stop = () => {
    next.kill('SIGTERM');
    void fake.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  next.on('exit', (code) => {
    void fake.close().finally(() => process.exit(code ?? 0));
  });
}

void main();

// @vitest-environment node
/**
 * `npm run smoke:gemini` is opt-in against the real API; here it runs as a
 * command against the fake Gemini server (`--base-url`), so its code stays
 * exercised: one call through each route and a readable report.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newKey, withFakeGemini } from './ai-helpers';

const fakeUrl = withFakeGemini();
const ROOT = path.join(import.meta.dirname, '..');

function smoke(args: string[], key: string | null): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.GEMINI_BASE_URL;
  delete env.GEMINI_API_KEY;
  if (key) env.GEMINI_API_KEY = key;
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/smoke-gemini.ts', ...args], { cwd: ROOT, env, timeout: 90_000 }, (error, stdout) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout }),
    );
  });
}

const ROUTES = ['test-connection', 'generate-question', 'get-hints', 'evaluate-code', 'reveal-solution', 'optimize-solution', 'tutor', 'explain-lesson', 'explain-example'];

describe('npm run smoke:gemini', () => {
  it('says there is no key and exits 0 without one', async () => {
    const { code, out } = await smoke([], null);
    expect(code).toBe(0);
    expect(out).toMatch(/GEMINI_API_KEY is not set, so nothing was checked/);
  });

  it('passes every route against the fake server, naming model, latency and tokens', async () => {
    const { code, out } = await smoke(['--base-url', fakeUrl()], newKey('smoke'));
    expect(out).toContain(`against ${fakeUrl()}`);
    for (const route of ROUTES) expect(out).toMatch(new RegExp(`^${route} +PASS `, 'm'));
    expect(out).toMatch(/^generate-question +PASS +gemini-3\.5-flash +\d+ (ms|s) +\d[\d,]* \/ \d[\d,]* +schema ok · “.+”, 8 tests$/m);
    expect(out).toMatch(/automatic choice: gemini-3\.5-flash, then gemini-3\.5-flash-lite, gemini-flash-latest/);
    expect(out).toContain('9 of 9 routes passed.');
    expect(code).toBe(0);
  });

  it('fails with the reason when the key cannot be used', async () => {
    const { code, out } = await smoke([`--base-url=${fakeUrl()}`, '--model', 'gemini-3.5-flash'], newKey('disabled'));
    expect(code).toBe(1);
    expect(out).toMatch(/^evaluate-code +FAIL +- .*service_disabled: The Gemini API \(Generative Language API\) is switched off/m);
    expect(out).toContain('0 of 9 routes passed.');
  });
});

/**
 * How much the AI route handlers add on top of the Gemini call itself:
 * POST /api/ai/evaluate-code on the production server (route → adapter → SDK
 * → fake Gemini) against the same adapter function called in-process (SDK →
 * fake Gemini). Prints JSON: medians over many alternating calls.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { evaluateCode } from '../src/adapters/gemini/server';
import { EvaluateRequest } from '../src/core/schemas/ai';
import { startFakeGemini } from './fake-gemini';

const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 60);
const PORT = 3201;
const BASE = `http://127.0.0.1:${PORT}`;
const KEY = 'AIza-bench-route-overhead';

const body = {
  model: 'gemini-2.5-flash',
  fallbacks: [],
  problem: { title: 'Sum of evens', statement: 'Return the sum of the even numbers.', entryPoint: 'sum_evens', difficulty: 'beginner', topic: 'Lists' },
  code: 'def sum_evens(numbers):\n    return sum(n for n in numbers if n % 2 == 0)\n',
  results: { passed: 8, total: 8, failures: [] },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main() {
  const fake = await startFakeGemini(0);
  process.env.GEMINI_BASE_URL = fake.url;
  const server = spawn(process.execPath, [path.join('scripts', 'serve.mjs'), '-H', '127.0.0.1', '-p', String(PORT)], {
    env: { ...process.env, GEMINI_BASE_URL: fake.url },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-(server.pid ?? 0), 'SIGTERM');
    } catch {
      // gone
    }
  };
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(BASE)).ok) break;
      } catch {
        if (i > 120) throw new Error('server did not start');
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const parsed = EvaluateRequest.parse(body);
    const viaRoute = async () => {
      const started = performance.now();
      const res = await fetch(`${BASE}/api/ai/evaluate-code`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-API-Key': KEY }, body: JSON.stringify(body) });
      await res.json();
      if (!res.ok) throw new Error(`route answered ${res.status}`);
      return performance.now() - started;
    };
    const direct = async () => {
      const started = performance.now();
      await evaluateCode(parsed, { key: KEY });
      return performance.now() - started;
    };
    for (let i = 0; i < 10; i++) {
      await viaRoute();
      await direct();
    }
    const route: number[] = [];
    const sdk: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      route.push(await viaRoute());
      sdk.push(await direct());
    }
    const round = (n: number) => Math.round(n * 100) / 100;
    console.log(
      JSON.stringify({
        rounds: ROUNDS,
        routeMedianMs: round(median(route)),
        directMedianMs: round(median(sdk)),
        overheadMedianMs: round(median(route) - median(sdk)),
      }),
    );
  } finally {
    stop();
    await fake.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// @vitest-environment node
/**
 * "Measure growth" through the real worker protocol, under Node Pyodide: a
 * quadratic and a linear solution of a bank problem, timed on its own
 * generator, are named apart; errors, Stop and the budget come back as values.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitGrowth, growthSizes } from '@/core/growth';
import type { GrowthPoint } from '@/core/python/protocol';
import { ProblemPack } from '@/core/schemas/problem';
import { nodeWorkerPath } from '../../../scripts/build-workers.mjs';
import type { PythonClient } from './client';
import { createNodePythonClient } from './node';

const pack = ProblemPack.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../data/bank/hashing.json'), 'utf8')));
const dedupe = pack.problems.find((p) => p.id === 'hashing-dedupe-keep-order')!;

// Membership in a list: every item scans what was kept so far.
const QUADRATIC = `def dedupe(items):
    result = []
    for item in items:
        if item not in result:
            result.append(item)
    return result
`;

let python: PythonClient;

beforeAll(async () => {
  python = createNodePythonClient(nodeWorkerPath);
  await python.ready();
}, 60_000);

afterAll(() => python?.dispose());

function request(code: string, sizes: number[], budgetMs = 4_000) {
  return { code, reference: dedupe.solution, generator: dedupe.generator!.code, entry: 'dedupe', sizes, budgetMs, pointMs: 1_000 };
}

describe('measure', () => {
  it('names a quadratic solution O(n²) and the linear reference O(n)', async () => {
    const points: GrowthPoint[] = [];
    const result = await python.measure(request(QUADRATIC, growthSizes(16_384, 64), 4_500), { onPoint: (p) => points.push(p) });
    expect(['completed', 'budget']).toContain(result.status);
    const mine = fitGrowth(points.filter((p) => p.who === 'mine'));
    const reference = fitGrowth(points.filter((p) => p.who === 'reference'));
    expect(mine?.order).toBe('quadratic');
    expect(reference?.order).toBe('linear');
    expect(mine!.exponent).toBeGreaterThan(reference!.exponent + 0.5);
    // Timings arrive in order of size, each function once per size.
    const sizes = points.filter((p) => p.who === 'reference').map((p) => p.n);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  });

  it('stops before sizes that would not fit the budget', async () => {
    const points: GrowthPoint[] = [];
    const result = await python.measure(request(QUADRATIC, growthSizes(1_000_000, 256), 600), { onPoint: (p) => points.push(p) });
    expect(result.status).toBe('budget');
    expect(Math.max(...points.map((p) => p.n))).toBeLessThan(1_000_000);
    expect(result.durationMs).toBeLessThan(5_000);
  });

  it('reports an error raised by the learner function, with its size', async () => {
    const result = await python.measure(request('def dedupe(items):\n    return items[5]\n', [2, 8]));
    expect(result.status).toBe('error');
    expect(result.error).toMatchObject({ who: 'mine', type: 'IndexError', n: 2 });
  });

  it('reports a program that does not define the function', async () => {
    const result = await python.measure(request('def other(items):\n    return items\n', [8]));
    expect(result).toMatchObject({ status: 'error', error: { who: 'mine', type: 'NameError' } });
  });

  it('Stop ends a measurement as a value, and the runner still works after', async () => {
    const slow = 'def dedupe(items):\n    while True:\n        pass\n';
    const measuring = python.measure(request(slow, [8], 60_000));
    setTimeout(() => python.stop(), 300);
    const result = await measuring;
    expect(result.status).toBe('interrupted');
    const after = await python.run('print(1 + 1)');
    expect(after.status).toBe('ok');
  });
});

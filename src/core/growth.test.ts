import { describe, expect, it } from 'vitest';
import { fitGrowth, growthRows, growthSizes, type GrowthOrder } from './growth';

/** A seeded generator, so the noise is the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Timings of cost(n) at the given sizes, with a call overhead and ±noise relative jitter. */
function timings(cost: (n: number) => number, sizes: number[], { overhead = 1e-6, noise = 0.05, seed = 1 } = {}) {
  const next = random(seed);
  return sizes.map((n) => {
    const seconds = (overhead + cost(n)) * (1 + noise * (2 * next() - 1));
    // Batches last at least 5 ms, as the worker makes them.
    return { n, seconds, loops: Math.max(1, Math.ceil(0.005 / seconds)) };
  });
}

const WIDE = growthSizes(65_536);

describe('growthRows', () => {
  it('puts both timings of a size in one row, sizes ascending', () => {
    const rows = growthRows([
      { who: 'reference', n: 16, seconds: 2e-6 },
      { who: 'mine', n: 8, seconds: 1e-6 },
      { who: 'mine', n: 16, seconds: 3e-6 },
    ]);
    expect(rows).toEqual([
      { n: 8, mine: 1e-6 },
      { n: 16, mine: 3e-6, reference: 2e-6 },
    ]);
  });

  it('leaves out timings a logarithmic axis cannot place (zero, negative, not finite) and sizes below 1', () => {
    const rows = growthRows([
      { who: 'mine', n: 8, seconds: 0 },
      { who: 'reference', n: 8, seconds: 4e-7 },
      { who: 'mine', n: 16, seconds: Number.NaN },
      { who: 'reference', n: 16, seconds: -1 },
      { who: 'mine', n: 0, seconds: 1e-6 },
      { who: 'mine', n: 32, seconds: Number.POSITIVE_INFINITY },
      { who: 'mine', n: 64, seconds: 2e-6 },
    ]);
    expect(rows).toEqual([
      { n: 8, reference: 4e-7 },
      { n: 64, mine: 2e-6 },
    ]);
  });
});

describe('growthSizes', () => {
  it('doubles from 8 and ends at maxN', () => {
    expect(growthSizes(100)).toEqual([8, 16, 32, 64, 100]);
    expect(growthSizes(64)).toEqual([8, 16, 32, 64]);
    expect(growthSizes(5)).toEqual([5]);
    expect(growthSizes(1)).toEqual([1]);
  });
});

describe('fitGrowth names each order from noisy timings', () => {
  const cases: Array<[GrowthOrder, (n: number) => number, number[], number, number]> = [
    ['constant', () => 2e-6, WIDE, -0.1, 0.1],
    ['logarithmic', (n) => 3e-6 * Math.log2(n), WIDE, 0.03, 0.6],
    ['linear', (n) => 5e-8 * n, WIDE, 0.9, 1.08],
    ['linearithmic', (n) => 2e-8 * n * Math.log2(n), WIDE, 1.05, 1.3],
    ['quadratic', (n) => 3e-8 * n * n, growthSizes(4096), 1.85, 2.1],
    ['exponential', (n) => 1e-7 * 2 ** n, [2, 4, 6, 8, 10, 12, 14, 16, 18, 20], 2.5, 20],
  ];
  for (const [order, cost, sizes, low, high] of cases) {
    it(`${order}, over seeds`, () => {
      for (let seed = 1; seed <= 5; seed++) {
        const fit = fitGrowth(timings(cost, sizes, { seed }));
        expect(fit?.order, `seed ${seed}`).toBe(order);
        expect(fit?.exponent).toBeGreaterThan(low);
        expect(fit?.exponent).toBeLessThan(high);
        expect(fit?.confidence).not.toBe('unsure');
      }
    });
  }

  it('a linear function with a large call overhead is still linear (small sizes are set aside)', () => {
    const fit = fitGrowth(timings((n) => 2e-8 * n, WIDE, { overhead: 5e-6 }));
    expect(fit?.order).toBe('linear');
  });

  it('reports a clean quadratic as clear, with its exponent', () => {
    const fit = fitGrowth(timings((n) => 1e-8 * n * n, growthSizes(2048), { noise: 0.01 }));
    expect(fit).toMatchObject({ order: 'quadratic', confidence: 'clear' });
    expect(fit?.exponent).toBeCloseTo(2, 1);
  });
});

describe('fitGrowth edge cases', () => {
  it('needs two usable sizes', () => {
    expect(fitGrowth([])).toBeNull();
    expect(fitGrowth([{ n: 8, seconds: 0.01, loops: 1 }])).toBeNull();
  });

  it('two sizes give an order, marked unsure for too few points', () => {
    const fit = fitGrowth([
      { n: 100, seconds: 0.01, loops: 1 },
      { n: 1000, seconds: 1, loops: 1 },
    ]);
    expect(fit).toMatchObject({ order: 'quadratic', confidence: 'unsure', reason: 'few-points' });
    expect(fit?.exponent).toBeCloseTo(2, 5);
  });

  it('flat timings are constant', () => {
    const fit = fitGrowth(WIDE.map((n) => ({ n, seconds: 1e-5, loops: 500 })));
    expect(fit?.order).toBe('constant');
    expect(fit?.exponent).toBeCloseTo(0, 5);
  });

  it('scattered timings are unsure (noisy)', () => {
    const fit = fitGrowth(timings((n) => 5e-8 * n, WIDE, { noise: 0.95, seed: 3 }));
    expect(fit?.confidence).toBe('unsure');
    expect(fit?.reason).toBe('noisy');
  });

  it('ignores batches below the timer-noise floor and repeated sizes keep their fastest timing', () => {
    const fit = fitGrowth([
      { n: 8, seconds: 1e-7, loops: 1 }, // 0.1 µs batch: noise
      { n: 16, seconds: 2e-3, loops: 1 },
      { n: 16, seconds: 1.6e-3, loops: 1 },
      { n: 32, seconds: 3.2e-3, loops: 1 },
      { n: 64, seconds: 6.4e-3, loops: 1 },
      { n: 128, seconds: 12.8e-3, loops: 1 },
    ]);
    expect(fit?.used).toBe(4);
    expect(fit?.exponent).toBeCloseTo(1, 5);
  });

  it('a quadratic whose largest sizes a busy machine slowed down is not taken for 2ⁿ', () => {
    // Measured on a 2-core machine at load 17 (first-unique-char, a count per character).
    const ms = [
      [8, 0.001906, 1284],
      [16, 0.004558, 502],
      [32, 0.1303, 120],
      [64, 0.1892, 11],
      [128, 0.5092, 4],
      [256, 2.037, 2],
      [512, 27.72, 1],
      [1024, 532.0, 1],
    ];
    const fit = fitGrowth(ms.map(([n, milliseconds, loops]) => ({ n, seconds: milliseconds / 1000, loops })));
    expect(fit?.order).toBe('quadratic');
    expect(fit?.confidence).toBe('unsure');
  });

  it('a narrow range of sizes is unsure', () => {
    const fit = fitGrowth(timings((n) => 1e-6 * n, [100, 120, 140, 160, 180]));
    expect(fit).toMatchObject({ confidence: 'unsure', reason: 'narrow' });
  });
});

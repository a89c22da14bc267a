import { describe, expect, it } from 'vitest';
import prices from '../../data/gemini-prices.json';
import { AI_ENDPOINTS } from './schemas/ai';
import {
  callsOnDay,
  callsToday,
  capReached,
  costOf,
  dayRange,
  estimateCost,
  makeUsageRecord,
  median,
  mergeUsage,
  migrateUsage,
  perDay,
  perEndpoint,
  perModel,
  priceFor,
  PriceTable,
  recentCalls,
  recordUsage,
  USAGE_LIMIT,
  UsageRecord,
  UsageState,
  usageTotals,
} from './usage';

/** 2024-03-10 12:00 UTC. */
const NOON = Date.UTC(2024, 2, 10, 12, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Days in UTC unless a test says otherwise. */
const UTC = 0;

let seq = 0;
function rec(overrides: Partial<UsageRecord> = {}): UsageRecord {
  seq += 1;
  return UsageRecord.parse({
    id: `r${String(seq).padStart(5, '0')}`,
    at: NOON,
    endpoint: 'get-hints',
    model: 'gemini-2.5-flash',
    inputTokens: 1_000,
    outputTokens: 200,
    latencyMs: 800,
    ok: true,
    ...overrides,
  });
}

function state(...records: UsageRecord[]): UsageState {
  return { records };
}

const TABLE: PriceTable = PriceTable.parse({
  asOf: '2026-11',
  source: 'https://ai.google.dev/gemini-api/docs/pricing',
  currency: 'USD',
  note: 'Free-tier keys are not charged.',
  models: {
    'gemini-2.5-flash': { inputPerMillion: 0.3, outputPerMillion: 2.5 },
    'gemini-2.5-flash-lite': { inputPerMillion: 0.1, outputPerMillion: 0.4 },
    'gemini-2.5-pro': { inputPerMillion: 1.25, outputPerMillion: 10 },
    'gemini-3-pro-preview': { inputPerMillion: 2, outputPerMillion: 12 },
  },
});

describe('UsageRecord', () => {
  it('accepts a successful call and a call that failed before any model answered', () => {
    expect(UsageRecord.safeParse(rec()).success).toBe(true);
    const failed = { ...rec(), model: '', inputTokens: 0, outputTokens: 0, ok: false, errorCode: 'missing_key' };
    expect(UsageRecord.parse(failed)).toEqual(failed);
  });

  it('rejects unknown endpoints and error codes, negative or fractional tokens and negative latency', () => {
    const good = rec();
    for (const bad of [
      { endpoint: 'chat' },
      { errorCode: 'teapot' },
      { inputTokens: -1 },
      { outputTokens: 1.5 },
      { latencyMs: -3 },
      { at: 'noon' },
      { id: '' },
      { ok: 'yes' },
      { model: 7 },
    ]) {
      expect(UsageRecord.safeParse({ ...good, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('makeUsageRecord', () => {
  it('adds an id and the time, and keeps what was measured', () => {
    const made = makeUsageRecord(
      { endpoint: 'tutor', model: 'gemini-2.5-pro', inputTokens: 10, outputTokens: 20, latencyMs: 123.4, ok: true },
      NOON,
      () => 0.5,
    );
    expect(made).toEqual({ id: `${NOON.toString(36)}-${(2 ** 31).toString(36)}`, at: NOON, endpoint: 'tutor', model: 'gemini-2.5-pro', inputTokens: 10, outputTokens: 20, latencyMs: 123.4, ok: true });
    expect(UsageRecord.safeParse(made).success).toBe(true);
  });

  it('keeps a given id and time', () => {
    const made = makeUsageRecord({ id: 'given', at: NOON - 5, endpoint: 'tutor', model: '', inputTokens: 0, outputTokens: 0, latencyMs: 0, ok: false, errorCode: 'quota' }, NOON);
    expect(made).toMatchObject({ id: 'given', at: NOON - 5, errorCode: 'quota' });
  });

  it('turns impossible numbers into valid ones and drops an error code on a successful call', () => {
    const made = makeUsageRecord(
      { endpoint: 'evaluate-code', model: '  gemini-2.5-flash ', inputTokens: -4, outputTokens: 2.6, latencyMs: Number.NaN, ok: true, errorCode: 'upstream' },
      NOON,
    );
    expect(made).toMatchObject({ model: 'gemini-2.5-flash', inputTokens: 0, outputTokens: 3, latencyMs: 0 });
    expect(made).not.toHaveProperty('errorCode');
    expect(UsageRecord.safeParse(made).success).toBe(true);
    const infinite = makeUsageRecord({ endpoint: 'tutor', model: 'x'.repeat(300), inputTokens: Infinity, outputTokens: 1, latencyMs: -1, ok: false }, NOON);
    expect(infinite).toMatchObject({ inputTokens: 0, latencyMs: 0, ok: false });
    expect(infinite.model).toHaveLength(100);
    expect(UsageRecord.safeParse(infinite).success).toBe(true);
  });

  it('gives distinct ids to calls made in the same millisecond', () => {
    const input = { endpoint: 'tutor', model: '', inputTokens: 0, outputTokens: 0, latencyMs: 0, ok: true } as const;
    const ids = new Set(Array.from({ length: 50 }, () => makeUsageRecord(input, NOON).id));
    expect(ids.size).toBe(50);
  });
});

describe('recordUsage', () => {
  it('appends in time order without changing the given state', () => {
    const a = rec({ at: NOON });
    const b = rec({ at: NOON + 1 });
    const before = state(a);
    const after = recordUsage(before, b);
    expect(after.records).toEqual([a, b]);
    expect(before.records).toEqual([a]);
  });

  it('puts a late-arriving record in its place', () => {
    const a = rec({ at: NOON });
    const b = rec({ at: NOON + 10 });
    const late = rec({ at: NOON + 5 });
    expect(recordUsage(state(a, b), late).records).toEqual([a, late, b]);
  });

  it('replaces a record with the same id', () => {
    const a = rec();
    const updated = { ...a, outputTokens: 999 };
    expect(recordUsage(state(a), updated).records).toEqual([updated]);
  });

  it('drops the oldest records beyond the limit', () => {
    const full = state(...Array.from({ length: USAGE_LIMIT }, (_, i) => rec({ id: `old-${i}`, at: NOON + i })));
    const next = recordUsage(full, rec({ id: 'new', at: NOON + USAGE_LIMIT }));
    expect(next.records).toHaveLength(USAGE_LIMIT);
    expect(next.records[0].id).toBe('old-1');
    expect(next.records.at(-1)?.id).toBe('new');
  });
});

describe('mergeUsage', () => {
  it('unions two copies by id in time order, and merging twice changes nothing', () => {
    const a = rec({ at: NOON });
    const b = rec({ at: NOON + 2 });
    const c = rec({ at: NOON + 1 });
    const merged = mergeUsage(state(a, b), state(c, b));
    expect(merged.records).toEqual([a, c, b]);
    expect(mergeUsage(merged, state(c, b))).toEqual(merged);
    expect(mergeUsage(state(c, b), state(a, b))).toEqual(merged);
  });

  it('keeps calls made in the same millisecond in the order they were recorded', () => {
    const a = rec({ id: 'zzz', at: NOON });
    const b = rec({ id: 'aaa', at: NOON });
    expect(recordUsage(state(a), b).records).toEqual([a, b]);
    expect(mergeUsage(state(a, b), state(b)).records).toEqual([a, b]);
    expect(migrateUsage({ records: [a, b] }).records).toEqual([a, b]);
  });

  it('keeps the first copy of a clashing id and the newest records within the limit', () => {
    const a = rec();
    expect(mergeUsage(state(a), state({ ...a, outputTokens: 1 })).records).toEqual([a]);
    const mine = Array.from({ length: USAGE_LIMIT }, (_, i) => rec({ id: `m${i}`, at: NOON + 2 * i }));
    const theirs = Array.from({ length: 10 }, (_, i) => rec({ id: `t${i}`, at: NOON + 2 * USAGE_LIMIT + i }));
    const merged = mergeUsage(state(...mine), state(...theirs));
    expect(merged.records).toHaveLength(USAGE_LIMIT);
    expect(merged.records.at(-1)?.id).toBe('t9');
    expect(merged.records[0].id).toBe('m10');
  });
});

describe('migrateUsage', () => {
  it('reads a valid state, sorted and without duplicate ids', () => {
    const a = rec({ at: NOON + 5 });
    const b = rec({ at: NOON });
    expect(migrateUsage({ records: [a, b, a] })).toEqual({ records: [b, a] });
  });

  it('keeps the valid records of damaged data and reads anything else as empty', () => {
    const good = rec();
    expect(migrateUsage({ records: [good, { ...good, id: 'x', endpoint: 'chat' }, null, 'junk', { id: 5 }], extra: 1 })).toEqual({ records: [good] });
    for (const junk of [undefined, null, 0, 'usage', [], [good], { records: 'many' }, { records: {} }, {}]) {
      expect(migrateUsage(junk), JSON.stringify(junk)).toEqual({ records: [] });
    }
  });
});

describe('days and the daily cap', () => {
  const yesterday = rec({ at: NOON - DAY });
  const earlyToday = rec({ at: Date.UTC(2024, 2, 10, 0, 30) });
  const failedToday = rec({ at: NOON - HOUR, ok: false, errorCode: 'rate_limited', model: '', inputTokens: 0, outputTokens: 0 });
  const lateToday = rec({ at: Date.UTC(2024, 2, 10, 23, 30) });
  const usage = state(yesterday, earlyToday, failedToday, lateToday);

  it('counts every call of a day, failed ones included', () => {
    expect(callsOnDay(usage, '2024-03-10', UTC)).toBe(3);
    expect(callsOnDay(usage, '2024-03-09', UTC)).toBe(1);
    expect(callsOnDay(usage, '2024-03-08', UTC)).toBe(0);
    expect(callsToday(usage, NOON, UTC)).toBe(3);
    expect(callsToday(state(), NOON, UTC)).toBe(0);
  });

  it('uses the learner’s calendar day', () => {
    // UTC+2: 23:30 UTC on the 10th is already the 11th.
    expect(callsOnDay(usage, '2024-03-10', -120)).toBe(2);
    expect(callsOnDay(usage, '2024-03-11', -120)).toBe(1);
    // UTC-5: 00:30 UTC on the 10th is still the 9th.
    expect(callsOnDay(usage, '2024-03-09', 300)).toBe(2);
  });

  it('follows the local time zone by default', () => {
    const local = state(rec({ at: NOON }));
    expect(callsToday(local, NOON)).toBe(1);
    expect(callsToday(local, NOON + 2 * DAY)).toBe(0);
  });

  it('is reached once today’s calls reach the cap; 0 means no cap', () => {
    expect(capReached(usage, 4, NOON, UTC)).toBe(false);
    expect(capReached(usage, 3, NOON, UTC)).toBe(true);
    expect(capReached(usage, 1, NOON, UTC)).toBe(true);
    expect(capReached(usage, 0, NOON, UTC)).toBe(false);
    expect(capReached(usage, -1, NOON, UTC)).toBe(false);
    expect(capReached(usage, Number.NaN, NOON, UTC)).toBe(false);
    expect(capReached(usage, Infinity, NOON, UTC)).toBe(false);
    // A new day starts from zero.
    expect(capReached(usage, 1, NOON + 2 * DAY, UTC)).toBe(false);
    expect(capReached(state(), 1, NOON, UTC)).toBe(false);
  });

  it('lists calendar days across months, leap days and clock changes', () => {
    expect(dayRange('2024-03-02', 4)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    expect(dayRange('2024-03-31', 2)).toEqual(['2024-03-30', '2024-03-31']);
    expect(dayRange('2024-01-01', 1)).toEqual(['2024-01-01']);
    expect(dayRange('2024-01-01', 0)).toEqual([]);
    expect(dayRange('not a day', 3)).toEqual([]);
  });

  it('sums calls, errors and tokens per day, with empty days as zeros', () => {
    const rows = perDay(usage, 3, NOON, UTC);
    expect(rows).toEqual([
      { day: '2024-03-08', calls: 0, errors: 0, inputTokens: 0, outputTokens: 0 },
      { day: '2024-03-09', calls: 1, errors: 0, inputTokens: 1_000, outputTokens: 200 },
      { day: '2024-03-10', calls: 3, errors: 1, inputTokens: 2_000, outputTokens: 400 },
    ]);
    expect(perDay(usage, 14, NOON, UTC)).toHaveLength(14);
    // Calls older than the range are left out.
    expect(perDay(usage, 1, NOON, UTC)).toEqual([{ day: '2024-03-10', calls: 3, errors: 1, inputTokens: 2_000, outputTokens: 400 }]);
  });
});

describe('summaries', () => {
  it('totals calls, errors and tokens', () => {
    expect(usageTotals([])).toEqual({ calls: 0, errors: 0, inputTokens: 0, outputTokens: 0 });
    expect(usageTotals([rec(), rec({ ok: false, errorCode: 'safety', inputTokens: 5, outputTokens: 0 })])).toEqual({
      calls: 2,
      errors: 1,
      inputTokens: 1_005,
      outputTokens: 200,
    });
  });

  it('takes medians', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('groups by endpoint, most calls first, with the median latency of successful calls', () => {
    const rows = perEndpoint(
      state(
        rec({ endpoint: 'tutor', latencyMs: 100 }),
        rec({ endpoint: 'tutor', latencyMs: 300 }),
        rec({ endpoint: 'tutor', latencyMs: 5, ok: false, errorCode: 'upstream', inputTokens: 0, outputTokens: 0 }),
        rec({ endpoint: 'get-hints', latencyMs: 50 }),
        rec({ endpoint: 'evaluate-code', latencyMs: 10, ok: false, errorCode: 'invalid_key', model: '', inputTokens: 0, outputTokens: 0 }),
      ),
    );
    expect(rows).toEqual([
      { endpoint: 'tutor', calls: 3, errors: 1, inputTokens: 2_000, outputTokens: 400, medianLatencyMs: 200 },
      { endpoint: 'get-hints', calls: 1, errors: 0, inputTokens: 1_000, outputTokens: 200, medianLatencyMs: 50 },
      { endpoint: 'evaluate-code', calls: 1, errors: 1, inputTokens: 0, outputTokens: 0, medianLatencyMs: null },
    ]);
    expect(perEndpoint(state())).toEqual([]);
    // Ties follow the order of AI_ENDPOINTS.
    const tied = perEndpoint(state(...[...AI_ENDPOINTS].reverse().map((endpoint) => rec({ endpoint }))));
    expect(tied.map((r) => r.endpoint)).toEqual([...AI_ENDPOINTS]);
  });

  it('groups by model with a cost where the table has a price', () => {
    const rows = perModel(
      state(
        rec({ model: 'gemini-2.5-flash', inputTokens: 1_000_000, outputTokens: 1_000_000 }),
        rec({ model: 'gemini-2.5-flash-001', inputTokens: 0, outputTokens: 0, ok: false, errorCode: 'safety' }),
        rec({ model: 'gemini-2.5-flash', inputTokens: 1_000_000, outputTokens: 0 }),
        rec({ model: 'gemma-3-27b-it', inputTokens: 10, outputTokens: 10 }),
        rec({ model: '', inputTokens: 0, outputTokens: 0, ok: false, errorCode: 'missing_key' }),
      ),
      TABLE,
    );
    expect(rows).toEqual([
      { model: 'gemini-2.5-flash', calls: 2, errors: 0, inputTokens: 2_000_000, outputTokens: 1_000_000, priceEntry: 'gemini-2.5-flash', costUsd: 0.3 * 2 + 2.5 },
      { model: '', calls: 1, errors: 1, inputTokens: 0, outputTokens: 0, priceEntry: null, costUsd: 0 },
      { model: 'gemini-2.5-flash-001', calls: 1, errors: 1, inputTokens: 0, outputTokens: 0, priceEntry: 'gemini-2.5-flash', costUsd: 0 },
      { model: 'gemma-3-27b-it', calls: 1, errors: 0, inputTokens: 10, outputTokens: 10, priceEntry: null, costUsd: null },
    ]);
    // Without a table, only token-free rows have a (zero) cost.
    expect(perModel(state(rec(), rec({ model: '', inputTokens: 0, outputTokens: 0 }))).map((r) => [r.model, r.costUsd])).toEqual([
      ['', 0],
      ['gemini-2.5-flash', null],
    ]);
  });

  it('lists the newest calls first', () => {
    const records = [rec({ at: 1 }), rec({ at: 2 }), rec({ at: 3 })];
    expect(recentCalls(state(...records), 2)).toEqual([records[2], records[1]]);
    expect(recentCalls(state(...records), 10)).toEqual([...records].reverse());
    expect(recentCalls(state(...records), 0)).toEqual([]);
  });
});

describe('prices', () => {
  it('matches exact names, any case, with or without the models/ prefix', () => {
    expect(priceFor('gemini-2.5-flash', TABLE)).toEqual({ entry: 'gemini-2.5-flash', inputPerMillion: 0.3, outputPerMillion: 2.5 });
    expect(priceFor('models/gemini-2.5-pro', TABLE)?.entry).toBe('gemini-2.5-pro');
    expect(priceFor(' Gemini-2.5-Flash-Lite ', TABLE)?.entry).toBe('gemini-2.5-flash-lite');
  });

  it('prices snapshots and aliases of a model as the model', () => {
    expect(priceFor('gemini-2.5-flash-001', TABLE)?.entry).toBe('gemini-2.5-flash');
    expect(priceFor('gemini-2.5-flash-latest', TABLE)?.entry).toBe('gemini-2.5-flash');
    expect(priceFor('gemini-2.5-flash-lite-002', TABLE)?.entry).toBe('gemini-2.5-flash-lite');
    expect(priceFor('gemini-3-pro-preview-11-2025', TABLE)?.entry).toBe('gemini-3-pro-preview');
    expect(priceFor('gemini-2.5-pro-001-latest', TABLE)?.entry).toBe('gemini-2.5-pro');
  });

  it('never guesses a price from a similar name', () => {
    for (const model of [
      'gemini-2.5-flash-image',
      'gemini-2.5-flash-preview-05-20',
      'gemini-2.5-flash-lite-preview-06-17',
      'gemini-2.5',
      'gemini-2.5-flash-exp',
      'gemini-3-pro',
      'gemini-flash-latest',
      'gemma-3-27b-it',
      '',
      'latest',
      'toString',
      '__proto__',
      'constructor',
    ]) {
      expect(priceFor(model, TABLE), model).toBeUndefined();
    }
  });

  it('costs tokens at a price per million', () => {
    expect(costOf(1_000_000, 1_000_000, { inputPerMillion: 0.3, outputPerMillion: 2.5 })).toBeCloseTo(2.8, 10);
    expect(costOf(0, 0, { inputPerMillion: 9, outputPerMillion: 9 })).toBe(0);
    expect(costOf(500, 0, { inputPerMillion: 2, outputPerMillion: 12 })).toBeCloseTo(0.001, 12);
  });

  it('estimates the cost of priced tokens and counts unpriced ones apart', () => {
    const estimate = estimateCost(
      [
        rec({ model: 'gemini-2.5-flash', inputTokens: 2_000_000, outputTokens: 400_000 }),
        rec({ model: 'gemini-2.5-flash-001', inputTokens: 1_000_000, outputTokens: 0 }),
        rec({ model: 'gemini-2.5-pro', inputTokens: 100_000, outputTokens: 10_000 }),
        rec({ model: 'gemma-3-27b-it', inputTokens: 700, outputTokens: 300 }),
        rec({ model: 'gemini-9-ultra', inputTokens: 1, outputTokens: 2 }),
        rec({ model: 'gemini-9-ultra', inputTokens: 0, outputTokens: 0, ok: false, errorCode: 'upstream' }),
        rec({ model: '', inputTokens: 0, outputTokens: 0, ok: false, errorCode: 'missing_key' }),
      ],
      TABLE,
    );
    expect(estimate.usd).toBeCloseTo(3 * 0.3 + 0.4 * 2.5 + 0.1 * 1.25 + 0.01 * 10, 10);
    expect(estimate).toMatchObject({
      pricedInputTokens: 3_100_000,
      pricedOutputTokens: 410_000,
      unpricedInputTokens: 701,
      unpricedOutputTokens: 302,
      unpricedModels: ['gemini-9-ultra', 'gemma-3-27b-it'],
    });
  });

  it('estimates nothing for no calls or only failed calls', () => {
    const none = { usd: 0, pricedInputTokens: 0, pricedOutputTokens: 0, unpricedInputTokens: 0, unpricedOutputTokens: 0, unpricedModels: [] };
    expect(estimateCost([], TABLE)).toEqual(none);
    expect(estimateCost([rec({ model: 'gemini-9', inputTokens: 0, outputTokens: 0, ok: false })], TABLE)).toEqual(none);
  });

  it('rejects malformed price tables', () => {
    const good = PriceTable.parse(TABLE);
    for (const bad of [
      { asOf: '2026-13' },
      { asOf: 'November 2026' },
      { source: 'http://ai.google.dev/gemini-api/docs/pricing' },
      { source: 'not a url' },
      { currency: 'EUR' },
      { note: '' },
      { models: {} },
      { models: { 'gemini-2.5-flash': { inputPerMillion: -1, outputPerMillion: 1 } } },
      { models: { 'gemini-2.5-flash': { inputPerMillion: 1 } } },
      { models: { 'GPT 5': { inputPerMillion: 1, outputPerMillion: 1 } } },
    ]) {
      expect(PriceTable.safeParse({ ...good, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('data/gemini-prices.json', () => {
  const table = PriceTable.parse(prices);

  it('is a valid price table, dated and with its source', () => {
    expect(table.asOf).toBe('2026-11');
    expect(table.source).toBe('https://ai.google.dev/gemini-api/docs/pricing');
    expect(table.note).toMatch(/free tier/i);
  });

  it('prices the common Gemini models, with output dearer than input', () => {
    for (const model of [
      'gemini-2.5-pro',
      'gemini-2.5-flash',
      'gemini-2.5-flash-lite',
      'gemini-2.0-flash',
      'gemini-2.0-flash-lite',
      'gemini-3-pro-preview',
      'gemini-3-flash-preview',
    ]) {
      const price = priceFor(model, table);
      expect(price?.entry, model).toBe(model);
      expect(price!.inputPerMillion, model).toBeGreaterThan(0);
      expect(price!.outputPerMillion, model).toBeGreaterThan(price!.inputPerMillion);
      // Sanity bounds: list prices are cents to tens of dollars per million tokens.
      expect(price!.outputPerMillion, model).toBeLessThan(100);
    }
  });

  it('keeps each name distinct from its neighbours', () => {
    expect(priceFor('gemini-2.5-flash-lite', table)).not.toEqual(priceFor('gemini-2.5-flash', table));
    expect(priceFor('gemini-2.0-flash-lite-001', table)?.entry).toBe('gemini-2.0-flash-lite');
  });
});

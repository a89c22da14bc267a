/**
 * Usage of the AI features: one record per `/api/ai/*` call, summaries for the
 * usage page, the daily cap and a cost estimate from a price table.
 * Pure functions; the usage store only calls them.
 */
import * as z from 'zod/mini';
import { dayKey, eventId } from './history';
import { AI_ENDPOINTS, AiEndpoint, AiErrorCode, CallStep, ModelName } from './schemas/ai';

export const UsageRecord = z.object({
  /** Unique per call (time + random suffix), so merging two copies is safe. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** When the call started, in milliseconds since 1970. */
  at: z.number().check(z.int(), z.gte(0), z.lte(8.64e15)),
  endpoint: AiEndpoint,
  /** The model that answered; '' when the call failed before any model answered. */
  model: z.string().check(z.maxLength(100)),
  inputTokens: z.number().check(z.int(), z.gte(0)),
  outputTokens: z.number().check(z.int(), z.gte(0)),
  /** From sending the request to the last byte of the answer. */
  latencyMs: z.number().check(z.gte(0)),
  ok: z.boolean(),
  /** Why the call failed (failed calls only). */
  errorCode: z.optional(AiErrorCode),
  /** Each request the call made to Gemini (fallback models, JSON without a schema, a repair), in order. */
  steps: z.optional(z.array(CallStep).check(z.maxLength(20))),
});
export type UsageRecord = z.infer<typeof UsageRecord>;

export const UsageState = z.object({ records: z._default(z.array(UsageRecord), []) });
export type UsageState = z.infer<typeof UsageState>;

/** Beyond this many records, the oldest are dropped. */
export const USAGE_LIMIT = 5_000;

/** What a caller knows about a call; the id and, by default, the time are added. */
export type UsageInput = Omit<UsageRecord, 'id' | 'at'> & { id?: string; at?: number };

function count(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
}

/** A well-formed record from what the caller measured (negative or non-finite numbers become 0). */
export function makeUsageRecord(input: UsageInput, now: number, random: () => number = Math.random): UsageRecord {
  const at = input.at !== undefined && Number.isFinite(input.at) ? count(input.at) : count(now);
  const record: UsageRecord = {
    id: input.id || eventId(at, random),
    at,
    endpoint: input.endpoint,
    model: input.model.trim().slice(0, 100),
    inputTokens: count(input.inputTokens),
    outputTokens: count(input.outputTokens),
    latencyMs: Number.isFinite(input.latencyMs) ? Math.max(0, input.latencyMs) : 0,
    ok: input.ok,
  };
  if (!input.ok && input.errorCode) record.errorCode = input.errorCode;
  if (input.steps?.length) record.steps = input.steps.slice(0, 20);
  return record;
}

/** For a stable sort: calls made in the same millisecond keep their order. */
const byTime = (x: UsageRecord, y: UsageRecord) => x.at - y.at;

function limited(records: UsageRecord[]): UsageState {
  return { records: records.length > USAGE_LIMIT ? records.slice(records.length - USAGE_LIMIT) : records };
}

/** Adds a record (replacing one with the same id), in time order, newest kept within the limit. */
export function recordUsage(state: UsageState, record: UsageRecord): UsageState {
  const records = state.records.some((r) => r.id === record.id) ? state.records.filter((r) => r.id !== record.id) : [...state.records];
  const last = records.at(-1);
  records.push(record);
  if (last && byTime(last, record) > 0) records.sort(byTime);
  return limited(records);
}

/** Union of two copies by record id (the first copy wins a clash), in time order: merging twice changes nothing. */
export function mergeUsage(a: UsageState, b: UsageState): UsageState {
  const byId = new Map<string, UsageRecord>();
  for (const record of [...a.records, ...b.records]) if (!byId.has(record.id)) byId.set(record.id, record);
  return limited([...byId.values()].sort(byTime));
}

/** Reads stored usage of any version, keeping every record that is still valid. */
export function migrateUsage(persisted: unknown): UsageState {
  const parsed = UsageState.safeParse(persisted);
  if (parsed.success) return mergeUsage(parsed.data, { records: [] });
  const list = (persisted as { records?: unknown } | null)?.records;
  const records = Array.isArray(list)
    ? list.flatMap((r) => {
        const one = UsageRecord.safeParse(r);
        return one.success ? [one.data] : [];
      })
    : [];
  return mergeUsage({ records }, { records: [] });
}

// ---------------------------------------------------------------------------
// Days and the daily cap. Days are calendar days in the learner's time zone
// (`offsetMinutes` as from Date#getTimezoneOffset; by default the local one).

/** Every call counts toward the cap, failed ones included. */
export function callsOnDay(state: UsageState, day: string, offsetMinutes?: number): number {
  let calls = 0;
  for (const record of state.records) if (dayKey(record.at, offsetMinutes) === day) calls += 1;
  return calls;
}

export function callsToday(state: UsageState, now: number, offsetMinutes?: number): number {
  return callsOnDay(state, dayKey(now, offsetMinutes), offsetMinutes);
}

/** Whether today's calls have reached `cap` (0, a negative or a non-finite cap means no cap). */
export function capReached(state: UsageState, cap: number, now: number, offsetMinutes?: number): boolean {
  if (!Number.isFinite(cap) || cap <= 0) return false;
  return callsToday(state, now, offsetMinutes) >= cap;
}

/** The `days` calendar days ending with `lastDay` (YYYY-MM-DD), oldest first. */
export function dayRange(lastDay: string, days: number): string[] {
  const end = Date.parse(`${lastDay}T00:00:00Z`);
  if (Number.isNaN(end)) return [];
  return Array.from({ length: Math.max(0, Math.floor(days)) }, (_, i) => new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

export interface UsageTotals {
  calls: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
}

export interface DayUsage extends UsageTotals {
  day: string;
}

function emptyTotals(): UsageTotals {
  return { calls: 0, errors: 0, inputTokens: 0, outputTokens: 0 };
}

function add(totals: UsageTotals, record: UsageRecord): void {
  totals.calls += 1;
  if (!record.ok) totals.errors += 1;
  totals.inputTokens += record.inputTokens;
  totals.outputTokens += record.outputTokens;
}

export function usageTotals(records: readonly UsageRecord[]): UsageTotals {
  const totals = emptyTotals();
  for (const record of records) add(totals, record);
  return totals;
}

/** One row per day for the last `days` days up to today, oldest first; days without calls are zeros. */
export function perDay(state: UsageState, days: number, now: number, offsetMinutes?: number): DayUsage[] {
  const rows = new Map(dayRange(dayKey(now, offsetMinutes), days).map((day) => [day, { day, ...emptyTotals() }]));
  for (const record of state.records) {
    const row = rows.get(dayKey(record.at, offsetMinutes));
    if (row) add(row, record);
  }
  return [...rows.values()];
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface EndpointUsage extends UsageTotals {
  endpoint: AiEndpoint;
  /** Median latency of the successful calls; null when none succeeded. */
  medianLatencyMs: number | null;
}

/** One row per endpoint that was called, most calls first (ties in `AI_ENDPOINTS` order). */
export function perEndpoint(state: UsageState): EndpointUsage[] {
  const rows = new Map<AiEndpoint, { totals: UsageTotals; latencies: number[] }>();
  for (const record of state.records) {
    const row = rows.get(record.endpoint) ?? { totals: emptyTotals(), latencies: [] };
    rows.set(record.endpoint, row);
    add(row.totals, record);
    if (record.ok) row.latencies.push(record.latencyMs);
  }
  return [...rows.entries()]
    .map(([endpoint, row]) => ({ endpoint, ...row.totals, medianLatencyMs: median(row.latencies) }))
    .sort((a, b) => b.calls - a.calls || AI_ENDPOINTS.indexOf(a.endpoint) - AI_ENDPOINTS.indexOf(b.endpoint));
}

// ---------------------------------------------------------------------------
// Prices and cost.

export const ModelPrice = z.object({
  /** US dollars per 1 million input tokens. */
  inputPerMillion: z.number().check(z.gte(0)),
  /** US dollars per 1 million output tokens (thinking included). */
  outputPerMillion: z.number().check(z.gte(0)),
});
export type ModelPrice = z.infer<typeof ModelPrice>;

/** The shape of `data/gemini-prices.json`. */
export const PriceTable = z.object({
  /** When the prices were copied, YYYY-MM. */
  asOf: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  source: z.url({ protocol: /^https$/ }),
  currency: z.literal('USD'),
  note: z.string().check(z.minLength(1), z.maxLength(1_000)),
  models: z.record(ModelName, ModelPrice).check(z.refine((models) => Object.keys(models).length > 0, 'The table lists no model')),
});
export type PriceTable = z.infer<typeof PriceTable>;

export interface PricedModel extends ModelPrice {
  /** The table entry that priced the model. */
  entry: string;
}

/** Version suffixes that name a snapshot of the same model: -001, -latest, -09-2025, -05-20. */
const SNAPSHOT_SUFFIX = /-(latest|\d{3}|\d{2}-\d{4}|\d{2}-\d{2})$/;

/**
 * The price of a model: its own entry, or the entry it is a snapshot of
 * (`gemini-2.5-flash-001` → `gemini-2.5-flash`). Undefined when the table does
 * not know it; a price is never guessed from a similar name.
 */
export function priceFor(model: string, table: PriceTable): PricedModel | undefined {
  let name = model.trim().toLowerCase().replace(/^models\//, '');
  for (;;) {
    const price = Object.hasOwn(table.models, name) ? table.models[name] : undefined;
    if (price) return { entry: name, ...price };
    const stripped = name.replace(SNAPSHOT_SUFFIX, '');
    if (stripped === name || stripped === '') return undefined;
    name = stripped;
  }
}

/** US dollars for some tokens at a price. */
export function costOf(inputTokens: number, outputTokens: number, price: ModelPrice): number {
  return (inputTokens * price.inputPerMillion + outputTokens * price.outputPerMillion) / 1_000_000;
}

export interface CostEstimate {
  /** Estimated US dollars for the priced tokens. */
  usd: number;
  pricedInputTokens: number;
  pricedOutputTokens: number;
  /** Tokens of models the table does not list: counted, never priced. */
  unpricedInputTokens: number;
  unpricedOutputTokens: number;
  /** The models behind the unpriced tokens, by name. */
  unpricedModels: string[];
}

/** The list-price cost of some calls. */
export function estimateCost(records: readonly UsageRecord[], table: PriceTable): CostEstimate {
  const byModel = new Map<string, { input: number; output: number }>();
  for (const record of records) {
    if (record.inputTokens === 0 && record.outputTokens === 0) continue;
    const tokens = byModel.get(record.model) ?? { input: 0, output: 0 };
    tokens.input += record.inputTokens;
    tokens.output += record.outputTokens;
    byModel.set(record.model, tokens);
  }
  const estimate: CostEstimate = { usd: 0, pricedInputTokens: 0, pricedOutputTokens: 0, unpricedInputTokens: 0, unpricedOutputTokens: 0, unpricedModels: [] };
  for (const [model, tokens] of byModel) {
    const price = priceFor(model, table);
    if (price) {
      estimate.usd += costOf(tokens.input, tokens.output, price);
      estimate.pricedInputTokens += tokens.input;
      estimate.pricedOutputTokens += tokens.output;
    } else {
      estimate.unpricedInputTokens += tokens.input;
      estimate.unpricedOutputTokens += tokens.output;
      estimate.unpricedModels.push(model);
    }
  }
  estimate.unpricedModels.sort();
  return estimate;
}

export interface ModelUsage extends UsageTotals {
  /** '' for calls that failed before any model answered. */
  model: string;
  /** The table entry that prices it, if any. */
  priceEntry: string | null;
  /** Estimated US dollars; null when the model has tokens but no price. */
  costUsd: number | null;
}

/** One row per model, most calls first; costs from `table` when given. */
export function perModel(state: UsageState, table?: PriceTable): ModelUsage[] {
  const rows = new Map<string, UsageTotals>();
  for (const record of state.records) {
    const row = rows.get(record.model) ?? emptyTotals();
    rows.set(record.model, row);
    add(row, record);
  }
  return [...rows.entries()]
    .map(([model, totals]) => {
      const price = table ? priceFor(model, table) : undefined;
      const tokens = totals.inputTokens + totals.outputTokens;
      const costUsd = price ? costOf(totals.inputTokens, totals.outputTokens, price) : tokens === 0 ? 0 : null;
      return { model, ...totals, priceEntry: price?.entry ?? null, costUsd };
    })
    .sort((a, b) => b.calls - a.calls || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}

/** The newest `limit` calls, newest first. */
export function recentCalls(state: UsageState, limit: number): UsageRecord[] {
  return limit > 0 ? state.records.slice(-limit).reverse() : [];
}

/**
 * Adding up active time (spans from tracker.ts) per day, lesson and
 * problem, and reading the totals back. Each browser adds only to its own
 * record, and a record only grows, so two copies merge by taking the larger
 * number of each record: merging the same copy twice changes nothing, and
 * two browsers' time adds up. Pure; the active-time store only calls these.
 */
import { dayKey } from '../history';
import { ActiveTimeState, type DayTime, TimeTotals } from '../schemas/active-time';
import type { Span } from './tracker';

export { ActiveTimeState, TimeTotals };

export const EMPTY_ACTIVE_TIME: ActiveTimeState = { devices: {} };
const EMPTY_TOTALS: TimeTotals = { days: {}, lessons: {}, problems: {} };

/** The local midnight after `at`, for a fixed offset (minutes, as Date#getTimezoneOffset). */
function nextMidnight(at: number, offsetMinutes: number): number {
  const day = dayKey(at, offsetMinutes);
  return Date.parse(`${day}T00:00:00Z`) + 86_400_000 + offsetMinutes * 60_000;
}

/** A span cut at each local midnight it crosses, as [day, ms] pieces. */
export function splitByDay(span: Pick<Span, 'start' | 'end'>, offsetMinutes?: (at: number) => number): Array<[string, number]> {
  const offset = offsetMinutes ?? ((at: number) => new Date(at).getTimezoneOffset());
  const pieces: Array<[string, number]> = [];
  let start = span.start;
  while (start < span.end) {
    const end = Math.min(span.end, nextMidnight(start, offset(start)));
    pieces.push([dayKey(start, offset(start)), end - start]);
    start = end;
  }
  return pieces;
}

function addToTotals(totals: TimeTotals, span: Span, offsetMinutes?: (at: number) => number): TimeTotals {
  const ms = span.end - span.start;
  if (!(ms > 0)) return totals;
  const days = { ...totals.days };
  const field = span.context.kind === 'lesson' ? 'learnMs' : 'practiseMs';
  for (const [day, part] of splitByDay(span, offsetMinutes)) {
    const current = days[day] ?? { learnMs: 0, practiseMs: 0 };
    days[day] = { ...current, [field]: current[field] + part };
  }
  const bucket = span.context.kind === 'lesson' ? 'lessons' : 'problems';
  const counts = { ...totals[bucket], [span.context.id]: (totals[bucket][span.context.id] ?? 0) + ms };
  return { ...totals, days, [bucket]: counts };
}

/** Add spans of active time to this browser's record (`device`). */
export function addSpans(state: ActiveTimeState, device: string, spans: readonly Span[], offsetMinutes?: (at: number) => number): ActiveTimeState {
  if (spans.length === 0) return state;
  const totals = spans.reduce((acc, span) => addToTotals(acc, span, offsetMinutes), state.devices[device] ?? EMPTY_TOTALS);
  return { devices: { ...state.devices, [device]: totals } };
}

export interface DayActiveTime extends DayTime {
  totalMs: number;
}

export interface ActiveTime {
  days: Record<string, DayActiveTime>;
  lessons: Record<string, number>;
  problems: Record<string, number>;
  totalMs: number;
}

const sumInto = (target: Record<string, number>, source: Record<string, number>) => {
  for (const [key, ms] of Object.entries(source)) target[key] = (target[key] ?? 0) + ms;
};

/** Every browser's time added up. */
export function activeTime(state: ActiveTimeState): ActiveTime {
  const result: ActiveTime = { days: {}, lessons: {}, problems: {}, totalMs: 0 };
  for (const totals of Object.values(state.devices)) {
    for (const [day, t] of Object.entries(totals.days)) {
      const current = result.days[day] ?? { learnMs: 0, practiseMs: 0, totalMs: 0 };
      result.days[day] = { learnMs: current.learnMs + t.learnMs, practiseMs: current.practiseMs + t.practiseMs, totalMs: current.totalMs + t.learnMs + t.practiseMs };
      result.totalMs += t.learnMs + t.practiseMs;
    }
    sumInto(result.lessons, totals.lessons);
    sumInto(result.problems, totals.problems);
  }
  return result;
}

/** The time of these problems (or lessons) added up. */
export function timeOf(times: Record<string, number>, ids: Iterable<string>): number {
  let total = 0;
  for (const id of new Set(ids)) total += times[id] ?? 0;
  return total;
}

const maxRecord = (a: Record<string, number>, b: Record<string, number>): Record<string, number> => {
  const out = { ...a };
  for (const [key, ms] of Object.entries(b)) out[key] = Math.max(out[key] ?? 0, ms);
  return out;
};

function mergeTotals(a: TimeTotals, b: TimeTotals): TimeTotals {
  const days = { ...a.days };
  for (const [day, t] of Object.entries(b.days)) {
    const ours = days[day];
    days[day] = ours ? { learnMs: Math.max(ours.learnMs, t.learnMs), practiseMs: Math.max(ours.practiseMs, t.practiseMs) } : t;
  }
  return { days, lessons: maxRecord(a.lessons, b.lessons), problems: maxRecord(a.problems, b.problems) };
}

/** Two copies (another tab's save, a backup): per browser and record, the larger number. */
export function mergeActiveTime(a: ActiveTimeState, b: ActiveTimeState): ActiveTimeState {
  const devices = { ...a.devices };
  for (const [device, totals] of Object.entries(b.devices)) devices[device] = devices[device] ? mergeTotals(devices[device], totals) : totals;
  return { devices };
}

/** Accept anything stored and keep each browser's record that is valid. */
export function migrateActiveTime(persisted: unknown): ActiveTimeState {
  const parsed = ActiveTimeState.safeParse(persisted);
  if (parsed.success) return parsed.data;
  const source = typeof persisted === 'object' && persisted !== null ? (persisted as { devices?: unknown }).devices : null;
  const devices: Record<string, TimeTotals> = {};
  if (typeof source === 'object' && source !== null) {
    for (const [device, value] of Object.entries(source)) {
      const one = TimeTotals.safeParse(value);
      if (one.success && device.length > 0 && device.length <= 64) devices[device] = one.data;
    }
  }
  return { devices };
}

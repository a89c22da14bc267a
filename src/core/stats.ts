/**
 * Learning statistics, updated one event at a time (pure). Kept apart from
 * the history so that pruning old history never loses a statistic.
 * Hierarchy: module → subtopic → problem type → difficulty.
 */
import * as z from 'zod/mini';
import { dayKey, type HistoryEvent } from './history';

export const StatsCell = z.object({
  /** Submits. */
  attempts: z._default(z.number().check(z.int(), z.gte(0)), 0),
  /** Submits that passed every test. */
  solves: z._default(z.number().check(z.int(), z.gte(0)), 0),
  /** Distinct problems attempted and solved here. */
  problems: z._default(z.array(z.string()), []),
  solvedProblems: z._default(z.array(z.string()), []),
  /** Time spent grading submits, milliseconds (run time is in the day totals). */
  timeMs: z._default(z.number().check(z.gte(0)), 0),
  lastAttemptAt: z._default(z.nullable(z.number()), null),
});
export type StatsCell = z.infer<typeof StatsCell>;

export const DayStats = z.object({
  attempts: z._default(z.number().check(z.int(), z.gte(0)), 0),
  solves: z._default(z.number().check(z.int(), z.gte(0)), 0),
  runs: z._default(z.number().check(z.int(), z.gte(0)), 0),
  timeMs: z._default(z.number().check(z.gte(0)), 0),
});
export type DayStats = z.infer<typeof DayStats>;

export const StatsState = z.object({
  /** Keyed "module/subtopic/problemType/difficulty" (subtopic and type may be "-"). */
  cells: z._default(z.record(z.string(), StatsCell), {}),
  days: z._default(z.record(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), DayStats), {}),
  /** Event ids already counted, so replaying or merging never double-counts. */
  counted: z._default(z.array(z.string()), []),
});
export type StatsState = z.infer<typeof StatsState>;

export const EMPTY_STATS: StatsState = { cells: {}, days: {}, counted: [] };
const COUNTED_LIMIT = 20_000;

export function cellKey(event: Pick<HistoryEvent, 'module' | 'subtopic' | 'problemType' | 'difficulty'>): string {
  return `${event.module}/${event.subtopic ?? '-'}/${event.problemType ?? '-'}/${event.difficulty}`;
}

const emptyCell = (): StatsCell => ({ attempts: 0, solves: 0, problems: [], solvedProblems: [], timeMs: 0, lastAttemptAt: null });
const emptyDay = (): DayStats => ({ attempts: 0, solves: 0, runs: 0, timeMs: 0 });

/** Count one history event into the statistics (once). */
export function countEvent(state: StatsState, event: HistoryEvent, offsetMinutes?: number): StatsState {
  if (state.counted.includes(event.id)) return state;
  const counted = [...state.counted, event.id].slice(-COUNTED_LIMIT);
  const day = dayKey(event.at, offsetMinutes);
  const dayStats = { ...(state.days[day] ?? emptyDay()) };
  dayStats.timeMs += event.durationMs;
  if (event.kind === 'run') dayStats.runs += 1;
  if (event.kind !== 'submit') {
    return { ...state, counted, days: { ...state.days, [day]: dayStats } };
  }
  const key = cellKey(event);
  const cell = { ...(state.cells[key] ?? emptyCell()) };
  cell.attempts += 1;
  cell.timeMs += event.durationMs;
  cell.lastAttemptAt = Math.max(cell.lastAttemptAt ?? 0, event.at);
  if (!cell.problems.includes(event.problemId)) cell.problems = [...cell.problems, event.problemId];
  dayStats.attempts += 1;
  if (event.passed) {
    cell.solves += 1;
    dayStats.solves += 1;
    if (!cell.solvedProblems.includes(event.problemId)) cell.solvedProblems = [...cell.solvedProblems, event.problemId];
  }
  return { cells: { ...state.cells, [key]: cell }, days: { ...state.days, [day]: dayStats }, counted };
}

export interface Summary {
  attempts: number;
  solves: number;
  problemsAttempted: number;
  problemsSolved: number;
  timeMs: number;
  /**
   * The problems solved here. How long each took is the progress record's
   * solve time (`averageSolveMs` in core/progress.ts), the same number the
   * workspace shows after the solve.
   */
  solvedProblemIds: string[];
  /** The problems attempted here (for their active time, core/time/active-time.ts). */
  attemptedProblemIds: string[];
  /**
   * Share of the attempted problems that were solved, 0..1: a completion
   * rate. Mastery is the skill model's (`areaMastery` in auto/mastery.ts).
   */
  completion: number;
  lastAttemptAt: number | null;
}

function summarizeCells(cells: StatsCell[]): Summary {
  const problems = new Set(cells.flatMap((c) => c.problems));
  const solved = new Set(cells.flatMap((c) => c.solvedProblems));
  const last = cells.reduce<number | null>((m, c) => (c.lastAttemptAt !== null && (m === null || c.lastAttemptAt > m) ? c.lastAttemptAt : m), null);
  return {
    attempts: cells.reduce((sum, c) => sum + c.attempts, 0),
    solves: cells.reduce((sum, c) => sum + c.solves, 0),
    problemsAttempted: problems.size,
    problemsSolved: solved.size,
    timeMs: cells.reduce((sum, c) => sum + c.timeMs, 0),
    solvedProblemIds: [...solved],
    attemptedProblemIds: [...problems],
    completion: problems.size > 0 ? solved.size / problems.size : 0,
    lastAttemptAt: last,
  };
}

/** Statistics for a level of the hierarchy: a key prefix such as "lists/" or "lists/slicing/". */
export function summaryFor(state: StatsState, prefix = ''): Summary {
  return summarizeCells(Object.entries(state.cells).filter(([key]) => key.startsWith(prefix)).map(([, cell]) => cell));
}

/** One row per module (or subtopic, type...) at the given depth below a prefix. */
export function breakdown(state: StatsState, depth: 1 | 2 | 3 | 4, prefix = ''): Array<{ key: string; summary: Summary }> {
  const groups = new Map<string, StatsCell[]>();
  for (const [key, cell] of Object.entries(state.cells)) {
    if (!key.startsWith(prefix)) continue;
    const group = key.split('/').slice(0, depth).join('/');
    groups.set(group, [...(groups.get(group) ?? []), cell]);
  }
  return [...groups.entries()].map(([key, cells]) => ({ key, summary: summarizeCells(cells) })).sort((a, b) => a.key.localeCompare(b.key));
}

/** Current and best streak of consecutive days with at least one submit or run. */
export function streaks(state: StatsState, today: string): { current: number; best: number } {
  const active = new Set(Object.entries(state.days).filter(([, d]) => d.attempts + d.runs > 0).map(([day]) => day));
  const previous = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  let best = 0;
  for (const day of active) {
    if (active.has(previous(day))) continue; // not the start of a run
    let length = 0;
    let cursor = day;
    while (active.has(cursor)) {
      length += 1;
      cursor = new Date(Date.parse(`${cursor}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
    best = Math.max(best, length);
  }
  // A streak is still current if the learner practised today or yesterday.
  let current = 0;
  let cursor = active.has(today) ? today : previous(today);
  while (active.has(cursor)) {
    current += 1;
    cursor = previous(cursor);
  }
  return { current, best };
}

export function migrateStats(persisted: unknown): StatsState {
  const parsed = StatsState.safeParse(persisted);
  if (parsed.success) return parsed.data;
  const source = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  const pick = <T>(value: unknown, schema: z.ZodMiniType<T>): Record<string, T> => {
    const out: Record<string, T> = {};
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        const one = schema.safeParse(v);
        if (one.success) out[k] = one.data;
      }
    }
    return out;
  };
  const days = pick(source.days, DayStats);
  for (const key of Object.keys(days)) if (!/^\d{4}-\d{2}-\d{2}$/.test(key) || Number.isNaN(Date.parse(key))) delete days[key];
  return {
    cells: pick(source.cells, StatsCell),
    days,
    counted: Array.isArray(source.counted) ? source.counted.filter((s): s is string => typeof s === 'string') : [],
  };
}

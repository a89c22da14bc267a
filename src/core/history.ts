/**
 * The learner's history: every run, submit, hint and reveal as an event.
 * Pure functions; the history store only calls them.
 */
import * as z from 'zod/mini';

export const HistoryEventKind = z.enum(['run', 'submit', 'hint', 'reveal']);
export type HistoryEventKind = z.infer<typeof HistoryEventKind>;

export const HistoryEvent = z.object({
  /** Unique per event (time + random suffix), so merging two copies is safe. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  kind: HistoryEventKind,
  problemId: z.string().check(z.minLength(1), z.maxLength(120)),
  problemTitle: z.string().check(z.maxLength(200)),
  /** Where the problem sits in the curriculum (module id, or the pack id). */
  module: z.string().check(z.maxLength(80)),
  subtopic: z._default(z.nullable(z.string().check(z.maxLength(80))), null),
  problemType: z._default(z.nullable(z.string().check(z.maxLength(80))), null),
  difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
  /** Milliseconds since 1970, within what a Date can show. */
  at: z.number().check(z.int(), z.gte(0), z.lte(8.64e15)),
  /** How long the run or the grading took, in milliseconds. */
  durationMs: z._default(z.number().check(z.gte(0)), 0),
  /** The code at that moment (runs and submits). */
  code: z._default(z.string().check(z.maxLength(100_000)), ''),
  /** One-line outcome: "passed 8/8", "NameError on line 3", "hint 2"... */
  summary: z._default(z.string().check(z.maxLength(300)), ''),
  /** Submits: whether every test passed, and the counts. */
  passed: z._default(z.nullable(z.boolean()), null),
  testsPassed: z._default(z.nullable(z.number().check(z.int(), z.gte(0))), null),
  testsTotal: z._default(z.nullable(z.number().check(z.int(), z.gte(0))), null),
});
export type HistoryEvent = z.infer<typeof HistoryEvent>;
export type HistoryEventInput = z.input<typeof HistoryEvent>;

export const HistoryState = z.object({ events: z._default(z.array(HistoryEvent), []) });
export type HistoryState = z.infer<typeof HistoryState>;

/** Beyond this many events, the oldest are dropped. */
export const HISTORY_LIMIT = 5_000;

export function eventId(at: number, random: () => number = Math.random): string {
  return `${at.toString(36)}-${Math.floor(random() * 2 ** 32).toString(36)}`;
}

export function recordEvent(state: HistoryState, event: HistoryEvent): HistoryState {
  const events = [...state.events, event];
  return { events: events.length > HISTORY_LIMIT ? events.slice(events.length - HISTORY_LIMIT) : events };
}

/** Drop the oldest `fraction` of events (used when storage is full). */
export function pruneOldest(state: HistoryState, fraction = 0.25): HistoryState {
  if (state.events.length === 0) return state;
  const drop = Math.max(1, Math.floor(state.events.length * fraction));
  return { events: state.events.slice(drop) };
}

/** Union of two histories by event id, ordered by time: merging twice changes nothing. */
export function mergeHistories(a: HistoryState, b: HistoryState): HistoryState {
  const byId = new Map<string, HistoryEvent>();
  for (const event of [...a.events, ...b.events]) if (!byId.has(event.id)) byId.set(event.id, event);
  const events = [...byId.values()].sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : 1));
  return { events: events.length > HISTORY_LIMIT ? events.slice(events.length - HISTORY_LIMIT) : events };
}

/** Time order, newest kept within the limit. */
function tidy(events: HistoryEvent[]): HistoryState {
  const sorted = [...events].sort((x, y) => x.at - y.at);
  return { events: sorted.length > HISTORY_LIMIT ? sorted.slice(sorted.length - HISTORY_LIMIT) : sorted };
}

export function migrateHistory(persisted: unknown): HistoryState {
  const parsed = HistoryState.safeParse(persisted);
  if (parsed.success) return tidy(parsed.data.events);
  const list = (persisted as { events?: unknown } | null)?.events;
  const events = Array.isArray(list)
    ? list.flatMap((e) => {
        const one = HistoryEvent.safeParse(e);
        return one.success ? [one.data] : [];
      })
    : [];
  return tidy(events);
}

/** The calendar day of a timestamp in the learner's time zone, as YYYY-MM-DD. */
export function dayKey(at: number, offsetMinutes = new Date(at).getTimezoneOffset()): string {
  return new Date(at - offsetMinutes * 60_000).toISOString().slice(0, 10);
}

export interface AttemptGroup {
  day: string;
  problemId: string;
  problemTitle: string;
  module: string;
  difficulty: HistoryEvent['difficulty'];
  events: HistoryEvent[];
  solved: boolean;
}

/** Events grouped by day (newest first) and problem. */
export function groupAttempts(events: HistoryEvent[], offsetMinutes?: number): AttemptGroup[] {
  const groups = new Map<string, AttemptGroup>();
  for (const event of [...events].sort((a, b) => b.at - a.at)) {
    const day = dayKey(event.at, offsetMinutes);
    const key = `${day}|${event.problemId}`;
    let group = groups.get(key);
    if (!group) {
      group = { day, problemId: event.problemId, problemTitle: event.problemTitle, module: event.module, difficulty: event.difficulty, events: [], solved: false };
      groups.set(key, group);
    }
    group.events.push(event);
    if (event.kind === 'submit' && event.passed) group.solved = true;
  }
  return [...groups.values()];
}

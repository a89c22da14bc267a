/**
 * An auto run as data: an adaptive sequence of problems. The run keeps a
 * short queue of planned problems (each with the reason it was chosen, as
 * data the interface puts in words: see WhyPart), the problem on screen, the
 * answers so far and a difficulty level per subtopic. Here: its schema, its
 * file format and the collection of runs a store keeps. The rules that plan
 * and adjust a run are in run-plan.ts. Pure functions; a store only calls them.
 */
import * as z from 'zod/mini';
import { Difficulty, describeIssues } from '../schemas/problem';
import { TypeKey } from './keys';
import { Outcome } from './outcome';

/** Answers, overrides and runs kept. */
export const RUN_HISTORY_LIMIT = 500;
export const OVERRIDES_LIMIT = 200;
export const RUNS_LIMIT = 30;

const Millis = z.number().check(z.int(), z.gte(0), z.lte(8.64e15));
const ProblemId = z.string().check(z.minLength(1), z.maxLength(120));

/**
 * Why a problem was chosen: a step of the new-learner curriculum, a type
 * never practised, the weakest practised area, more of the area in focus, a
 * due review, another try after a miss, or the learner asking for something
 * easier or harder.
 */
export const QueueReason = z.enum(['curriculum', 'new', 'weakest', 'continue', 'review', 'remediation', 'easier', 'harder']);
export type QueueReason = z.infer<typeof QueueReason>;

/**
 * One sentence of why a problem was chosen, as data: a key of the `auto.why`
 * messages and its values (curriculum names, counts, difficulties). The
 * component puts it in the learner's language.
 */
export const WhyKey = z.enum([
  'review',
  'reviewToday',
  'reviewDaysAgo',
  'curriculum',
  'new',
  'next',
  'weakest',
  'weaker',
  'practisesType',
  'continue',
  'remediation',
  'easier',
  'harder',
  'fallback',
  'again',
  'fresh',
]);
export type WhyKey = z.infer<typeof WhyKey>;
export const WhyPart = z.object({
  key: WhyKey,
  values: z._default(z.record(z.string().check(z.maxLength(40)), z.union([z.string().check(z.maxLength(300)), z.number()])), {}),
});
export type WhyPart = z.infer<typeof WhyPart>;

export const QueueItem = z.object({
  problemId: ProblemId,
  key: TypeKey,
  difficulty: Difficulty,
  reason: QueueReason,
  /** Why this problem, for the learner: sentences shown one after another. */
  why: z._default(z.array(WhyPart).check(z.maxLength(8)), []),
  /** Why, in English words, in runs saved before `why` (shown when `why` is empty). */
  explanation: z.optional(z.string().check(z.maxLength(400))),
});
export type QueueItem = z.infer<typeof QueueItem>;

/** A slot the next planning fills first, at the front of the queue. */
export const PendingSlot = z.object({ key: TypeKey, reason: z.enum(['remediation', 'easier', 'harder']) });
export type PendingSlot = z.infer<typeof PendingSlot>;

export const AnsweredItem = z.object({
  problemId: ProblemId,
  key: TypeKey,
  difficulty: Difficulty,
  /** The reason it was planned, or null for a problem the run did not plan. */
  reason: z._default(z.nullable(QueueReason), null),
  outcome: Outcome,
  at: Millis,
});
export type AnsweredItem = z.infer<typeof AnsweredItem>;

/** What the caller reports when the learner finishes (solves or gives up) a problem. */
export type Answer = Pick<AnsweredItem, 'problemId' | 'key' | 'difficulty' | 'outcome'>;

/** The difficulty of one subtopic in this run, and the evidence toward changing it. */
export const Level = z.object({
  difficulty: Difficulty,
  /** Clean solves in a row at this difficulty. */
  streak: z._default(z.number().check(z.int(), z.gte(0)), 0),
  /** Misses at this difficulty or below since the last clean solve. */
  failures: z._default(z.number().check(z.int(), z.gte(0)), 0),
  lastAt: z._default(z.nullable(Millis), null),
  /** Answers since the difficulty last changed. */
  answered: z._default(z.number().check(z.int(), z.gte(0)), 0),
  /** The last change was a drop: rising again takes RISE_AFTER_DROP clean solves. */
  dropped: z._default(z.boolean(), false),
});
export type Level = z.infer<typeof Level>;

export const Override = z.object({
  kind: z.enum(['skip', 'easier', 'harder']),
  problemId: z.nullable(ProblemId),
  at: Millis,
});
export type Override = z.infer<typeof Override>;

export const AutoRun = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  createdAt: Millis,
  updatedAt: Millis,
  /** Start with the mini-curriculum (MINI_CURRICULUM). */
  newLearner: z._default(z.boolean(), false),
  /** Module ids the run draws from; empty for every module. */
  scope: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(100)), []),
  /** The problem on screen. */
  current: z._default(z.nullable(QueueItem), null),
  queue: z._default(z.array(QueueItem).check(z.maxLength(50)), []),
  pending: z._default(z.array(PendingSlot).check(z.maxLength(50)), []),
  history: z._default(z.array(AnsweredItem).check(z.maxLength(RUN_HISTORY_LIMIT)), []),
  /** Keyed by subtopic key ("module/subtopic"). */
  levels: z._default(z.record(z.string().check(z.maxLength(200)), Level), {}),
  overrides: z._default(z.array(Override).check(z.maxLength(OVERRIDES_LIMIT)), []),
});
export type AutoRun = z.infer<typeof AutoRun>;

// ---------------------------------------------------------------------------
// Export and import

export const RUN_FILE_VERSION = 1;

export const AutoRunFile = z.object({
  format: z.literal('pydojo-auto-run'),
  version: z.literal(RUN_FILE_VERSION),
  exportedAt: Millis,
  run: AutoRun,
});
export type AutoRunFile = z.infer<typeof AutoRunFile>;

/** The run as a JSON file to download. */
export function exportRun(run: AutoRun, now: number): string {
  const file: AutoRunFile = { format: 'pydojo-auto-run', version: RUN_FILE_VERSION, exportedAt: now, run };
  return JSON.stringify(file, null, 2);
}

/**
 * Why a run file cannot be used, for a component to put in words: not JSON,
 * not a run file, another version of the format (`version` as found), or
 * damaged (`issues`: the schema's own description of what is wrong).
 */
export type RunFileError =
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'wrong-version'; version: string; supported: number }
  | { code: 'damaged'; issues: string };

/** Read a run file, with the reason when it cannot be used. */
export function parseRunFile(text: string): { run: AutoRun | null; error: RunFileError | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { run: null, error: { code: 'not-json' } };
  }
  const source = json as { format?: unknown; version?: unknown } | null;
  if (typeof source !== 'object' || source === null || source.format !== 'pydojo-auto-run') {
    return { run: null, error: { code: 'wrong-format' } };
  }
  if (source.version !== RUN_FILE_VERSION) {
    return { run: null, error: { code: 'wrong-version', version: String(source.version), supported: RUN_FILE_VERSION } };
  }
  const parsed = AutoRunFile.safeParse(json);
  if (!parsed.success) return { run: null, error: { code: 'damaged', issues: describeIssues(parsed.error, 3).join('; ') } };
  return { run: parsed.data.run, error: null };
}

// ---------------------------------------------------------------------------
// The collection of runs

/** The persisted version of AutoRunsState, for the store's `version`. */
export const AUTO_RUNS_VERSION = 1;

export const AutoRunsState = z.object({
  runs: z._default(z.record(z.string(), AutoRun), {}),
  activeId: z._default(z.nullable(z.string()), null),
});
export type AutoRunsState = z.infer<typeof AutoRunsState>;

export const EMPTY_AUTO_RUNS: AutoRunsState = { runs: {}, activeId: null };

/** Add or replace a run; beyond RUNS_LIMIT the least recently used (never the active one) goes. */
export function putRun(state: AutoRunsState, run: AutoRun): AutoRunsState {
  const runs = { ...state.runs, [run.id]: run };
  const byAge = Object.values(runs)
    .filter((r) => r.id !== state.activeId && r.id !== run.id)
    .sort((a, b) => a.updatedAt - b.updatedAt);
  for (const old of byAge.slice(0, Math.max(0, Object.keys(runs).length - RUNS_LIMIT))) delete runs[old.id];
  return { ...state, runs };
}

export function removeRun(state: AutoRunsState, id: string): AutoRunsState {
  const runs = { ...state.runs };
  delete runs[id];
  return { runs, activeId: state.activeId === id ? null : state.activeId };
}

export function setActiveRun(state: AutoRunsState, id: string | null): AutoRunsState {
  return { ...state, activeId: id !== null && state.runs[id] ? id : null };
}

export function activeRun(state: AutoRunsState): AutoRun | null {
  return state.activeId ? (state.runs[state.activeId] ?? null) : null;
}

/** Accept anything stored (older shapes, hand edits): keep the valid runs. */
export function migrateAutoRuns(persisted: unknown): AutoRunsState {
  const source: { runs?: unknown; activeId?: unknown } = typeof persisted === 'object' && persisted !== null ? persisted : {};
  const runs: Record<string, AutoRun> = {};
  if (typeof source.runs === 'object' && source.runs !== null) {
    for (const value of Object.values(source.runs)) {
      const one = AutoRun.safeParse(value);
      if (one.success) runs[one.data.id] = one.data;
    }
  }
  const activeId = typeof source.activeId === 'string' && runs[source.activeId] ? source.activeId : null;
  return { runs, activeId };
}

/**
 * Another tab's saved copy (`stored`) against this tab's (`current`): a run
 * missing from the saved copy was deleted there; for a run in both, the more
 * recently updated copy wins. The saved copy's active run stays active.
 */
export function mergeAutoRuns(stored: AutoRunsState, current: AutoRunsState): AutoRunsState {
  const runs: Record<string, AutoRun> = {};
  for (const [id, run] of Object.entries(stored.runs)) {
    const mine = current.runs[id];
    runs[id] = mine && mine.updatedAt > run.updatedAt ? mine : run;
  }
  return { runs, activeId: stored.activeId && runs[stored.activeId] ? stored.activeId : null };
}

/**
 * Put another problem on screen in place of the current one, keeping the
 * current slot's reason (a fresh AI question of the same type, say). The
 * replaced problem counts as neither answered nor skipped.
 */
export function replaceCurrent(run: AutoRun, item: QueueItem, now: number): AutoRun {
  const parsed = QueueItem.parse({ ...item, why: item.why.slice(0, 8), explanation: item.explanation?.slice(0, 400) });
  return { ...run, updatedAt: now, current: parsed, queue: run.queue.filter((i) => i.problemId !== parsed.problemId) };
}

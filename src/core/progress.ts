/**
 * What PyDojo remembers about each problem a learner opened: attempts,
 * hints taken, whether the solution was revealed, and the solve. Pure
 * updates; the progress store only calls them.
 */
import { z } from 'zod';

export const ProblemProgress = z.object({
  openedAt: z.number(),
  /** Submits. */
  attempts: z.number().int().min(0).default(0),
  failedSubmits: z.number().int().min(0).default(0),
  /** Rungs of the hint ladder shown (0 = none). */
  hintsShown: z.number().int().min(0).default(0),
  revealed: z.boolean().default(false),
  solvedAt: z.number().nullable().default(null),
  /** Time from opening to the first solve, in milliseconds. */
  solveMs: z.number().nullable().default(null),
});
export type ProblemProgress = z.infer<typeof ProblemProgress>;

export const ProgressState = z.object({
  problems: z.record(z.string(), ProblemProgress).default({}),
  /** Fingerprints of questions served, for the diversity guard. */
  seen: z.array(z.string()).default([]),
});
export type ProgressState = z.infer<typeof ProgressState>;

export const EMPTY_PROGRESS: ProgressState = { problems: {}, seen: [] };
const SEEN_LIMIT = 2000;

function entry(state: ProgressState, id: string, now: number): ProblemProgress {
  return state.problems[id] ?? { openedAt: now, attempts: 0, failedSubmits: 0, hintsShown: 0, revealed: false, solvedAt: null, solveMs: null };
}

function put(state: ProgressState, id: string, value: ProblemProgress): ProgressState {
  return { ...state, problems: { ...state.problems, [id]: value } };
}

export function opened(state: ProgressState, id: string, fingerprint: string, now: number): ProgressState {
  const seen = state.seen.includes(fingerprint) ? state.seen : [...state.seen, fingerprint].slice(-SEEN_LIMIT);
  return { ...put(state, id, state.problems[id] ?? entry(state, id, now)), seen };
}

export function submitted(state: ProgressState, id: string, passed: boolean, now: number): ProgressState {
  const current = entry(state, id, now);
  const next: ProblemProgress = {
    ...current,
    attempts: current.attempts + 1,
    failedSubmits: current.failedSubmits + (passed ? 0 : 1),
    solvedAt: current.solvedAt ?? (passed ? now : null),
    solveMs: current.solveMs ?? (passed ? Math.max(0, now - current.openedAt) : null),
  };
  return put(state, id, next);
}

export function hintShown(state: ProgressState, id: string, rung: number, now: number): ProgressState {
  const current = entry(state, id, now);
  return put(state, id, { ...current, hintsShown: Math.max(current.hintsShown, rung) });
}

export function revealed(state: ProgressState, id: string, now: number): ProgressState {
  return put(state, id, { ...entry(state, id, now), revealed: true });
}

export function isSolved(state: ProgressState, id: string): boolean {
  const solvedAt = state.problems[id]?.solvedAt;
  return solvedAt !== null && solvedAt !== undefined;
}

/**
 * A choice whose every question was seen starts a new round: forget those,
 * except the question on screen (`keep`), which counts as seen in the new round.
 */
export function startOver(state: ProgressState, fingerprints: Iterable<string>, keep?: string): ProgressState {
  const drop = new Set(fingerprints);
  if (keep) drop.delete(keep);
  return { ...state, seen: state.seen.filter((f) => !drop.has(f)) };
}

/** Accept anything stored (older shapes, hand edits) and keep what is valid. */
export function migrateProgress(persisted: unknown): ProgressState {
  const parsed = ProgressState.safeParse(persisted);
  if (parsed.success) return { ...parsed.data, seen: parsed.data.seen.slice(-SEEN_LIMIT) };
  const source = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  const problems: Record<string, ProblemProgress> = {};
  if (typeof source.problems === 'object' && source.problems !== null) {
    for (const [id, value] of Object.entries(source.problems as Record<string, unknown>)) {
      const one = ProblemProgress.safeParse(value);
      if (one.success) problems[id] = one.data;
    }
  }
  const seen = Array.isArray(source.seen) ? source.seen.filter((s): s is string => typeof s === 'string').slice(-SEEN_LIMIT) : [];
  return { problems, seen };
}

/** Two copies of progress (two tabs, a backup): per problem, keep what either knows. */
export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  const problems: Record<string, ProblemProgress> = { ...a.problems };
  for (const [id, theirs] of Object.entries(b.problems)) {
    const ours = problems[id];
    if (!ours) {
      problems[id] = theirs;
      continue;
    }
    const solved = [ours, theirs].filter((p) => p.solvedAt !== null).sort((x, y) => (x.solvedAt ?? 0) - (y.solvedAt ?? 0))[0];
    problems[id] = {
      openedAt: Math.min(ours.openedAt, theirs.openedAt),
      attempts: Math.max(ours.attempts, theirs.attempts),
      failedSubmits: Math.max(ours.failedSubmits, theirs.failedSubmits),
      hintsShown: Math.max(ours.hintsShown, theirs.hintsShown),
      revealed: ours.revealed || theirs.revealed,
      solvedAt: solved?.solvedAt ?? null,
      solveMs: solved?.solveMs ?? null,
    };
  }
  return { problems, seen: [...new Set([...a.seen, ...b.seen])].slice(-SEEN_LIMIT) };
}

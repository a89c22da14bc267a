/**
 * What PyDojo remembers about each problem a learner opened: attempts,
 * hints taken, whether the solution was revealed, and the solve. Pure
 * updates; the progress store only calls them. The saved shape and its
 * reading back: schemas/progress.
 */
import type { ProblemProgress, ProgressState } from './schemas/progress';

export type { ProblemProgress, ProgressState };

export const EMPTY_PROGRESS: ProgressState = { problems: {}, seen: [] };
/** The most question fingerprints kept for the diversity guard. */
export const SEEN_LIMIT = 2000;

function entry(state: ProgressState, id: string, now: number): ProblemProgress {
  return (
    state.problems[id] ?? { openedAt: now, visitedAt: now, attempts: 0, failedSubmits: 0, hintsShown: 0, revealed: false, solvedAt: null, solveMs: null, lastSolveMs: null }
  );
}

/**
 * Solve time, the one definition every page uses: the wall-clock time from
 * opening the problem to the passing submit, within the visit in which it
 * passed. A visit starts when the problem is opened (or reopened, or the
 * page reloaded); time spent in an earlier visit that ended without a solve,
 * or away from the problem between visits, does not count. Reading,
 * thinking, running and hints within the visit all count. The progress
 * record keeps the visit start (`visitedAt`), so the workspace and the
 * statistics compute it from the same numbers. Records saved before visits
 * were kept fall back to the first opening.
 */
export function solveTimeMs(visitStartedAt: number, passedAt: number): number {
  return Math.max(0, passedAt - visitStartedAt);
}

function put(state: ProgressState, id: string, value: ProblemProgress): ProgressState {
  return { ...state, problems: { ...state.problems, [id]: value } };
}

/** The learner opened the problem: a visit starts now. */
export function opened(state: ProgressState, id: string, fingerprint: string, now: number): ProgressState {
  const seen = state.seen.includes(fingerprint) ? state.seen : [...state.seen, fingerprint].slice(-SEEN_LIMIT);
  return { ...put(state, id, { ...entry(state, id, now), visitedAt: now }), seen };
}

export function submitted(state: ProgressState, id: string, passed: boolean, now: number): ProgressState {
  const current = entry(state, id, now);
  const took = passed ? solveTimeMs(current.visitedAt ?? current.openedAt, now) : null;
  const next: ProblemProgress = {
    ...current,
    attempts: current.attempts + 1,
    failedSubmits: current.failedSubmits + (passed ? 0 : 1),
    solvedAt: current.solvedAt ?? (passed ? now : null),
    solveMs: current.solveMs ?? took,
    lastSolveMs: took ?? current.lastSolveMs,
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

/** The solve time to show right after a passing submit (the first solve's is the one the statistics average). */
export function latestSolveMs(progress: ProblemProgress | undefined): number | null {
  return progress?.lastSolveMs ?? progress?.solveMs ?? null;
}

/** The mean solve time of the first solves of these problems (those with a recorded time), or null. */
export function averageSolveMs(problems: Readonly<Record<string, ProblemProgress>>, ids: Iterable<string>): number | null {
  const times = [...new Set(ids)].flatMap((id) => {
    const ms = problems[id]?.solveMs;
    return ms === null || ms === undefined ? [] : [ms];
  });
  return times.length > 0 ? times.reduce((a, b) => a + b, 0) / times.length : null;
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
    const visits = [ours.visitedAt, theirs.visitedAt].filter((v): v is number => v !== null);
    problems[id] = {
      openedAt: Math.min(ours.openedAt, theirs.openedAt),
      visitedAt: visits.length > 0 ? Math.max(...visits) : null,
      attempts: Math.max(ours.attempts, theirs.attempts),
      failedSubmits: Math.max(ours.failedSubmits, theirs.failedSubmits),
      hintsShown: Math.max(ours.hintsShown, theirs.hintsShown),
      revealed: ours.revealed || theirs.revealed,
      solvedAt: solved?.solvedAt ?? null,
      solveMs: solved?.solveMs ?? null,
      lastSolveMs: ours.lastSolveMs ?? theirs.lastSolveMs,
    };
  }
  return { problems, seen: [...new Set([...a.seen, ...b.seen])].slice(-SEEN_LIMIT) };
}

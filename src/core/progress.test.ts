import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';
import {
  averageSolveMs,
  EMPTY_PROGRESS,
  hintShown,
  isSolved,
  latestSolveMs,
  mergeProgress,
  opened,
  revealed,
  solveTimeMs,
  submitted,
  type ProblemProgress,
} from './progress';
import { migrateProgress, ProgressState } from './schemas/progress';
import { countEvent, EMPTY_STATS, summaryFor } from './stats';

const fresh = (openedAt: number, visitedAt: number | null = openedAt): ProblemProgress => ({
  openedAt,
  visitedAt,
  attempts: 0,
  failedSubmits: 0,
  hintsShown: 0,
  revealed: false,
  solvedAt: null,
  solveMs: null,
  lastSolveMs: null,
});

describe('opened', () => {
  it('creates an entry and records the fingerprint as seen', () => {
    const state = opened(EMPTY_PROGRESS, 'two-sum', 'fp1', 1000);
    expect(state).toEqual({ problems: { 'two-sum': fresh(1000) }, seen: ['fp1'] });
  });

  it('does not change the state it was given', () => {
    const before = structuredClone(EMPTY_PROGRESS);
    opened(EMPTY_PROGRESS, 'two-sum', 'fp1', 1000);
    expect(EMPTY_PROGRESS).toEqual(before);
  });

  it('adds a fingerprint only once', () => {
    let state = opened(EMPTY_PROGRESS, 'a', 'fp-a', 1);
    state = opened(state, 'b', 'fp-b', 2);
    state = opened(state, 'a', 'fp-a', 3);
    state = opened(state, 'a2', 'fp-a', 4);
    expect(state.seen).toEqual(['fp-a', 'fp-b']);
    expect(Object.keys(state.problems).sort()).toEqual(['a', 'a2', 'b']);
  });

  it('keeps the first opening time and the existing progress when reopened', () => {
    let state = opened(EMPTY_PROGRESS, 'a', 'fp', 100);
    state = submitted(state, 'a', false, 200);
    state = opened(state, 'a', 'fp', 900);
    expect(state.problems.a).toMatchObject({ openedAt: 100, attempts: 1, failedSubmits: 1 });
  });

  it('caps the seen list, dropping the oldest fingerprints', () => {
    let state = EMPTY_PROGRESS;
    for (let i = 0; i < 2050; i++) state = { ...state, seen: opened(state, 'p', `fp-${i}`, i).seen };
    expect(state.seen).toHaveLength(2000);
    expect(state.seen[0]).toBe('fp-50');
    expect(state.seen.at(-1)).toBe('fp-2049');
    expect(state.seen).not.toContain('fp-0');
  });
});

describe('submitted', () => {
  it('counts attempts and failed submits', () => {
    let state = opened(EMPTY_PROGRESS, 'a', 'fp', 0);
    state = submitted(state, 'a', false, 10);
    state = submitted(state, 'a', false, 20);
    expect(state.problems.a).toMatchObject({ attempts: 2, failedSubmits: 2, solvedAt: null, solveMs: null });
    expect(isSolved(state, 'a')).toBe(false);
    state = submitted(state, 'a', true, 30);
    expect(state.problems.a).toMatchObject({ attempts: 3, failedSubmits: 2 });
  });

  it('records the first solve time and how long it took', () => {
    let state = opened(EMPTY_PROGRESS, 'a', 'fp', 1_000);
    state = submitted(state, 'a', false, 5_000);
    state = submitted(state, 'a', true, 61_000);
    expect(state.problems.a).toEqual({ ...fresh(1_000), attempts: 2, failedSubmits: 1, solvedAt: 61_000, solveMs: 60_000, lastSolveMs: 60_000 });
    expect(isSolved(state, 'a')).toBe(true);
  });

  it('never overwrites the first solve', () => {
    let state = opened(EMPTY_PROGRESS, 'a', 'fp', 1_000);
    state = submitted(state, 'a', true, 3_000);
    state = submitted(state, 'a', true, 90_000);
    state = submitted(state, 'a', false, 95_000);
    state = opened(state, 'a', 'fp', 100_000);
    state = submitted(state, 'a', true, 200_000);
    expect(state.problems.a).toMatchObject({ openedAt: 1_000, attempts: 4, failedSubmits: 1, solvedAt: 3_000, solveMs: 2_000, lastSolveMs: 100_000 });
    expect(isSolved(state, 'a')).toBe(true);
  });

  it('creates an entry for a problem that was never opened', () => {
    const state = submitted(EMPTY_PROGRESS, 'b', true, 500);
    expect(state.problems.b).toEqual({ ...fresh(500), attempts: 1, solvedAt: 500, solveMs: 0, lastSolveMs: 0 });
    expect(state.seen).toEqual([]);
  });

  it('never records a negative solve time', () => {
    const state = submitted(opened(EMPTY_PROGRESS, 'a', 'fp', 10_000), 'a', true, 9_000);
    expect(state.problems.a.solveMs).toBe(0);
  });

  it('leaves other problems alone', () => {
    let state = opened(EMPTY_PROGRESS, 'a', 'fp-a', 0);
    state = opened(state, 'b', 'fp-b', 0);
    const b = state.problems.b;
    state = submitted(state, 'a', true, 10);
    expect(state.problems.b).toBe(b);
    expect(isSolved(state, 'b')).toBe(false);
  });
});

describe('hintShown', () => {
  it('keeps the highest rung shown', () => {
    let state = opened(EMPTY_PROGRESS, 'a', 'fp', 0);
    state = hintShown(state, 'a', 1, 10);
    expect(state.problems.a.hintsShown).toBe(1);
    state = hintShown(state, 'a', 3, 20);
    expect(state.problems.a.hintsShown).toBe(3);
    state = hintShown(state, 'a', 2, 30);
    expect(state.problems.a.hintsShown).toBe(3);
    expect(state.problems.a.openedAt).toBe(0);
  });

  it('creates an entry when needed', () => {
    expect(hintShown(EMPTY_PROGRESS, 'x', 2, 7).problems.x).toEqual({ ...fresh(7), hintsShown: 2 });
  });
});

describe('revealed', () => {
  it('marks the solution as revealed without touching the rest', () => {
    let state = opened(EMPTY_PROGRESS, 'a', 'fp', 0);
    state = submitted(state, 'a', false, 5);
    state = revealed(state, 'a', 10);
    expect(state.problems.a).toEqual({ ...fresh(0), attempts: 1, failedSubmits: 1, revealed: true });
    expect(isSolved(state, 'a')).toBe(false);
    expect(revealed(state, 'a', 20).problems.a.revealed).toBe(true);
  });

  it('creates an entry when needed', () => {
    expect(revealed(EMPTY_PROGRESS, 'x', 3).problems.x).toEqual({ ...fresh(3), revealed: true });
  });
});

describe('isSolved', () => {
  it('is false for unknown and unsolved problems', () => {
    expect(isSolved(EMPTY_PROGRESS, 'nope')).toBe(false);
    expect(isSolved(opened(EMPTY_PROGRESS, 'a', 'fp', 5), 'a')).toBe(false);
  });

  it('is true once solved', () => {
    expect(isSolved(submitted(EMPTY_PROGRESS, 'a', true, 1_700_000_000_000), 'a')).toBe(true);
  });
});

describe('migrateProgress', () => {
  it('keeps a valid state as it is', () => {
    let state = opened(EMPTY_PROGRESS, 'a', 'fp-a', 1);
    state = submitted(state, 'a', true, 5);
    state = hintShown(opened(state, 'b', 'fp-b', 2), 'b', 1, 3);
    expect(migrateProgress(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('returns an empty state for garbage and never throws', () => {
    const garbage: unknown[] = [undefined, null, 0, 42, NaN, '', 'progress', true, [], [1, 2], () => 1, Symbol('x'), new Date(0), { problems: null, seen: null }, { problems: 'x', seen: 'fp' }, { problems: [], seen: {} }];
    for (const value of garbage) {
      let result: ProgressState | undefined;
      expect(() => (result = migrateProgress(value)), String(typeof value)).not.toThrow();
      expect(result, String(typeof value)).toEqual({ problems: {}, seen: [] });
    }
  });

  it('fills in missing fields with defaults', () => {
    expect(migrateProgress({})).toEqual({ problems: {}, seen: [] });
    expect(migrateProgress({ problems: { a: { openedAt: 5 } } })).toEqual({ problems: { a: fresh(5, null) }, seen: [] });
  });

  it('keeps the valid entries of hand-edited data', () => {
    const stored = {
      problems: {
        good: { openedAt: 1, attempts: 2, failedSubmits: 1, hintsShown: 1, revealed: false, solvedAt: 9, solveMs: 8 },
        minimal: { openedAt: 3 },
        badAttempts: { openedAt: 1, attempts: -1 },
        fractional: { openedAt: 1, hintsShown: 1.5 },
        noOpenedAt: { attempts: 1 },
        wrongType: 'solved',
        nullEntry: null,
      },
      seen: ['fp-1', 2, null, 'fp-2', { fp: 3 }],
      extra: 'ignored',
    };
    const migrated = migrateProgress(stored);
    expect(migrated).toEqual({
      problems: {
        good: { openedAt: 1, visitedAt: null, attempts: 2, failedSubmits: 1, hintsShown: 1, revealed: false, solvedAt: 9, solveMs: 8, lastSolveMs: null },
        minimal: fresh(3, null),
      },
      seen: ['fp-1', 'fp-2'],
    });
    expect(ProgressState.safeParse(migrated).success).toBe(true);
    expect(isSolved(migrated, 'good')).toBe(true);
  });

  it('keeps the valid entries when seen is broken, and seen when problems are broken', () => {
    expect(migrateProgress({ problems: { a: { openedAt: 1 } }, seen: 'fp' })).toEqual({ problems: { a: fresh(1, null) }, seen: [] });
    expect(migrateProgress({ problems: 7, seen: ['fp'] })).toEqual({ problems: {}, seen: ['fp'] });
  });

  it('drops unknown fields of an entry', () => {
    const migrated = migrateProgress({ problems: { a: { openedAt: 1, stars: 5 } }, seen: [] });
    expect(migrated.problems.a).toEqual(fresh(1, null));
  });
});

describe('rounds of a choice', () => {
  it('after every question was seen, a second round again visits each before any repeats', async () => {
    const { pickProblem, seededRandom } = await import('./catalog');
    const { startOver } = await import('./progress');
    const summary = (id: string) => ({ id, pack: 'p', title: id, difficulty: 'beginner' as const, tags: [], estimatedMinutes: null, module: 'm', subtopic: null, problemType: null, fingerprint: `fp-${id}` });
    const pool = ['a', 'b', 'c', 'd', 'e'].map(summary);
    let state = { problems: {}, seen: pool.map((p) => p.fingerprint) };
    const random = seededRandom(1);
    let current = 'a';
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      const pick = pickProblem(pool, {}, new Set(state.seen), random, current);
      if (pick.poolExhausted) state = startOver(state, pick.poolFingerprints, `fp-${current}`);
      const id = pick.problem?.id ?? '';
      state = { ...state, seen: [...state.seen, `fp-${id}`] };
      visited.push(id);
      current = id;
    }
    expect(new Set(visited).size).toBe(4);
    expect(visited).not.toContain('a');
  });

  it('a solve at time 0 still counts as solved', async () => {
    const { EMPTY_PROGRESS, isSolved, submitted } = await import('./progress');
    expect(isSolved(submitted(EMPTY_PROGRESS, 'a', true, 0), 'a')).toBe(true);
  });
});


describe('mergeProgress', () => {
  it('keeps what either copy knows, and merging twice changes nothing', async () => {
    const { EMPTY_PROGRESS, mergeProgress, opened, submitted } = await import('./progress');
    const a = submitted(opened(EMPTY_PROGRESS, 'p1', 'f1', 100), 'p1', true, 200);
    const b = submitted(submitted(opened(EMPTY_PROGRESS, 'p2', 'f2', 150), 'p2', false, 160), 'p1', false, 300);
    const merged = mergeProgress(a, b);
    expect(Object.keys(merged.problems).sort()).toEqual(['p1', 'p2']);
    expect(merged.problems.p1.solvedAt).toBe(200);
    expect(merged.problems.p2.failedSubmits).toBe(1);
    expect(new Set(merged.seen)).toEqual(new Set(['f1', 'f2']));
    expect(mergeProgress(merged, b)).toEqual(merged);
  });
});

describe('solve time', () => {
  const SECOND = 1_000;
  const DAY = 86_400_000;

  it('is the time from opening the problem to the passing submit', () => {
    expect(solveTimeMs(1_000, 19_000)).toBe(18_000);
    expect(solveTimeMs(5_000, 4_000)).toBe(0);
  });

  it('is the same number in the workspace and in the statistics for a single solve', () => {
    // Opened, a failing submit after 6 s, the passing one after 18 s.
    const T = 1_700_000_000_000;
    let progress = opened(EMPTY_PROGRESS, 'two-sum', 'fp', T);
    progress = submitted(progress, 'two-sum', false, T + 6 * SECOND);
    progress = submitted(progress, 'two-sum', true, T + 18 * SECOND);
    const event = (at: number, passed: boolean) => ({
      id: `e-${at}`,
      kind: 'submit' as const,
      problemId: 'two-sum',
      problemTitle: 'Two sum',
      module: 'lists',
      subtopic: 'indexing',
      problemType: 'function',
      difficulty: 'beginner' as const,
      at,
      durationMs: 40,
      code: '',
      summary: '',
      passed,
      testsPassed: passed ? 3 : 1,
      testsTotal: 3,
    });
    const stats = [event(T + 6 * SECOND, false), event(T + 18 * SECOND, true)].reduce((s, e) => countEvent(s, e, 0), EMPTY_STATS);
    // What the workspace says right after the solve …
    const workspace = latestSolveMs(progress.problems['two-sum']);
    // … and what the statistics page averages over the problems solved.
    const statistics = averageSolveMs(progress.problems, summaryFor(stats).solvedProblemIds);
    expect(workspace).toBe(18 * SECOND);
    expect(statistics).toBe(workspace);
    expect(formatDuration(statistics!)).toBe('18 s');
  });

  it('counts only the visit in which the problem was solved', () => {
    let state = opened(EMPTY_PROGRESS, 'a', 'fp', 0);
    state = submitted(state, 'a', false, 30 * SECOND);
    state = opened(state, 'a', 'fp', 4 * DAY);
    state = submitted(state, 'a', true, 4 * DAY + 95 * SECOND);
    expect(state.problems.a).toMatchObject({ openedAt: 0, visitedAt: 4 * DAY, solveMs: 95 * SECOND, lastSolveMs: 95 * SECOND });
  });

  it('shows the latest solve in the workspace while the statistics keep the first', () => {
    let state = submitted(opened(EMPTY_PROGRESS, 'a', 'fp', 0), 'a', true, 40 * SECOND);
    state = submitted(opened(state, 'a', 'fp', DAY), 'a', true, DAY + 12 * SECOND);
    expect(latestSolveMs(state.problems.a)).toBe(12 * SECOND);
    expect(averageSolveMs(state.problems, ['a'])).toBe(40 * SECOND);
  });

  it('falls back to the first opening for records saved before visits were kept', () => {
    const old = migrateProgress({ problems: { a: { openedAt: 1_000, attempts: 1 } }, seen: [] });
    expect(old.problems.a.visitedAt).toBeNull();
    expect(submitted(old, 'a', true, 61_000).problems.a).toMatchObject({ solveMs: 60_000, lastSolveMs: 60_000 });
  });

  it('averages the first solves of the problems that have one', () => {
    const problems = {
      a: { ...fresh(0), solvedAt: 10, solveMs: 10 * SECOND },
      b: { ...fresh(0), solvedAt: 30, solveMs: 30 * SECOND },
      c: fresh(0),
    };
    expect(averageSolveMs(problems, ['a', 'b', 'c', 'missing', 'a'])).toBe(20 * SECOND);
    expect(averageSolveMs(problems, ['c'])).toBeNull();
    expect(averageSolveMs(problems, [])).toBeNull();
    expect(latestSolveMs(undefined)).toBeNull();
  });

  it('merges two copies keeping the latest visit', () => {
    const a = opened(EMPTY_PROGRESS, 'p', 'f', 100);
    const b = opened(opened(EMPTY_PROGRESS, 'p', 'f', 50), 'p', 'f', 500);
    expect(mergeProgress(a, b).problems.p).toMatchObject({ openedAt: 50, visitedAt: 500 });
    expect(mergeProgress(b, a).problems.p).toMatchObject({ openedAt: 50, visitedAt: 500 });
  });
});

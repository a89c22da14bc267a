import { describe, expect, it } from 'vitest';
import { HistoryEvent, type HistoryEventInput } from './history';
import {
  breakdown,
  cellKey,
  countEvent,
  DayStats,
  EMPTY_STATS,
  migrateStats,
  StatsState,
  streaks,
  summaryFor,
} from './stats';

/** 2024-03-10 12:00 UTC. */
const T0 = Date.UTC(2024, 2, 10, 12, 0, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;
const KEY = 'lists/indexing/function/beginner';

let serial = 0;
function ev(overrides: Partial<HistoryEventInput> = {}): HistoryEvent {
  serial += 1;
  return HistoryEvent.parse({
    id: `ev-${serial}`,
    kind: 'submit',
    problemId: 'two-sum',
    problemTitle: 'Two sum',
    module: 'lists',
    subtopic: 'indexing',
    problemType: 'function',
    difficulty: 'beginner',
    at: T0,
    ...overrides,
  });
}

/** Count events in order, with days in UTC. */
function count(events: HistoryEvent[], state: StatsState = EMPTY_STATS): StatsState {
  return events.reduce((s, e) => countEvent(s, e, 0), state);
}

const emptyDay: DayStats = { attempts: 0, solves: 0, runs: 0, timeMs: 0 };

describe('countEvent', () => {
  it('counts a failing submit into its cell and its day', () => {
    const submit = ev({ passed: false, durationMs: 120, testsPassed: 2, testsTotal: 5 });
    const state = countEvent(EMPTY_STATS, submit, 0);
    expect(state).toEqual({
      cells: {
        [KEY]: { attempts: 1, solves: 0, problems: ['two-sum'], solvedProblems: [], timeMs: 120, lastAttemptAt: T0 },
      },
      days: { '2024-03-10': { attempts: 1, solves: 0, runs: 0, timeMs: 120 } },
      counted: [submit.id],
    });
  });

  it('counts a passing submit as a solve', () => {
    const state = countEvent(EMPTY_STATS, ev({ passed: true, durationMs: 50 }), 0);
    expect(state.cells[KEY]).toMatchObject({ attempts: 1, solves: 1, problems: ['two-sum'], solvedProblems: ['two-sum'] });
    expect(state.days['2024-03-10']).toEqual({ attempts: 1, solves: 1, runs: 0, timeMs: 50 });
  });

  it('adds runs to the day’s runs and time, but not to attempts or any cell', () => {
    const run = ev({ kind: 'run', durationMs: 300, passed: true });
    let state = countEvent(EMPTY_STATS, run, 0);
    state = countEvent(state, ev({ kind: 'run', durationMs: 200, at: T0 + MINUTE }), 0);
    expect(state.days).toEqual({ '2024-03-10': { attempts: 0, solves: 0, runs: 2, timeMs: 500 } });
    expect(state.cells).toEqual({});
    expect(state.counted).toHaveLength(2);
    expect(summaryFor(state).attempts).toBe(0);
  });

  it('adds nothing to attempts, runs or cells for hints and reveals', () => {
    const state = count([ev({ kind: 'hint', summary: 'hint 1' }), ev({ kind: 'reveal', passed: true })]);
    expect(state.days['2024-03-10']).toEqual(emptyDay);
    expect(state.cells).toEqual({});
    expect(state.counted).toHaveLength(2);
    expect(streaks(state, '2024-03-10')).toEqual({ current: 0, best: 0 });
  });

  it('counts the same event only once', () => {
    const submit = ev({ passed: true, durationMs: 40 });
    const once = countEvent(EMPTY_STATS, submit, 0);
    const snapshot = structuredClone(once);
    const twice = countEvent(once, submit, 0);
    expect(twice).toBe(once);
    expect(twice).toEqual(snapshot);
    // Same id, even if it arrives again as a different copy.
    expect(countEvent(once, { ...submit, passed: false, at: T0 + DAY }, 0)).toEqual(snapshot);
    // Replaying a whole history again changes nothing either.
    const events = [ev({ passed: false }), ev({ kind: 'run', durationMs: 10 }), ev({ passed: true, at: T0 + MINUTE })];
    const counted = count(events);
    expect(count(events, counted)).toEqual(counted);
  });

  it('does not change the state it was given', () => {
    const start = count([ev({ passed: false })]);
    const before = structuredClone(start);
    count([ev({ passed: true, at: T0 + MINUTE }), ev({ kind: 'run', durationMs: 5 })], start);
    expect(start).toEqual(before);
    expect(EMPTY_STATS).toEqual({ cells: {}, days: {}, counted: [] });
  });

  it('names the problems solved, once each, across days and cells (their solve times live in the progress records)', () => {
    const state = count([
      ev({ problemId: 'a', passed: false, at: T0 }),
      ev({ problemId: 'b', passed: false, at: T0 + MINUTE, difficulty: 'advanced' }),
      ev({ problemId: 'b', passed: true, at: T0 + 3 * MINUTE, difficulty: 'advanced' }),
      ev({ problemId: 'a', passed: true, at: T0 + DAY }),
      ev({ problemId: 'a', passed: true, at: T0 + DAY + MINUTE }),
    ]);
    expect(summaryFor(state).solvedProblemIds.sort()).toEqual(['a', 'b']);
    expect(summaryFor(state, 'lists/indexing/function/advanced').solvedProblemIds).toEqual(['b']);
  });

  it('lists problems and solved problems once each', () => {
    const state = count([
      ev({ problemId: 'a', passed: true }),
      ev({ problemId: 'b', passed: false }),
      ev({ problemId: 'a', passed: true }),
      ev({ problemId: 'b', passed: true }),
      ev({ problemId: 'b', passed: true }),
      ev({ problemId: 'c', passed: false }),
    ]);
    expect(state.cells[KEY]).toMatchObject({ attempts: 6, solves: 4, problems: ['a', 'b', 'c'], solvedProblems: ['a', 'b'] });
  });

  it('keeps the latest attempt time even when events arrive out of order', () => {
    const state = count([ev({ at: T0 + 2 * MINUTE }), ev({ at: T0 })]);
    expect(state.cells[KEY].lastAttemptAt).toBe(T0 + 2 * MINUTE);
  });

  it('puts events in separate cells by module, subtopic, type and difficulty', () => {
    const state = count([
      ev({}),
      ev({ difficulty: 'intermediate' }),
      ev({ problemType: 'script' }),
      ev({ subtopic: null, problemType: null }),
      ev({ module: 'strings' }),
    ]);
    expect(Object.keys(state.cells).sort()).toEqual([
      'lists/-/-/beginner',
      'lists/indexing/function/beginner',
      'lists/indexing/function/intermediate',
      'lists/indexing/script/beginner',
      'strings/indexing/function/beginner',
    ]);
    for (const cell of Object.values(state.cells)) expect(cell.attempts).toBe(1);
    expect(state.days['2024-03-10'].attempts).toBe(5);
  });

  it('files events under the day of the given offset', () => {
    const late = ev({ passed: true, at: Date.UTC(2024, 2, 10, 23, 30) });
    expect(Object.keys(countEvent(EMPTY_STATS, late, 0).days)).toEqual(['2024-03-10']);
    expect(Object.keys(countEvent(EMPTY_STATS, late, -120).days)).toEqual(['2024-03-11']);
    const early = ev({ kind: 'run', at: Date.UTC(2024, 2, 11, 3, 0) });
    expect(Object.keys(countEvent(EMPTY_STATS, early, 300).days)).toEqual(['2024-03-10']);
  });
});

describe('cellKey', () => {
  it('joins module, subtopic, problem type and difficulty', () => {
    expect(cellKey({ module: 'lists', subtopic: 'slicing', problemType: 'function', difficulty: 'advanced' })).toBe('lists/slicing/function/advanced');
  });

  it('writes a missing subtopic or type as "-"', () => {
    expect(cellKey({ module: 'lists', subtopic: null, problemType: null, difficulty: 'beginner' })).toBe('lists/-/-/beginner');
    expect(cellKey({ module: 'pack', subtopic: null, problemType: 'io', difficulty: 'intermediate' })).toBe('pack/-/io/intermediate');
  });

  it('is the key countEvent uses', () => {
    const submit = ev({ module: 'dicts', subtopic: null, problemType: 'class', difficulty: 'advanced' });
    expect(Object.keys(countEvent(EMPTY_STATS, submit, 0).cells)).toEqual([cellKey(submit)]);
  });
});

/**
 * lists/indexing/function/beginner:      a (fail, pass after 1 min), b (fail)
 * lists/slicing/function/intermediate:   c (pass at once)
 * lists/slicing/script/intermediate:     e (fail)
 * strings/-/-/beginner:                  d (fail, fail)
 */
function sampleStats(): StatsState {
  return count([
    ev({ problemId: 'a', passed: false, durationMs: 100, at: T0 }),
    ev({ problemId: 'a', passed: true, durationMs: 100, at: T0 + MINUTE }),
    ev({ problemId: 'b', passed: false, durationMs: 100, at: T0 + 2 * MINUTE }),
    ev({ problemId: 'c', passed: true, durationMs: 10, subtopic: 'slicing', difficulty: 'intermediate', at: T0 + 3 * MINUTE }),
    ev({ problemId: 'e', passed: false, durationMs: 20, subtopic: 'slicing', problemType: 'script', difficulty: 'intermediate', at: T0 + 4 * MINUTE }),
    ev({ problemId: 'd', passed: false, durationMs: 1, module: 'strings', subtopic: null, problemType: null, at: T0 + 5 * MINUTE }),
    ev({ problemId: 'd', passed: false, durationMs: 1, module: 'strings', subtopic: null, problemType: null, at: T0 + 6 * MINUTE }),
    ev({ kind: 'run', durationMs: 5_000, at: T0 + 7 * MINUTE }),
  ]);
}

describe('summaryFor', () => {
  const state = sampleStats();

  it('summarizes everything without a prefix', () => {
    expect(summaryFor(state)).toEqual({
      attempts: 7,
      solves: 2,
      problemsAttempted: 5,
      problemsSolved: 2,
      timeMs: 332,
      solvedProblemIds: ['a', 'c'],
      attemptedProblemIds: ['a', 'b', 'c', 'e', 'd'],
      completion: 2 / 5,
      lastAttemptAt: T0 + 6 * MINUTE,
    });
  });

  it('summarizes one module', () => {
    expect(summaryFor(state, 'lists/')).toEqual({
      attempts: 5,
      solves: 2,
      problemsAttempted: 4,
      problemsSolved: 2,
      timeMs: 330,
      solvedProblemIds: ['a', 'c'],
      attemptedProblemIds: ['a', 'b', 'c', 'e'],
      completion: 2 / 4,
      lastAttemptAt: T0 + 4 * MINUTE,
    });
    expect(summaryFor(state, 'strings/')).toMatchObject({ attempts: 2, solves: 0, problemsAttempted: 1, problemsSolved: 0, solvedProblemIds: [], completion: 0 });
  });

  it('summarizes a subtopic and a problem type', () => {
    expect(summaryFor(state, 'lists/indexing/')).toEqual({
      attempts: 3,
      solves: 1,
      problemsAttempted: 2,
      problemsSolved: 1,
      timeMs: 300,
      solvedProblemIds: ['a'],
      attemptedProblemIds: ['a', 'b'],
      completion: 0.5,
      lastAttemptAt: T0 + 2 * MINUTE,
    });
    expect(summaryFor(state, 'lists/slicing/')).toMatchObject({ attempts: 2, problemsAttempted: 2, problemsSolved: 1, solvedProblemIds: ['c'], completion: 0.5 });
    expect(summaryFor(state, 'lists/slicing/function/')).toMatchObject({ attempts: 1, problemsSolved: 1, completion: 1 });
  });

  it('counts a problem attempted in two cells once', () => {
    const twice = count([ev({ problemId: 'x', passed: false }), ev({ problemId: 'x', passed: true, difficulty: 'advanced', at: T0 + MINUTE })]);
    expect(summaryFor(twice)).toMatchObject({ attempts: 2, solves: 1, problemsAttempted: 1, problemsSolved: 1, completion: 1 });
  });

  it('is all zeros for an unknown prefix or no statistics', () => {
    const zero = { attempts: 0, solves: 0, problemsAttempted: 0, problemsSolved: 0, timeMs: 0, solvedProblemIds: [], attemptedProblemIds: [], completion: 0, lastAttemptAt: null };
    expect(summaryFor(state, 'nothing/')).toEqual(zero);
    expect(summaryFor(EMPTY_STATS)).toEqual(zero);
  });
});

describe('breakdown', () => {
  const state = sampleStats();
  const keysOf = (rows: Array<{ key: string }>) => rows.map((r) => r.key);

  it('gives one row per module at depth 1', () => {
    const rows = breakdown(state, 1);
    expect(keysOf(rows)).toEqual(['lists', 'strings']);
    expect(rows[0].summary).toEqual(summaryFor(state, 'lists/'));
    expect(rows[1].summary).toEqual(summaryFor(state, 'strings/'));
  });

  it('gives one row per subtopic at depth 2', () => {
    const rows = breakdown(state, 2);
    expect(keysOf(rows)).toEqual(['lists/indexing', 'lists/slicing', 'strings/-']);
    expect(rows[1].summary).toMatchObject({ attempts: 2, problemsAttempted: 2, problemsSolved: 1 });
  });

  it('gives one row per problem type at depth 3', () => {
    const rows = breakdown(state, 3);
    expect(keysOf(rows)).toEqual(['lists/indexing/function', 'lists/slicing/function', 'lists/slicing/script', 'strings/-/-']);
    for (const row of rows) expect(row.summary).toEqual(summaryFor(state, `${row.key}/`));
  });

  it('gives one row per cell at depth 4', () => {
    const rows = breakdown(state, 4);
    expect(keysOf(rows)).toEqual([
      'lists/indexing/function/beginner',
      'lists/slicing/function/intermediate',
      'lists/slicing/script/intermediate',
      'strings/-/-/beginner',
    ]);
    for (const row of rows) expect(row.summary).toEqual(summaryFor(state, row.key));
  });

  it('limits the rows to a prefix', () => {
    expect(keysOf(breakdown(state, 2, 'lists/'))).toEqual(['lists/indexing', 'lists/slicing']);
    expect(keysOf(breakdown(state, 3, 'lists/slicing/'))).toEqual(['lists/slicing/function', 'lists/slicing/script']);
    expect(breakdown(state, 1, 'nothing/')).toEqual([]);
  });

  it('merges the difficulties of a problem type into one row', () => {
    const mixed = count([ev({ problemId: 'p', passed: true }), ev({ problemId: 'q', passed: false, difficulty: 'advanced' })]);
    const rows = breakdown(mixed, 3);
    expect(keysOf(rows)).toEqual(['lists/indexing/function']);
    expect(rows[0].summary).toMatchObject({ attempts: 2, solves: 1, problemsAttempted: 2, problemsSolved: 1, completion: 0.5 });
  });

  it('is empty for no statistics', () => {
    for (const depth of [1, 2, 3, 4] as const) expect(breakdown(EMPTY_STATS, depth)).toEqual([]);
  });
});

function withDays(days: Record<string, Partial<DayStats>>): StatsState {
  return StatsState.parse({ days });
}
const active = (...keys: string[]) => withDays(Object.fromEntries(keys.map((k) => [k, { attempts: 1 }])));

describe('streaks', () => {
  it('is 0/0 without any activity', () => {
    expect(streaks(EMPTY_STATS, '2024-03-10')).toEqual({ current: 0, best: 0 });
  });

  it('counts consecutive days up to today', () => {
    expect(streaks(active('2024-03-08', '2024-03-09', '2024-03-10'), '2024-03-10')).toEqual({ current: 3, best: 3 });
    expect(streaks(active('2024-03-10'), '2024-03-10')).toEqual({ current: 1, best: 1 });
  });

  it('keeps the current streak when the learner practised yesterday but not yet today', () => {
    expect(streaks(active('2024-03-08', '2024-03-09'), '2024-03-10')).toEqual({ current: 2, best: 2 });
  });

  it('ends the current streak after a whole day without practice', () => {
    expect(streaks(active('2024-03-07', '2024-03-08'), '2024-03-10')).toEqual({ current: 0, best: 2 });
  });

  it('breaks a streak at a gap', () => {
    const state = active('2024-03-01', '2024-03-02', '2024-03-03', '2024-03-05', '2024-03-06');
    expect(streaks(state, '2024-03-06')).toEqual({ current: 2, best: 3 });
    expect(streaks(state, '2024-03-03')).toEqual({ current: 3, best: 3 });
    expect(streaks(state, '2024-03-04')).toEqual({ current: 3, best: 3 });
  });

  it('does not depend on the order the days were stored in', () => {
    expect(streaks(active('2024-03-10', '2024-03-08', '2024-03-09', '2024-03-01'), '2024-03-10')).toEqual({ current: 3, best: 3 });
  });

  it('counts days with runs only, but not days with only hints or reveals', () => {
    expect(streaks(withDays({ '2024-03-09': { runs: 2 }, '2024-03-10': { runs: 1 } }), '2024-03-10')).toEqual({ current: 2, best: 2 });
    const hintsOnly = withDays({ '2024-03-08': { attempts: 1 }, '2024-03-09': { timeMs: 500 }, '2024-03-10': { attempts: 1 } });
    expect(streaks(hintsOnly, '2024-03-10')).toEqual({ current: 1, best: 1 });
  });

  it('runs across month, leap-day and year boundaries', () => {
    expect(streaks(active('2024-02-28', '2024-02-29', '2024-03-01'), '2024-03-01')).toEqual({ current: 3, best: 3 });
    expect(streaks(active('2023-12-30', '2023-12-31', '2024-01-01'), '2024-01-02')).toEqual({ current: 3, best: 3 });
    expect(streaks(active('2023-02-28', '2023-03-01'), '2023-03-01')).toEqual({ current: 2, best: 2 });
  });

  it('follows days counted from events', () => {
    const state = count([
      ev({ passed: false, at: T0 - 2 * DAY }),
      ev({ kind: 'run', at: T0 - DAY }),
      ev({ kind: 'hint', at: T0 }),
    ]);
    expect(streaks(state, '2024-03-10')).toEqual({ current: 2, best: 2 });
    expect(streaks(count([ev({ at: T0 })], state), '2024-03-10')).toEqual({ current: 3, best: 3 });
  });
});

describe('migrateStats', () => {
  it('keeps valid statistics and fills missing fields', () => {
    const state = sampleStats();
    expect(migrateStats(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(migrateStats({ cells: { k: { attempts: 2 } }, days: { '2024-03-10': { runs: 1 } } })).toEqual({
      cells: { k: { attempts: 2, solves: 0, problems: [], solvedProblems: [], timeMs: 0, lastAttemptAt: null } },
      days: { '2024-03-10': { attempts: 0, solves: 0, runs: 1, timeMs: 0 } },
      counted: [],
    });
    // Statistics saved by version 1 carried solve times of their own: they are dropped, the rest is kept.
    const v1 = { cells: { k: { attempts: 1, solves: 1, problems: ['a'], solvedProblems: ['a'], timeMs: 3, solveTimeMs: 12_000, lastAttemptAt: T0 } }, days: {}, counted: ['e1'], firstAttemptAt: { a: T0 } };
    expect(migrateStats(v1)).toEqual({ cells: { k: { attempts: 1, solves: 1, problems: ['a'], solvedProblems: ['a'], timeMs: 3, lastAttemptAt: T0 } }, days: {}, counted: ['e1'] });
  });

  it('turns garbage into empty statistics without throwing', () => {
    const garbage: unknown[] = [
      undefined,
      null,
      0,
      42,
      true,
      'stats',
      [],
      [1, 2],
      {},
      { cells: 'x', days: [1], counted: 'id', firstAttemptAt: null },
      { cells: null, days: 7, counted: { 0: 'a' }, firstAttemptAt: 'now' },
    ];
    for (const value of garbage) {
      let result: StatsState | undefined;
      expect(() => (result = migrateStats(value)), JSON.stringify(value)).not.toThrow();
      expect(result, JSON.stringify(value)).toEqual(EMPTY_STATS);
    }
  });

  it('keeps the valid parts of damaged statistics', () => {
    const good = { attempts: 3, solves: 1, problems: ['a'], solvedProblems: ['a'], timeMs: 10, lastAttemptAt: T0 };
    const result = migrateStats({
      cells: { good, negative: { ...good, attempts: -1 }, text: 'x', fractional: { ...good, solves: 0.5 }, badList: { problems: 'a' } },
      days: { '2024-03-10': { attempts: 2, runs: 1 }, '2024-03-11': { runs: 'many' }, '2024-03-12': null },
      counted: ['id-1', 3, null, 'id-2', { id: 'x' }],
      firstAttemptAt: { a: T0, b: 'soon', c: null },
      extra: true,
    });
    expect(result).toEqual({
      cells: { good },
      days: { '2024-03-10': { attempts: 2, solves: 0, runs: 1, timeMs: 0 } },
      counted: ['id-1', 'id-2'],
    });
    expect(StatsState.safeParse(result).success).toBe(true);
  });

  it('gives statistics that keep counting, and still skip events already counted', () => {
    const first = ev({ passed: false, at: T0 });
    const stored = JSON.parse(JSON.stringify(count([first])));
    stored.cells.broken = { attempts: 'lots' };
    const migrated = migrateStats(stored);
    expect(Object.keys(migrated.cells)).toEqual([KEY]);
    expect(countEvent(migrated, first, 0)).toBe(migrated);
    const next = countEvent(migrated, ev({ passed: true, at: T0 + 2 * MINUTE }), 0);
    expect(next.cells[KEY]).toMatchObject({ attempts: 2, solves: 1, solvedProblems: ['two-sum'] });
  });
});

describe('damaged day keys in stored statistics', () => {
  it('drops keys that are not calendar days, so streaks never throw', () => {
    const state = migrateStats({ days: { 'not-a-day': { attempts: 1 }, '2024-03-09': { attempts: 1 } } });
    expect(Object.keys(state.days)).toEqual(['2024-03-09']);
    expect(streaks(state, '2024-03-10')).toEqual({ current: 1, best: 1 });
  });
});

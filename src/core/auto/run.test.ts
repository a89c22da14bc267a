import { describe, expect, it } from 'vitest';
import { seededRandom } from '../catalog';
import { subtopicKey, typeKey } from './keys';
import { EMPTY_MASTERY, type MasteryState } from './mastery';
import { whyInEnglish } from './why-in-english.testing';
import type { Outcome } from './outcome';
import { EMPTY_REVIEW } from './review';
import { Rating, scheduleReview } from './review-schedule';
import { activeRun, AutoRun, AutoRunsState, EMPTY_AUTO_RUNS, exportRun, type Level, migrateAutoRuns, parseRunFile, putRun, removeRun, RUNS_LIMIT, setActiveRun } from './run';
import { canAdjust, createRun, easier, harder, MINI_CURRICULUM, nextLevel, type PlanContext, planNext, recordOutcome, RUN_AHEAD, skip, STREAK_IDLE_MS } from './run-plan';
import { syntheticCatalog } from './simulate';

const T0 = Date.UTC(2025, 0, 6, 9);
const MINUTE = 60_000;
const catalog = syntheticCatalog();

const CLEAN: Outcome = { solved: true, hints: 0, revealed: false, failedSubmits: 0 };
const HINTED: Outcome = { solved: true, hints: 1, revealed: false, failedSubmits: 0 };
const MISS: Outcome = { solved: false, hints: 0, revealed: false, failedSubmits: 2 };
const REVEALED: Outcome = { solved: false, hints: 2, revealed: true, failedSubmits: 1 };

const context = (overrides: Partial<PlanContext> = {}): PlanContext => ({
  catalog,
  mastery: EMPTY_MASTERY,
  reviews: EMPTY_REVIEW,
  now: T0,
  random: seededRandom(1),
  ...overrides,
});

const newRun = (overrides: Partial<Parameters<typeof createRun>[0]> = {}) => createRun({ id: 'run-1', name: 'Morning practice', now: T0, isNewLearner: false, ...overrides });

/** Answer the problem on screen. */
function answer(run: AutoRun, outcome: Outcome, now: number): AutoRun {
  const current = run.current;
  if (!current) throw new Error('nothing on screen');
  return recordOutcome(run, { problemId: current.problemId, key: current.key, difficulty: current.difficulty, outcome }, now);
}

const level = (input: Partial<Level> = {}): Level => ({ difficulty: 'intermediate', streak: 0, failures: 0, lastAt: T0, answered: 0, dropped: false, ...input });

describe('createRun', () => {
  it('makes an empty, valid run', () => {
    const run = newRun({ isNewLearner: true, scope: ['lists'] });
    expect(AutoRun.parse(run)).toEqual(run);
    expect(run).toMatchObject({ id: 'run-1', name: 'Morning practice', createdAt: T0, updatedAt: T0, newLearner: true, scope: ['lists'], current: null, queue: [], history: [] });
  });
});

describe('nextLevel', () => {
  it('rises after three clean solves in a row and starts a new streak', () => {
    let l = level();
    for (let i = 0; i < 2; i++) l = nextLevel(l, 'intermediate', CLEAN, T0 + i);
    expect(l).toMatchObject({ difficulty: 'intermediate', streak: 2 });
    l = nextLevel(l, 'intermediate', CLEAN, T0 + 3);
    expect(l).toMatchObject({ difficulty: 'advanced', streak: 0, answered: 0 });
  });

  it('resets the streak after a solve with hints', () => {
    let l = nextLevel(nextLevel(level(), 'intermediate', CLEAN, T0), 'intermediate', CLEAN, T0);
    l = nextLevel(l, 'intermediate', HINTED, T0);
    expect(l).toMatchObject({ difficulty: 'intermediate', streak: 0 });
    l = nextLevel(l, 'intermediate', CLEAN, T0);
    expect(l.streak).toBe(1);
  });

  it('drops after two misses in a row, not after one', () => {
    const once = nextLevel(level(), 'intermediate', MISS, T0);
    expect(once).toMatchObject({ difficulty: 'intermediate', failures: 1 });
    expect(nextLevel(once, 'intermediate', CLEAN, T0)).toMatchObject({ failures: 0 });
    expect(nextLevel(once, 'intermediate', REVEALED, T0)).toMatchObject({ difficulty: 'beginner', failures: 0, dropped: true });
  });

  it('takes five clean solves to climb back after a drop', () => {
    let l = level({ difficulty: 'beginner', dropped: true });
    for (let i = 0; i < 4; i++) l = nextLevel(l, 'beginner', CLEAN, T0);
    expect(l).toMatchObject({ difficulty: 'beginner', streak: 4 });
    l = nextLevel(l, 'beginner', CLEAN, T0);
    expect(l).toMatchObject({ difficulty: 'intermediate', streak: 0, dropped: false });
  });

  it('moves up to a harder problem solved cleanly, and ignores easier solves', () => {
    expect(nextLevel(level({ difficulty: 'beginner', streak: 1 }), 'advanced', CLEAN, T0)).toMatchObject({ difficulty: 'advanced', streak: 0 });
    expect(nextLevel(level({ streak: 2 }), 'beginner', CLEAN, T0)).toMatchObject({ difficulty: 'intermediate', streak: 2 });
    // A miss above the level does not count toward a drop.
    expect(nextLevel(level({ failures: 1 }), 'advanced', MISS, T0)).toMatchObject({ difficulty: 'intermediate', failures: 1 });
  });

  it('forgets a streak left idle for more than a day', () => {
    const l = level({ streak: 2, failures: 0, lastAt: T0 });
    expect(nextLevel(l, 'intermediate', CLEAN, T0 + STREAK_IDLE_MS)).toMatchObject({ difficulty: 'advanced' });
    expect(nextLevel(l, 'intermediate', CLEAN, T0 + STREAK_IDLE_MS + 1)).toMatchObject({ difficulty: 'intermediate', streak: 1 });
    expect(nextLevel(level({ failures: 1 }), 'intermediate', MISS, T0 + 2 * STREAK_IDLE_MS)).toMatchObject({ difficulty: 'intermediate', failures: 1 });
  });

  it('stays within the difficulties', () => {
    let top = level({ difficulty: 'advanced' });
    for (let i = 0; i < 3; i++) top = nextLevel(top, 'advanced', CLEAN, T0);
    expect(top.difficulty).toBe('advanced');
    let bottom = level({ difficulty: 'beginner' });
    for (let i = 0; i < 2; i++) bottom = nextLevel(bottom, 'beginner', MISS, T0);
    expect(bottom).toMatchObject({ difficulty: 'beginner', dropped: false });
  });
});

describe('planNext', () => {
  it('puts a problem on screen and plans RUN_AHEAD more, each with an explanation', () => {
    const run = planNext(newRun(), context());
    expect(run.current).not.toBeNull();
    expect(run.queue).toHaveLength(RUN_AHEAD);
    const items = [run.current!, ...run.queue];
    expect(new Set(items.map((i) => i.problemId)).size).toBe(items.length);
    for (const item of items) {
      const problem = catalog.find((p) => p.id === item.problemId)!;
      expect(item.key).toBe(typeKey(problem));
      expect(item.difficulty).toBe(problem.difficulty);
      expect(whyInEnglish(item).length).toBeGreaterThan(10);
    }
    expect(AutoRun.parse(run)).toEqual(run);
  });

  it('is deterministic for a seed and changes nothing once the queue is full', () => {
    const a = planNext(newRun(), context({ random: seededRandom(9) }));
    const b = planNext(newRun(), context({ random: seededRandom(9) }));
    expect(a).toEqual(b);
    expect(planNext(a, context({ random: seededRandom(3) }))).toEqual(a);
  });

  it('starts a learner with no history on something new, at beginner level', () => {
    const run = planNext(newRun(), context());
    expect(run.current).toMatchObject({ reason: 'new', difficulty: 'beginner', key: 'strings/indexing-and-slicing/type-a' });
    expect(whyInEnglish(run.current!)).toBe('Something new: Strings › Indexing and slicing › Type a, next in the curriculum.');
  });

  it('walks a new learner through the mini-curriculum in order', () => {
    let run = planNext(newRun({ isNewLearner: true }), context());
    const steps = MINI_CURRICULUM.filter((s) => catalog.some((p) => p.module === s.module && p.subtopic === s.subtopic));
    const served: string[] = [];
    for (let i = 0; i < steps.length; i++) {
      expect(run.current!.reason).toBe('curriculum');
      expect(whyInEnglish(run.current!)).toContain(`step ${i + 1} of ${steps.length}`);
      served.push(subtopicKey(run.current!.key));
      run = planNext(answer(run, CLEAN, T0 + i * MINUTE), context({ now: T0 + i * MINUTE }));
    }
    expect(served).toEqual(steps.map((s) => `${s.module}/${s.subtopic}`));
    expect(run.current!.reason).not.toBe('curriculum');
    expect(run.current!.difficulty).toBe('beginner');
  });

  it('chooses the weakest practised area and says so', () => {
    const mastery: MasteryState = {
      skills: {
        'lists/list-basics/type-a': { rating: 1300, attempts: 6, lastAt: T0 },
        'dicts/counting/type-b': { rating: 750, attempts: 6, lastAt: T0 },
      },
    };
    const run = planNext(newRun(), context({ mastery }));
    expect(run.current).toMatchObject({ reason: 'weakest', key: 'dicts/counting/type-b', difficulty: 'beginner' });
    expect(whyInEnglish(run.current!)).toBe('Chosen because Dicts › Counting is your weakest area (mastery 17%).');
  });

  it('serves the level a practised learner is at', () => {
    const mastery: MasteryState = { skills: { 'lists/list-basics/type-a': { rating: 1400, attempts: 20, lastAt: T0 } } };
    const run = planNext(newRun({ scope: ['lists'] }), context({ mastery }));
    expect(run.current).toMatchObject({ key: 'lists/list-basics/type-a', difficulty: 'intermediate' });
  });

  it('moves a learner on from mastered areas to new ones at their level', () => {
    const mastery: MasteryState = { skills: { 'lists/list-basics/type-a': { rating: 1750, attempts: 20, lastAt: T0 } } };
    const run = planNext(newRun({ scope: ['lists'] }), context({ mastery }));
    expect(run.current).toMatchObject({ key: 'lists/list-basics/type-b', reason: 'new', difficulty: 'advanced' });
  });

  it('mixes in one due review at a time, with the reason', () => {
    const DAY = 86_400_000;
    let reviews = scheduleReview(EMPTY_REVIEW, 'strings/string-methods/type-b', Rating.Again, T0 - 5 * DAY);
    reviews = scheduleReview(reviews, 'lists/list-basics/type-a', Rating.Again, T0 - 3 * DAY);
    const mastery: MasteryState = {
      skills: {
        'strings/string-methods/type-b': { rating: 1000, attempts: 1, lastAt: T0 - 5 * DAY },
        'lists/list-basics/type-a': { rating: 1000, attempts: 1, lastAt: T0 - 3 * DAY },
      },
    };
    const run = planNext(newRun(), context({ reviews, mastery }));
    const items = [run.current!, ...run.queue];
    const review = items.filter((i) => i.reason === 'review');
    expect(review).toHaveLength(1);
    expect(review[0].key).toBe('strings/string-methods/type-b');
    expect(whyInEnglish(review[0])).toBe('Review due: Strings › String methods (last practised 5 days ago).');
  });

  it('uses curriculum names when given', () => {
    const modules = [
      {
        id: 'strings',
        name: 'Strings',
        subtopics: [
          {
            id: 'indexing-and-slicing',
            name: 'Indexing & slicing',
            order: 1,
            overview: 'Parts of a string.',
            considerations: ['Strings are immutable.'],
            problemTypes: [{ id: 'type-a', name: 'Pick characters', order: 1, overview: 'Index into a string.', considerations: ['Negative indexes count from the end.'] }],
          },
        ],
      },
    ];
    const run = planNext(newRun(), context({ modules }));
    expect(whyInEnglish(run.current!)).toBe('Something new: Strings › Indexing & slicing › Pick characters, next in the curriculum.');
  });

  it('prefers problems the learner has not been served', () => {
    const seen = new Set(catalog.filter((p) => !p.id.endsWith('-4')).map((p) => p.fingerprint));
    const run = planNext(newRun(), context({ seen }));
    for (const item of [run.current!, ...run.queue]) expect(item.problemId).toMatch(/-4$/);
  });

  it('never serves a recent answer again soon', () => {
    let run = planNext(newRun(), context());
    const answered: string[] = [];
    for (let i = 0; i < 10; i++) {
      const now = T0 + i * MINUTE;
      answered.push(run.current!.problemId);
      run = planNext(answer(run, i % 3 === 0 ? MISS : CLEAN, now), context({ now, random: seededRandom(i) }));
      expect(answered).not.toContain(run.current!.problemId);
    }
  });

  it('serves an easier or (for a new area) harder problem when the level has none, and says so', () => {
    const only = catalog.filter((p) => p.module === 'lists' && p.subtopic === 'list-basics' && p.difficulty === 'intermediate');
    const run = planNext(newRun(), context({ catalog: only }));
    expect(run.current!.difficulty).toBe('intermediate');
    expect(whyInEnglish(run.current!)).toContain('No fresh beginner problem is left there, so this one is intermediate.');
    expect(run.levels['lists/list-basics'].difficulty).toBe('beginner');
  });

  it('repeats problems only when nothing fresh is left, and says so', () => {
    const tiny = catalog.filter((p) => p.module === 'lists' && p.subtopic === 'list-basics' && p.difficulty === 'beginner');
    const seen = new Set(tiny.map((p) => p.fingerprint));
    const run = planNext(newRun(), context({ catalog: tiny, seen }));
    expect(whyInEnglish(run.current!)).toContain('You have met this problem before');
  });

  it('keeps to the run’s modules', () => {
    const run = planNext(newRun({ scope: ['dicts'] }), context());
    for (const item of [run.current!, ...run.queue]) expect(item.key.startsWith('dicts/')).toBe(true);
  });

  it('drops planned problems that left the catalogue', () => {
    const run = planNext(newRun(), context());
    const without = catalog.filter((p) => p.id !== run.current!.problemId && p.id !== run.queue[0].problemId);
    const replanned = planNext(run, context({ catalog: without }));
    expect(replanned.current!.problemId).toBe(run.queue[1].problemId);
    expect([replanned.current!, ...replanned.queue].map((i) => i.problemId)).not.toContain(run.current!.problemId);
  });

  it('plans nothing from an empty catalogue', () => {
    const run = planNext(newRun(), context({ catalog: [] }));
    expect(run.current).toBeNull();
    expect(run.queue).toEqual([]);
  });
});

describe('recordOutcome', () => {
  it('records the answer with its reason and clears the screen', () => {
    const run = planNext(newRun(), context());
    const current = run.current!;
    const after = answer(run, CLEAN, T0 + MINUTE);
    expect(after.current).toBeNull();
    expect(after.updatedAt).toBe(T0 + MINUTE);
    expect(after.history).toEqual([{ problemId: current.problemId, key: current.key, difficulty: current.difficulty, reason: current.reason, outcome: CLEAN, at: T0 + MINUTE }]);
    expect(after.levels[subtopicKey(current.key)]).toMatchObject({ streak: 1, lastAt: T0 + MINUTE });
  });

  it('records an answer to a problem the run did not plan without touching the screen', () => {
    const run = planNext(newRun(), context());
    const after = recordOutcome(run, { problemId: 'elsewhere', key: 'sets/basics/deduplicate', difficulty: 'advanced', outcome: CLEAN }, T0);
    expect(after.current).toEqual(run.current);
    expect(after.history[0]).toMatchObject({ problemId: 'elsewhere', reason: null });
    expect(after.levels['sets/basics']).toMatchObject({ difficulty: 'advanced', streak: 1 });
  });

  it('raises the difficulty after three clean solves in a subtopic and re-plans it', () => {
    let run = planNext(newRun({ scope: ['strings'] }), context());
    const area = subtopicKey(run.current!.key);
    for (let i = 0; i < 3; i++) {
      expect(subtopicKey(run.current!.key)).toBe(area);
      expect(run.current!.difficulty).toBe('beginner');
      run = planNext(answer(run, CLEAN, T0 + i * MINUTE), context({ now: T0 + i * MINUTE }));
    }
    expect(run.levels[area].difficulty).toBe('intermediate');
    const next = [run.current!, ...run.queue].filter((i) => subtopicKey(i.key) === area);
    expect(next.length).toBeGreaterThan(0);
    for (const item of next) expect(item.difficulty).toBe('intermediate');
  });

  it('follows a miss with a remediation problem of the same type', () => {
    let run = planNext(newRun(), context());
    const missed = run.current!;
    run = answer(run, MISS, T0);
    expect(run.pending).toEqual([{ key: missed.key, reason: 'remediation' }]);
    run = planNext(run, context());
    expect(run.current).toMatchObject({ key: missed.key, reason: 'remediation' });
    expect(run.current!.problemId).not.toBe(missed.problemId);
    expect(whyInEnglish(run.current!)).toBe('Remediation: another Strings › Indexing and slicing problem after a miss.');
  });

  it('does not chain remediation after a missed remediation problem', () => {
    let run = planNext(answer(planNext(newRun(), context()), MISS, T0), context());
    expect(run.current!.reason).toBe('remediation');
    run = answer(run, REVEALED, T0 + MINUTE);
    expect(run.pending).toEqual([]);
  });

  it('lowers the difficulty after two misses in a row', () => {
    const mastery: MasteryState = { skills: { 'lists/list-basics/type-a': { rating: 1400, attempts: 20, lastAt: T0 } } };
    let run = planNext(newRun({ scope: ['lists'] }), context({ mastery }));
    expect(run.current).toMatchObject({ key: 'lists/list-basics/type-a', difficulty: 'intermediate' });
    run = planNext(answer(run, MISS, T0), context({ mastery }));
    expect(run.current).toMatchObject({ reason: 'remediation', difficulty: 'intermediate' });
    run = answer(run, MISS, T0 + MINUTE);
    expect(run.levels['lists/list-basics'].difficulty).toBe('beginner');
    expect(run.queue.filter((i) => subtopicKey(i.key) === 'lists/list-basics')).toEqual([]);
    run = planNext(run, context({ mastery }));
    expect(run.current).toMatchObject({ key: 'lists/list-basics/type-a', difficulty: 'beginner' });
  });
});

describe('overrides', () => {
  const planned = () => planNext(newRun(), context());

  it('skips without an answer: history and levels stay, the skipped problem is not served again soon', () => {
    const run = planned();
    const skipped = skip(run, T0 + MINUTE);
    expect(skipped.current).toBeNull();
    expect(skipped.history).toEqual(run.history);
    expect(skipped.levels).toEqual(run.levels);
    expect(skipped.overrides).toEqual([{ kind: 'skip', problemId: run.current!.problemId, at: T0 + MINUTE }]);
    const next = planNext(skipped, context({ now: T0 + MINUTE }));
    expect(next.current!.problemId).toBe(run.queue[0].problemId);
    expect([next.current!, ...next.queue].map((i) => i.problemId)).not.toContain(run.current!.problemId);
    expect(skip(skipped, T0)).toBe(skipped);
  });

  it('makes it harder without touching the streak', () => {
    let run = planNext(answer(planned(), CLEAN, T0), context());
    const area = subtopicKey(run.current!.key);
    expect(run.levels[area]).toMatchObject({ difficulty: 'beginner', streak: 1 });
    expect(canAdjust(run, 'harder', catalog)).toBe(true);
    run = harder(run, T0 + MINUTE);
    expect(run.levels[area]).toMatchObject({ difficulty: 'intermediate', streak: 1 });
    expect(run.history).toHaveLength(1);
    run = planNext(run, context({ now: T0 + MINUTE }));
    expect(run.current).toMatchObject({ reason: 'harder', difficulty: 'intermediate' });
    expect(whyInEnglish(run.current!)).toBe('Harder, as you asked: Strings › Indexing and slicing at intermediate level.');
    expect(run.overrides.map((o) => o.kind)).toEqual(['harder']);
  });

  it('makes it easier, and not below beginner', () => {
    const mastery: MasteryState = { skills: { 'lists/list-basics/type-a': { rating: 1750, attempts: 20, lastAt: T0 } } };
    let run = planNext(newRun(), context({ mastery }));
    run = planNext(easier(run, T0), context({ mastery }));
    expect(run.current).toMatchObject({ reason: 'easier', difficulty: 'intermediate' });
    run = planNext(easier(run, T0), context({ mastery }));
    expect(run.current).toMatchObject({ reason: 'easier', difficulty: 'beginner' });
    expect(canAdjust(run, 'easier')).toBe(false);
    expect(easier(run, T0)).toBe(run);
  });

  it('knows when the catalogue has nothing easier or harder', () => {
    const beginnersOnly = catalog.filter((p) => p.difficulty === 'beginner');
    const run = planNext(newRun(), context({ catalog: beginnersOnly }));
    expect(canAdjust(run, 'harder')).toBe(true);
    expect(canAdjust(run, 'harder', beginnersOnly)).toBe(false);
    expect(canAdjust({ ...run, current: null }, 'harder')).toBe(false);
  });
});

describe('run files', () => {
  const run = () => planNext(answer(planNext(newRun(), context()), MISS, T0 + MINUTE), context({ now: T0 + MINUTE }));

  it('round-trips through export and import', () => {
    const original = run();
    const parsed = parseRunFile(exportRun(original, T0 + 2 * MINUTE));
    expect(parsed).toEqual({ run: original, error: null });
  });

  it('explains why a file cannot be used', () => {
    expect(parseRunFile('{nope').error).toEqual({ code: 'not-json' });
    expect(parseRunFile('{"format":"pydojo-backup"}').error).toEqual({ code: 'wrong-format' });
    expect(parseRunFile('[]').error).toEqual({ code: 'wrong-format' });
    expect(parseRunFile('{"format":"pydojo-auto-run","version":7}').error).toEqual({ code: 'wrong-version', version: '7', supported: 1 });
    const file = JSON.parse(exportRun(run(), T0));
    file.run.current.difficulty = 'expert';
    const { run: none, error } = parseRunFile(JSON.stringify(file));
    expect(none).toBeNull();
    expect(error).toMatchObject({ code: 'damaged', issues: expect.stringMatching(/^run\.current\.difficulty: /) });
  });
});

describe('the collection of runs', () => {
  const stamped = (id: string, updatedAt: number) => ({ ...newRun({ id }), updatedAt });

  it('adds, activates and removes runs', () => {
    let state = putRun(EMPTY_AUTO_RUNS, stamped('a', 1));
    state = setActiveRun(putRun(state, stamped('b', 2)), 'b');
    expect(activeRun(state)?.id).toBe('b');
    expect(setActiveRun(state, 'missing').activeId).toBeNull();
    state = removeRun(state, 'b');
    expect(state.activeId).toBeNull();
    expect(Object.keys(state.runs)).toEqual(['a']);
    expect(activeRun(state)).toBeNull();
  });

  it('keeps at most RUNS_LIMIT runs, dropping the least recently used but never the active one', () => {
    let state = setActiveRun(putRun(EMPTY_AUTO_RUNS, stamped('oldest-active', 0)), 'oldest-active');
    for (let i = 1; i <= RUNS_LIMIT; i++) state = putRun(state, stamped(`run-${i}`, i));
    expect(Object.keys(state.runs)).toHaveLength(RUNS_LIMIT);
    expect(state.runs['oldest-active']).toBeDefined();
    expect(state.runs['run-1']).toBeUndefined();
    expect(state.runs[`run-${RUNS_LIMIT}`]).toBeDefined();
  });

  it('migrates stored state, keeping valid runs', () => {
    const good = planNext(newRun({ id: 'good' }), context());
    const stored = JSON.parse(JSON.stringify({ runs: { good, bad: { id: 'bad', name: '' } }, activeId: 'bad' }));
    expect(migrateAutoRuns(stored)).toEqual({ runs: { good }, activeId: null });
    expect(migrateAutoRuns({ runs: { good }, activeId: 'good' })).toEqual({ runs: { good }, activeId: 'good' });
    expect(migrateAutoRuns(undefined)).toEqual(EMPTY_AUTO_RUNS);
    expect(AutoRunsState.parse({})).toEqual(EMPTY_AUTO_RUNS);
  });

  it('reads a run stored before optional fields existed', () => {
    const bare = { id: 'x', name: 'Old', createdAt: 1, updatedAt: 2 };
    expect(AutoRun.parse(bare)).toMatchObject({ newLearner: false, scope: [], current: null, queue: [], pending: [], history: [], levels: {}, overrides: [] });
  });
});

describe('the mini-curriculum', () => {
  it('starts with strings, then lists', () => {
    expect(MINI_CURRICULUM[0].module).toBe('strings');
    expect(MINI_CURRICULUM.findIndex((s) => s.module === 'lists')).toBeGreaterThan(0);
    expect(MINI_CURRICULUM.findIndex((s) => s.module === 'lists')).toBeLessThan(MINI_CURRICULUM.findIndex((s) => s.module !== 'strings' && s.module !== 'lists'));
  });
});


describe('mergeAutoRuns', () => {
  it('keeps deletions from the saved copy and the newer copy of each run', async () => {
    const { mergeAutoRuns } = await import('./run');
    const a = createRun({ id: 'a', name: 'A', now: 1, isNewLearner: false });
    const b = createRun({ id: 'b', name: 'B', now: 1, isNewLearner: false });
    const stored = { runs: { a: { ...a, updatedAt: 5, name: 'A saved' } }, activeId: 'a' };
    const current = { runs: { a: { ...a, updatedAt: 9, name: 'A here' }, b }, activeId: 'b' };
    const merged = mergeAutoRuns(stored, current);
    expect(Object.keys(merged.runs)).toEqual(['a']);
    expect(merged.runs.a.name).toBe('A here');
    expect(merged.activeId).toBe('a');
  });
});

describe('remediation in a small subtopic', () => {
  it('goes back to a problem met before when nothing fresh is left there', async () => {
    const { EMPTY_REVIEW } = await import('./review');
    const problem = (id: string, difficulty: 'beginner' | 'intermediate') => ({
      id,
      pack: 'p',
      title: id,
      difficulty,
      tags: [],
      estimatedMinutes: null,
      module: 'm',
      subtopic: 's',
      problemType: 't',
      fingerprint: `fp-${id}`,
    });
    const catalog = [problem('a', 'beginner'), problem('b', 'beginner')];
    const ctx = { catalog, mastery: EMPTY_MASTERY, reviews: EMPTY_REVIEW, now: 1_000, random: seededRandom(1) };
    let run = planNext(createRun({ id: 'r', name: 'R', now: 0, isNewLearner: false }), ctx);
    const first = run.current!;
    run = planNext(recordOutcome(run, { problemId: first.problemId, key: first.key, difficulty: first.difficulty, outcome: { solved: true, hints: 0, revealed: false, failedSubmits: 0 } }, 2_000), { ...ctx, now: 2_000 });
    const second = run.current!;
    expect(second.problemId).not.toBe(first.problemId);
    run = planNext(recordOutcome(run, { problemId: second.problemId, key: second.key, difficulty: second.difficulty, outcome: { solved: false, hints: 0, revealed: false, failedSubmits: 1 } }, 3_000), { ...ctx, now: 3_000 });
    expect(run.current?.reason).toBe('remediation');
    expect(run.current?.problemId).toBe(first.problemId);
    expect(whyInEnglish(run.current!)).toMatch(/^Remediation/);
  });
});

describe('replaceCurrent', () => {
  it('swaps the problem on screen without answering or skipping it', async () => {
    const { replaceCurrent } = await import('./run');
    const base = createRun({ id: 'r', name: 'R', now: 0, isNewLearner: false });
    const run = {
      ...base,
      current: { problemId: 'old', key: 'm/s/t', difficulty: 'beginner' as const, reason: 'weakest' as const, why: [{ key: 'weakest' as const, values: { area: 'M › S', percent: 20 } }] },
      queue: [{ problemId: 'ai-new', key: 'm/s/t', difficulty: 'beginner' as const, reason: 'continue' as const, why: [] }],
    };
    const next = replaceCurrent(run, { ...run.current, problemId: 'ai-new', why: [{ key: 'fresh', values: {} }, ...run.current.why] }, 5);
    expect(next.current?.problemId).toBe('ai-new');
    expect(next.current?.reason).toBe('weakest');
    expect(whyInEnglish(next.current!)).toBe('A fresh question by Gemini, checked by running it. Chosen because M › S is your weakest area (mastery 20%).');
    // An old run's reason in English words is kept, within the schema's limit.
    const old = replaceCurrent(run, { ...run.current, why: [], explanation: `Fresh. ${'y'.repeat(500)}` }, 5);
    expect(old.current?.explanation?.length).toBe(400);
    expect(next.queue).toEqual([]);
    expect(next.history).toEqual([]);
    expect(next.overrides).toEqual([]);
  });
});

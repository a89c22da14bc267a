import { describe, expect, it } from 'vitest';
import {
  areaMastery,
  DIFFICULTIES,
  DIFFICULTY_RATING,
  EMPTY_MASTERY,
  expectedSuccess,
  INITIAL_RATING,
  keyMastery,
  kFactor,
  MasteryState,
  masteryPercent,
  mergeMastery,
  migrateMastery,
  priorRating,
  ratingOf,
  targetDifficulty,
  TARGET_SUCCESS,
  updateMastery,
  weakestKeys,
} from './mastery';
import type { Outcome } from './outcome';
import type { Difficulty } from '../schemas/problem';

const CLEAN: Outcome = { solved: true, hints: 0, revealed: false, failedSubmits: 0 };
const MISS: Outcome = { solved: false, hints: 0, revealed: false, failedSubmits: 1 };
const KEY = 'lists/list-basics/access-and-slice';

const withRating = (key: string, rating: number, attempts = 3): MasteryState => ({ skills: { [key]: { rating, attempts, lastAt: 1 } } });
const answer = (state: MasteryState, outcome: Outcome, difficulty: Difficulty = 'intermediate', key = KEY, at = 1000) =>
  updateMastery(state, { key, difficulty, outcome, at });

describe('the Elo expectation', () => {
  it('is one half against an equal rating and symmetric', () => {
    expect(expectedSuccess(1200, 1200)).toBe(0.5);
    expect(expectedSuccess(1000, 1400) + expectedSuccess(1400, 1000)).toBeCloseTo(1);
    expect(expectedSuccess(1600, 1200)).toBeCloseTo(1 / 1.1);
  });
});

describe('updateMastery', () => {
  it('creates a skill on the first attempt, from the prior', () => {
    const state = answer(EMPTY_MASTERY, CLEAN);
    expect(state.skills[KEY].attempts).toBe(1);
    expect(state.skills[KEY].lastAt).toBe(1000);
    expect(state.skills[KEY].rating).toBeGreaterThan(INITIAL_RATING);
    expect(MasteryState.parse(state)).toEqual(state);
  });

  it('raises the rating on a solve and lowers it on a miss', () => {
    const start = withRating(KEY, 1200);
    expect(ratingOf(answer(start, CLEAN), KEY)).toBeGreaterThan(1200);
    expect(ratingOf(answer(start, MISS), KEY)).toBeLessThan(1200);
  });

  it('counts a revealed solution as a loss, exactly like a failed attempt', () => {
    const start = withRating(KEY, 1200);
    expect(ratingOf(answer(start, { ...CLEAN, revealed: true }), KEY)).toBe(ratingOf(answer(start, { ...MISS, failedSubmits: 0 }), KEY));
  });

  it('gains less for each hint, and a heavily helped easy solve can cost rating', () => {
    const start = withRating(KEY, 1200);
    const after = (hints: number) => ratingOf(answer(start, { ...CLEAN, hints }), KEY);
    expect(after(0)).toBeGreaterThan(after(1));
    expect(after(1)).toBeGreaterThan(after(2));
    // 4 hints score 0.3; a beginner problem is expected to be solved 91% of the time.
    expect(ratingOf(answer(start, { ...CLEAN, hints: 4 }, 'beginner'), KEY)).toBeLessThan(1200);
  });

  it('wins more against harder problems', () => {
    const start = withRating(KEY, 1200);
    const gain = (d: Difficulty) => ratingOf(answer(start, CLEAN, d), KEY) - 1200;
    expect(gain('advanced')).toBeGreaterThan(gain('intermediate'));
    expect(gain('intermediate')).toBeGreaterThan(gain('beginner'));
  });

  it('moves in bigger steps while there are few attempts', () => {
    expect(kFactor(0)).toBeGreaterThan(kFactor(10));
    expect(kFactor(10)).toBeGreaterThan(kFactor(50));
    const fresh = ratingOf(answer(withRating(KEY, 1200, 0), CLEAN), KEY) - 1200;
    const settled = ratingOf(answer(withRating(KEY, 1200, 40), CLEAN), KEY) - 1200;
    expect(fresh).toBeGreaterThan(settled * 2);
  });

  it('keeps the latest attempt time and leaves other skills alone', () => {
    const other = 'strings/string-methods/case-and-whitespace';
    const start: MasteryState = { skills: { [KEY]: { rating: 1100, attempts: 2, lastAt: 5000 }, [other]: { rating: 900, attempts: 1, lastAt: 1 } } };
    const next = answer(start, CLEAN, 'beginner', KEY, 4000);
    expect(next.skills[KEY].lastAt).toBe(5000);
    expect(next.skills[other]).toBe(start.skills[other]);
  });
});

describe('priorRating', () => {
  const state: MasteryState = {
    skills: {
      'lists/list-basics/a': { rating: 1400, attempts: 3, lastAt: 1 },
      'lists/sorting/b': { rating: 1000, attempts: 3, lastAt: 1 },
      'strings/methods/c': { rating: 600, attempts: 3, lastAt: 1 },
    },
  };

  it('borrows from the same subtopic, then the module, then everything', () => {
    expect(priorRating(state, 'lists/list-basics/new')).toBe(1400);
    expect(priorRating(state, 'lists/other/new')).toBe(1200);
    expect(priorRating(state, 'dicts/basics/new')).toBeCloseTo(1000);
    expect(priorRating(EMPTY_MASTERY, 'dicts/basics/new')).toBe(INITIAL_RATING);
  });

  it('is used for types never attempted', () => {
    expect(ratingOf(state, 'lists/list-basics/new')).toBe(1400);
    expect(ratingOf(state, 'lists/list-basics/a')).toBe(1400);
    expect(keyMastery(state, 'strings/methods/c')).toBe(masteryPercent(600));
  });
});

describe('masteryPercent', () => {
  it('is the expected score over one problem of each difficulty', () => {
    expect(masteryPercent(INITIAL_RATING)).toBe(34);
    expect(masteryPercent(1200)).toBe(50);
    expect(masteryPercent(1600)).toBe(80);
  });

  it('rises with the rating and stays within 0..100', () => {
    let previous = -1;
    for (let rating = 0; rating <= 3000; rating += 50) {
      const percent = masteryPercent(rating);
      expect(percent).toBeGreaterThanOrEqual(previous);
      expect(percent).toBeGreaterThanOrEqual(0);
      expect(percent).toBeLessThanOrEqual(100);
      previous = percent;
    }
  });
});

describe('weakestKeys', () => {
  const state: MasteryState = {
    skills: {
      'a/x/1': { rating: 1300, attempts: 2, lastAt: 1 },
      'a/x/2': { rating: 900, attempts: 2, lastAt: 1 },
      'a/y/1': { rating: 900, attempts: 7, lastAt: 1 },
      'b/z/1': { rating: 700, attempts: 1, lastAt: 1 },
    },
  };

  it('lists practised keys of the catalogue, weakest first, then the most attempts', () => {
    const weak = weakestKeys(state, ['a/x/1', 'a/x/2', 'a/y/1', 'a/never/1'], 3);
    expect(weak.map((w) => w.key)).toEqual(['a/y/1', 'a/x/2', 'a/x/1']);
    expect(weak[0]).toEqual({ key: 'a/y/1', rating: 900, percent: masteryPercent(900), attempts: 7 });
  });

  it('leaves out keys outside the catalogue and honours n', () => {
    expect(weakestKeys(state, ['a/x/1', 'a/x/1'], 5).map((w) => w.key)).toEqual(['a/x/1']);
    expect(weakestKeys(state, ['b/z/1', 'a/x/1'], 1).map((w) => w.key)).toEqual(['b/z/1']);
    expect(weakestKeys(state, ['b/z/1'], 0)).toEqual([]);
  });
});

describe('targetDifficulty', () => {
  it('picks the difficulty a learner would solve about 70% of the time', () => {
    expect(targetDifficulty(600)).toBe('beginner');
    expect(targetDifficulty(INITIAL_RATING)).toBe('beginner');
    expect(targetDifficulty(1300)).toBe('intermediate');
    expect(targetDifficulty(1700)).toBe('advanced');
    expect(targetDifficulty(2400)).toBe('advanced');
  });

  it('chooses the difficulty whose expected success is closest to the target', () => {
    for (let rating = 500; rating <= 2000; rating += 25) {
      const gap = (d: Difficulty) => Math.abs(expectedSuccess(rating, DIFFICULTY_RATING[d]) - TARGET_SUCCESS);
      const best = Math.min(...DIFFICULTIES.map(gap));
      expect(gap(targetDifficulty(rating))).toBeCloseTo(best, 10);
    }
  });
});

describe('migrateMastery and mergeMastery', () => {
  it('keeps a valid state as it is', () => {
    const state = withRating(KEY, 1234);
    expect(migrateMastery(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('keeps the valid skills of a damaged state and drops the rest', () => {
    const migrated = migrateMastery({
      skills: { [KEY]: { rating: 1100, attempts: 2, lastAt: 3 }, 'bad key': { rating: 1, attempts: 1, lastAt: 1 }, 'a/b/c': { rating: 'high' } },
    });
    expect(migrated).toEqual({ skills: { [KEY]: { rating: 1100, attempts: 2, lastAt: 3 } } });
  });

  it('starts empty from nothing usable', () => {
    expect(migrateMastery(undefined)).toEqual(EMPTY_MASTERY);
    expect(migrateMastery('junk')).toEqual(EMPTY_MASTERY);
    expect(migrateMastery({})).toEqual(EMPTY_MASTERY);
  });

  it('merges two copies by the latest attempt, and merging twice changes nothing', () => {
    const a: MasteryState = { skills: { 'a/b/c': { rating: 1000, attempts: 3, lastAt: 10 }, 'a/b/d': { rating: 900, attempts: 1, lastAt: 50 } } };
    const b: MasteryState = { skills: { 'a/b/c': { rating: 1100, attempts: 4, lastAt: 20 }, 'x/y/z': { rating: 1500, attempts: 9, lastAt: 5 } } };
    const merged = mergeMastery(a, b);
    expect(merged.skills['a/b/c'].rating).toBe(1100);
    expect(merged.skills['a/b/d'].rating).toBe(900);
    expect(merged.skills['x/y/z'].rating).toBe(1500);
    expect(mergeMastery(merged, b)).toEqual(merged);
  });
});

describe('areaMastery', () => {
  const state: MasteryState = {
    skills: {
      'lists/slicing/access': { rating: 1200, attempts: 3, lastAt: 1 },
      'lists/slicing/negative': { rating: 800, attempts: 2, lastAt: 1 },
      'lists/sorting/by-key': { rating: 1600, attempts: 1, lastAt: 1 },
      'listsx/other/type': { rating: 2000, attempts: 4, lastAt: 1 },
      'strings/methods/split': { rating: 1000, attempts: 0, lastAt: 1 },
    },
  };
  const pct = (rating: number) => masteryPercent(rating);

  it('is the rounded mean mastery of the practised types under a module, subtopic or type', () => {
    expect(areaMastery(state, 'lists/slicing/access')).toBe(pct(1200));
    expect(areaMastery(state, 'lists/slicing')).toBe(Math.round((pct(1200) + pct(800)) / 2));
    expect(areaMastery(state, 'lists')).toBe(Math.round((pct(1200) + pct(800) + pct(1600)) / 3));
    expect(areaMastery(state, '')).toBe(Math.round((pct(1200) + pct(800) + pct(1600) + pct(2000)) / 4));
  });

  it('is null where nothing was practised (a type with no finished attempt counts as not practised)', () => {
    expect(areaMastery(state, 'strings')).toBeNull();
    expect(areaMastery(state, 'dicts')).toBeNull();
    expect(areaMastery(EMPTY_MASTERY, '')).toBeNull();
  });

  it('is a skill estimate, not a completion rate: one clean beginner solve is far from 100%', () => {
    const one = answer(EMPTY_MASTERY, CLEAN, 'beginner', 'basics/integer-arithmetic/digits');
    const percent = areaMastery(one, 'basics');
    expect(percent).toBe(keyMastery(one, 'basics/integer-arithmetic/digits'));
    expect(percent).toBeGreaterThan(30);
    expect(percent).toBeLessThan(40);
  });
});

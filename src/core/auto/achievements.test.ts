import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, hintShown, opened, revealed, submitted } from '../progress';
import {
  type AchievementInput,
  AchievementsState,
  BADGE_IDS,
  BADGES,
  badge,
  EMPTY_ACHIEVEMENTS,
  evaluateAchievements,
  markCelebrated,
  masteredModules,
  mergeAchievements,
  migrateAchievements,
  solvedFromProgress,
  type SolvedProblem,
  toCelebrate,
  unlock,
} from './achievements';
import { EMPTY_MASTERY, type MasteryState } from './mastery';
import { syntheticCatalog } from './simulate';

const T0 = Date.UTC(2025, 0, 6, 9);

const solved = (n: number, extra: Partial<SolvedProblem> = {}): SolvedProblem[] =>
  Array.from({ length: n }, (_, i) => ({ problemId: `p${i}`, difficulty: 'beginner', hintsShown: 1, revealed: false, ...extra }));

const input = (overrides: Partial<AchievementInput> = {}): AchievementInput => ({
  solved: [],
  bestStreakDays: 0,
  reviewsDone: 0,
  mastery: EMPTY_MASTERY,
  catalogKeys: [],
  ...overrides,
});

describe('the badge catalogue', () => {
  it('has unique ids, a title and a description for each badge', () => {
    expect(new Set(BADGE_IDS).size).toBe(BADGES.length);
    for (const b of BADGES) {
      expect(b.title.length).toBeGreaterThan(2);
      expect(b.description.length).toBeGreaterThan(10);
    }
    expect(badge('solved-50').title).toBe('Fifty solved');
  });
});

describe('evaluateAchievements', () => {
  it('earns nothing from nothing', () => {
    expect(evaluateAchievements(input())).toEqual([]);
  });

  it('counts distinct problems solved', () => {
    expect(evaluateAchievements(input({ solved: solved(1) }))).toEqual(['first-solve']);
    expect(evaluateAchievements(input({ solved: solved(10) }))).toEqual(['first-solve', 'solved-10']);
    expect(evaluateAchievements(input({ solved: [...solved(9), ...solved(9)] }))).not.toContain('solved-10');
    expect(evaluateAchievements(input({ solved: solved(100) }))).toEqual(expect.arrayContaining(['solved-10', 'solved-50', 'solved-100']));
  });

  it('earns streak badges from the best run of days', () => {
    expect(evaluateAchievements(input({ bestStreakDays: 2 }))).toEqual([]);
    expect(evaluateAchievements(input({ bestStreakDays: 7 }))).toEqual(['streak-3', 'streak-7']);
    expect(evaluateAchievements(input({ bestStreakDays: 30 }))).toEqual(['streak-3', 'streak-7', 'streak-30']);
  });

  it('earns a solve without hints only without hints and without revealing', () => {
    expect(evaluateAchievements(input({ solved: solved(1, { hintsShown: 0 }) }))).toContain('no-hints');
    expect(evaluateAchievements(input({ solved: solved(1, { hintsShown: 0, revealed: true }) }))).not.toContain('no-hints');
    expect(evaluateAchievements(input({ solved: solved(1, { hintsShown: 2 }) }))).not.toContain('no-hints');
  });

  it('earns the advanced badge for an advanced solve not revealed', () => {
    expect(evaluateAchievements(input({ solved: solved(1, { difficulty: 'advanced' }) }))).toContain('advanced-solve');
    expect(evaluateAchievements(input({ solved: solved(1, { difficulty: 'advanced', revealed: true }) }))).not.toContain('advanced-solve');
    expect(evaluateAchievements(input({ solved: solved(1, { difficulty: null }) }))).not.toContain('advanced-solve');
  });

  it('earns the review badge after ten reviews', () => {
    expect(evaluateAchievements(input({ reviewsDone: 9 }))).toEqual([]);
    expect(evaluateAchievements(input({ reviewsDone: 10 }))).toEqual(['reviews-10']);
  });

  it('earns a mastered module when every type of the module reaches 80%', () => {
    const keys = ['lists/a/one', 'lists/a/two', 'dicts/b/one'];
    const skill = (rating: number) => ({ rating, attempts: 12, lastAt: T0 });
    const partly: MasteryState = { skills: { 'lists/a/one': skill(1700), 'dicts/b/one': skill(1200) } };
    expect(masteredModules(partly, keys)).toEqual([]);
    const full: MasteryState = { skills: { ...partly.skills, 'lists/a/two': skill(1650) } };
    expect(masteredModules(full, keys)).toEqual(['lists']);
    expect(evaluateAchievements(input({ mastery: full, catalogKeys: keys }))).toEqual(['module-mastered']);
    expect(masteredModules(full, [])).toEqual([]);
  });
});

describe('solvedFromProgress', () => {
  it('lists solved problems with their difficulty, hints and reveal', () => {
    const catalog = syntheticCatalog();
    const [a, b, c] = catalog.filter((p) => p.difficulty === 'advanced');
    let progress = opened(EMPTY_PROGRESS, a.id, a.fingerprint, T0);
    progress = submitted(progress, a.id, true, T0 + 1);
    progress = hintShown(opened(progress, b.id, b.fingerprint, T0), b.id, 2, T0);
    progress = submitted(revealed(progress, b.id, T0), b.id, true, T0 + 2);
    progress = submitted(opened(progress, c.id, c.fingerprint, T0), c.id, false, T0 + 3);
    progress = submitted(progress, 'gone', true, T0 + 4);
    expect(solvedFromProgress(progress, catalog)).toEqual([
      { problemId: a.id, difficulty: 'advanced', hintsShown: 0, revealed: false },
      { problemId: b.id, difficulty: 'advanced', hintsShown: 2, revealed: true },
      { problemId: 'gone', difficulty: null, hintsShown: 0, revealed: false },
    ]);
  });
});

describe('achievements state', () => {
  it('unlocks each badge once and reports only the new ones', () => {
    const first = unlock(EMPTY_ACHIEVEMENTS, ['first-solve', 'streak-3', 'first-solve'], T0);
    expect(first.unlocked).toEqual(['first-solve', 'streak-3']);
    expect(first.state.earned).toEqual({ 'first-solve': T0, 'streak-3': T0 });
    const again = unlock(first.state, ['first-solve', 'solved-10'], T0 + 1000);
    expect(again.unlocked).toEqual(['solved-10']);
    expect(again.state.earned['first-solve']).toBe(T0);
    const nothing = unlock(again.state, ['solved-10'], T0 + 2000);
    expect(nothing).toEqual({ state: again.state, unlocked: [] });
  });

  it('celebrates each earned badge once, oldest first', () => {
    let state = unlock(EMPTY_ACHIEVEMENTS, ['solved-10'], T0 + 5).state;
    state = unlock(state, ['first-solve', 'no-hints'], T0).state;
    expect(toCelebrate(state)).toEqual(['first-solve', 'no-hints', 'solved-10']);
    state = markCelebrated(state, ['first-solve', 'streak-30']);
    expect(state.celebrated).toEqual(['first-solve']);
    expect(toCelebrate(state)).toEqual(['no-hints', 'solved-10']);
    expect(markCelebrated(state, ['first-solve'])).toBe(state);
    state = markCelebrated(state, ['no-hints', 'solved-10', 'no-hints']);
    expect(state.celebrated).toEqual(['first-solve', 'no-hints', 'solved-10']);
    expect(toCelebrate(state)).toEqual([]);
  });

  it('migrates stored state, keeping what is valid', () => {
    const state: AchievementsState = { earned: { 'first-solve': T0 }, celebrated: ['first-solve'] };
    expect(migrateAchievements(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(migrateAchievements({ earned: { 'first-solve': T0, 'streak-3': 'yesterday' }, celebrated: ['first-solve', 'streak-3', 4] })).toEqual(state);
    expect(migrateAchievements(null)).toEqual(EMPTY_ACHIEVEMENTS);
    expect(AchievementsState.parse({})).toEqual(EMPTY_ACHIEVEMENTS);
  });

  it('merges two copies: the earliest date, celebrated in either', () => {
    const a: AchievementsState = { earned: { 'first-solve': T0 + 10, 'streak-3': T0 }, celebrated: ['streak-3'] };
    const b: AchievementsState = { earned: { 'first-solve': T0, 'solved-10': T0 + 5 }, celebrated: ['first-solve'] };
    const merged = mergeAchievements(a, b);
    expect(merged.earned).toEqual({ 'first-solve': T0, 'streak-3': T0, 'solved-10': T0 + 5 });
    expect(merged.celebrated.sort()).toEqual(['first-solve', 'streak-3']);
    expect(mergeAchievements(merged, b)).toEqual(merged);
  });
});

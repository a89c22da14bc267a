import { createEmptyCard } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Outcome } from './outcome';
import { dueReviews, EMPTY_REVIEW, mergeReview, migrateReview, reviewCountDue, ReviewState } from './review';
import { fromReviewCard, Rating, reviewGrade, scheduleReview, toReviewCard } from './review-schedule';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 9);
const KEY = 'strings/f-strings/format-strings';

const outcome = (input: Partial<Outcome>): Outcome => ({ solved: true, hints: 0, revealed: false, failedSubmits: 0, ...input });

describe('reviewGrade', () => {
  it('maps outcomes to FSRS grades', () => {
    expect(reviewGrade(outcome({}))).toBe(Rating.Easy);
    expect(reviewGrade(outcome({ failedSubmits: 2 }))).toBe(Rating.Good);
    expect(reviewGrade(outcome({ hints: 1 }))).toBe(Rating.Hard);
    expect(reviewGrade(outcome({ solved: false }))).toBe(Rating.Again);
    expect(reviewGrade(outcome({ revealed: true }))).toBe(Rating.Again);
  });
});

describe('scheduleReview', () => {
  it('creates a card on the first attempt, due in the future', () => {
    const state = scheduleReview(EMPTY_REVIEW, KEY, Rating.Good, T0);
    const card = state.cards[KEY];
    expect(card.due).toBeGreaterThan(T0);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toBe(T0);
    expect(state.reviewsDone).toBe(0);
  });

  it('spaces a repeatedly recalled type further and further apart', () => {
    let state = scheduleReview(EMPTY_REVIEW, KEY, Rating.Good, T0);
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      const due = state.cards[KEY].due;
      state = scheduleReview(state, KEY, Rating.Good, due);
      intervals.push(state.cards[KEY].due - due);
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThanOrEqual(intervals[i - 1]);
    expect(intervals[0]).toBeGreaterThan(DAY);
    expect(intervals.at(-1)).toBeGreaterThan(30 * DAY);
    // Never beyond half a year.
    expect(intervals.at(-1)).toBeLessThanOrEqual(181 * DAY);
    expect(state.reviewsDone).toBe(5);
  });

  it('brings a failed type back within a day', () => {
    let state = scheduleReview(EMPTY_REVIEW, KEY, Rating.Good, T0);
    for (let i = 0; i < 3; i++) state = scheduleReview(state, KEY, Rating.Good, state.cards[KEY].due);
    const when = state.cards[KEY].due;
    const failed = scheduleReview(state, KEY, Rating.Again, when);
    expect(failed.cards[KEY].due - when).toBeLessThanOrEqual(DAY);
    expect(failed.cards[KEY].lapses).toBe(1);
    const fresh = scheduleReview(EMPTY_REVIEW, KEY, Rating.Again, T0);
    expect(fresh.cards[KEY].due - T0).toBeLessThanOrEqual(DAY);
  });

  it('orders the first interval by grade', () => {
    const due = (grade: Parameters<typeof scheduleReview>[2]) => scheduleReview(EMPTY_REVIEW, KEY, grade, T0).cards[KEY].due;
    expect(due(Rating.Again)).toBeLessThanOrEqual(due(Rating.Hard));
    expect(due(Rating.Hard)).toBeLessThanOrEqual(due(Rating.Good));
    expect(due(Rating.Good)).toBeLessThan(due(Rating.Easy));
  });

  it('counts a review only when the card was due', () => {
    let state = scheduleReview(EMPTY_REVIEW, KEY, Rating.Good, T0);
    state = scheduleReview(state, KEY, Rating.Good, T0 + 60_000);
    expect(state.reviewsDone).toBe(0);
    state = scheduleReview(state, KEY, Rating.Good, state.cards[KEY].due + 1);
    expect(state.reviewsDone).toBe(1);
  });
});

describe('due reviews', () => {
  const state = ['a/b/one', 'a/b/two', 'a/b/three'].reduce(
    (s, key, i) => scheduleReview(s, key, Rating.Again, T0 + i * 3_600_000),
    EMPTY_REVIEW,
  );

  it('lists nothing before anything is due', () => {
    expect(dueReviews(state, T0)).toEqual([]);
    expect(reviewCountDue(state, T0)).toBe(0);
  });

  it('lists due types, most overdue first', () => {
    const now = T0 + 3 * DAY;
    const due = dueReviews(state, now);
    expect(due.map((d) => d.key)).toEqual(['a/b/one', 'a/b/two', 'a/b/three']);
    expect(due[0].overdueMs).toBeGreaterThan(due[1].overdueMs);
    expect(due[0].lastReview).toBe(T0);
    expect(reviewCountDue(state, now)).toBe(3);
  });

  it('counts only what is due at that moment', () => {
    const partly = T0 + DAY + 90 * 60_000;
    expect(reviewCountDue(state, partly)).toBe(dueReviews(state, partly).length);
    expect(reviewCountDue(state, partly)).toBe(2);
  });
});

describe('storage', () => {
  it('survives a JSON round trip and schedules identically afterwards', () => {
    let state = scheduleReview(EMPTY_REVIEW, KEY, Rating.Good, T0);
    state = scheduleReview(state, KEY, Rating.Hard, state.cards[KEY].due);
    const copy = ReviewState.parse(JSON.parse(JSON.stringify(state)));
    expect(copy).toEqual(state);
    const later = state.cards[KEY].due + DAY;
    expect(scheduleReview(copy, KEY, Rating.Good, later)).toEqual(scheduleReview(state, KEY, Rating.Good, later));
  });

  it('converts cards both ways without loss', () => {
    const card = createEmptyCard(new Date(T0));
    expect(fromReviewCard(toReviewCard(card))).toEqual(card);
    const reviewed = fromReviewCard(scheduleReview(EMPTY_REVIEW, KEY, Rating.Good, T0).cards[KEY]);
    expect(toReviewCard(reviewed)).toEqual(scheduleReview(EMPTY_REVIEW, KEY, Rating.Good, T0).cards[KEY]);
  });

  it('migrates damaged state, keeping the valid cards', () => {
    const good = scheduleReview(EMPTY_REVIEW, KEY, Rating.Good, T0);
    expect(migrateReview(JSON.parse(JSON.stringify(good)))).toEqual(good);
    const migrated = migrateReview({ cards: { [KEY]: good.cards[KEY], 'not a key': good.cards[KEY], 'a/b/c': { due: 'soon' } }, reviewsDone: -3 });
    expect(migrated).toEqual({ cards: { [KEY]: good.cards[KEY] }, reviewsDone: 0 });
    expect(migrateReview(null)).toEqual(EMPTY_REVIEW);
  });

  it('merges two copies by the latest grading, and merging twice changes nothing', () => {
    const a = scheduleReview(EMPTY_REVIEW, KEY, Rating.Good, T0);
    const b = scheduleReview(a, KEY, Rating.Good, a.cards[KEY].due);
    const c = scheduleReview(EMPTY_REVIEW, 'x/y/z', Rating.Again, T0);
    const merged = mergeReview(mergeReview(a, b), c);
    expect(merged.cards[KEY]).toEqual(b.cards[KEY]);
    expect(merged.cards['x/y/z']).toEqual(c.cards['x/y/z']);
    expect(merged.reviewsDone).toBe(1);
    expect(mergeReview(merged, b)).toEqual(merged);
  });
});

/**
 * Spaced review of problem types with FSRS (ts-fsrs): each practised type
 * has a card, and each attempt at a problem of that type grades the card.
 * Cards are stored with dates as milliseconds since 1970, so the state is
 * plain JSON. Pure functions; a store only calls them.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { z } from 'zod';
import { TypeKey } from './keys';
import { isCleanSolve, isMiss, type Outcome } from './outcome';

export { Rating, type Grade };

/**
 * Days, not minutes: no same-day learning steps (a miss is retried right away
 * by the run's remediation instead), a miss comes back the next day, and no
 * interval grows beyond half a year. No fuzz, so schedules are reproducible.
 */
const scheduler = fsrs({ enable_fuzz: false, maximum_interval: 180, learning_steps: [], relearning_steps: ['1d'] });

const Millis = z.number().int().min(0).max(8.64e15);

/** A ts-fsrs card in JSON-safe form. */
export const ReviewCard = z.object({
  due: Millis,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsedDays: z.number().min(0).default(0),
  scheduledDays: z.number().min(0),
  learningSteps: z.number().int().min(0).default(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().int().min(0).max(3),
  lastReview: Millis.nullable().default(null),
});
export type ReviewCard = z.infer<typeof ReviewCard>;

export const ReviewState = z.object({
  cards: z.record(TypeKey, ReviewCard).default({}),
  /** Cards graded when they were due: reviews proper, not first practice. */
  reviewsDone: z.number().int().min(0).default(0),
});
export type ReviewState = z.infer<typeof ReviewState>;

export const EMPTY_REVIEW: ReviewState = { cards: {}, reviewsDone: 0 };

export function toReviewCard(card: Card): ReviewCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

export function fromReviewCard(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

/**
 * The FSRS grade of an attempt: a miss (or a revealed solution) is Again, a
 * solve with hints Hard, a clean solve Good, and a clean solve on the first
 * submit Easy.
 */
export function reviewGrade(outcome: Outcome): Grade {
  if (isMiss(outcome)) return Rating.Again;
  if (!isCleanSolve(outcome)) return Rating.Hard;
  return outcome.failedSubmits === 0 ? Rating.Easy : Rating.Good;
}

/** Grade the card of a problem type (created on its first attempt) at `now`. */
export function scheduleReview(state: ReviewState, key: string, grade: Grade, now: number): ReviewState {
  const stored = state.cards[key];
  const card = stored ? fromReviewCard(stored) : createEmptyCard(new Date(now));
  const next = toReviewCard(scheduler.next(card, new Date(now), grade).card);
  const wasDue = stored !== undefined && stored.due <= now;
  return { cards: { ...state.cards, [key]: next }, reviewsDone: state.reviewsDone + (wasDue ? 1 : 0) };
}

export interface DueReview {
  key: string;
  due: number;
  /** How long past due, milliseconds. */
  overdueMs: number;
  /** The latest grading, or null. */
  lastReview: number | null;
}

/** Types due for review at `now`, most overdue first (then by key). */
export function dueReviews(state: ReviewState, now: number): DueReview[] {
  return Object.entries(state.cards)
    .filter(([, card]) => card.due <= now)
    .map(([key, card]) => ({ key, due: card.due, overdueMs: now - card.due, lastReview: card.lastReview }))
    .sort((a, b) => b.overdueMs - a.overdueMs || a.key.localeCompare(b.key));
}

export function reviewCountDue(state: ReviewState, now: number): number {
  return Object.values(state.cards).filter((card) => card.due <= now).length;
}

/** Accept anything stored and keep the valid cards. */
export function migrateReview(persisted: unknown): ReviewState {
  const parsed = ReviewState.safeParse(persisted);
  if (parsed.success) return parsed.data;
  const source = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  const cards: Record<string, ReviewCard> = {};
  if (typeof source.cards === 'object' && source.cards !== null) {
    for (const [key, value] of Object.entries(source.cards)) {
      const one = ReviewCard.safeParse(value);
      if (one.success && TypeKey.safeParse(key).success) cards[key] = one.data;
    }
  }
  const done = z.number().int().min(0).safeParse(source.reviewsDone);
  return { cards, reviewsDone: done.success ? done.data : 0 };
}

/** Two copies: per type, keep the card graded most recently (then with more reps). */
export function mergeReview(a: ReviewState, b: ReviewState): ReviewState {
  const cards: Record<string, ReviewCard> = { ...a.cards };
  for (const [key, theirs] of Object.entries(b.cards)) {
    const ours = cards[key];
    const newer = (theirs.lastReview ?? 0) - (ours?.lastReview ?? 0);
    if (!ours || newer > 0 || (newer === 0 && theirs.reps > ours.reps)) cards[key] = theirs;
  }
  return { cards, reviewsDone: Math.max(a.reviewsDone, b.reviewsDone) };
}

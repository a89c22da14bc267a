/**
 * Spaced review of problem types with FSRS (ts-fsrs): each practised type
 * has a card, and each attempt at a problem of that type grades the card.
 * Cards are stored with dates as milliseconds since 1970, so the state is
 * plain JSON. Pure functions; a store only calls them. Grading a card with
 * FSRS itself is in review-schedule.ts, so that pages which only read the
 * cards (the dashboard's "due for review") do not download the scheduler.
 */
import * as z from 'zod/mini';
import { TypeKey } from './keys';

const Millis = z.number().check(z.int(), z.gte(0), z.lte(8.64e15));

/** A ts-fsrs card in JSON-safe form. */
export const ReviewCard = z.object({
  due: Millis,
  stability: z.number().check(z.gte(0)),
  difficulty: z.number().check(z.gte(0)),
  elapsedDays: z._default(z.number().check(z.gte(0)), 0),
  scheduledDays: z.number().check(z.gte(0)),
  learningSteps: z._default(z.number().check(z.int(), z.gte(0)), 0),
  reps: z.number().check(z.int(), z.gte(0)),
  lapses: z.number().check(z.int(), z.gte(0)),
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().check(z.int(), z.gte(0), z.lte(3)),
  lastReview: z._default(z.nullable(Millis), null),
});
export type ReviewCard = z.infer<typeof ReviewCard>;

export const ReviewState = z.object({
  cards: z._default(z.record(TypeKey, ReviewCard), {}),
  /** Cards graded when they were due: reviews proper, not first practice. */
  reviewsDone: z._default(z.number().check(z.int(), z.gte(0)), 0),
});
export type ReviewState = z.infer<typeof ReviewState>;

export const EMPTY_REVIEW: ReviewState = { cards: {}, reviewsDone: 0 };

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
  const done = z.number().check(z.int(), z.gte(0)).safeParse(source.reviewsDone);
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

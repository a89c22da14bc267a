/**
 * Grading a review card with FSRS (ts-fsrs): the part of spaced review that
 * needs the scheduler, used when an attempt at a problem ends.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { isCleanSolve, isMiss, type Outcome } from './outcome';
import type { ReviewCard, ReviewState } from './review';

export { Rating, type Grade };

/**
 * Days, not minutes: no same-day learning steps (a miss is retried right away
 * by the run's remediation instead), a miss comes back the next day, and no
 * interval grows beyond half a year. No fuzz, so schedules are reproducible.
 */
const scheduler = fsrs({ enable_fuzz: false, maximum_interval: 180, learning_steps: [], relearning_steps: ['1d'] });

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

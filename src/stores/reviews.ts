import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { mergeReview, migrateReview, ReviewState } from '@/core/auto/review';
import { storeStorage } from './persistence';
import { registerPersisted } from './registry';

/**
 * Spaced-review cards per problem type (FSRS). Grading a card is the
 * caller's (features/auto's learning.ts, with core/auto/review-schedule), so
 * the pages that only read the cards do not download the scheduler.
 */
export type ReviewsStore = ReviewState;

export function createReviewsStore(storage: () => KeyValueStorage = storeStorage(ReviewState)) {
  return create<ReviewsStore>()(
    persist(
      () => ({
        cards: {},
        reviewsDone: 0,
      }),
      {
        name: 'pydojo:reviews',
        version: 1,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): ReviewState => ({ cards: s.cards, reviewsDone: s.reviewsDone }),
        migrate: (persisted) => migrateReview(persisted),
        merge: (persisted, current) => ({ ...current, ...mergeReview({ cards: current.cards, reviewsDone: current.reviewsDone }, migrateReview(persisted)) }),
      },
    ),
  );
}

export const useReviews = createReviewsStore();
registerPersisted(useReviews);

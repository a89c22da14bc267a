import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { mergeReview, migrateReview, ReviewState, scheduleReview, type Grade } from '@/core/auto/review';
import { storeStorage } from './persistence';
import { registerPersisted } from './registry';

/** Spaced-review cards per problem type (FSRS). */
export interface ReviewsStore extends ReviewState {
  schedule(key: string, grade: Grade, now: number): void;
}

export function createReviewsStore(storage: () => KeyValueStorage = storeStorage(ReviewState)) {
  return create<ReviewsStore>()(
    persist(
      (set) => ({
        cards: {},
        reviewsDone: 0,
        schedule: (key, grade, now) => set((s) => scheduleReview(s, key, grade, now)),
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

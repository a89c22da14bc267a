import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { AchievementsState, markCelebrated, mergeAchievements, migrateAchievements, unlock, type BadgeId } from '@/core/auto/achievements';
import { storeStorage } from './persistence';
import { registerPersisted } from './registry';

/** Badges earned, and which of them have been celebrated (each once). */
export interface AchievementsStore extends AchievementsState {
  /** Record earned badges; returns the ones new this time. */
  unlock(ids: readonly BadgeId[], now: number): BadgeId[];
  markCelebrated(ids: readonly string[]): void;
}

export function createAchievementsStore(storage: () => KeyValueStorage = storeStorage(AchievementsState)) {
  return create<AchievementsStore>()(
    persist(
      (set, get) => ({
        earned: {},
        celebrated: [],
        unlock: (ids, now) => {
          const result = unlock({ earned: get().earned, celebrated: get().celebrated }, ids, now);
          if (result.unlocked.length > 0) set(result.state);
          return result.unlocked;
        },
        markCelebrated: (ids) => set((s) => markCelebrated(s, ids)),
      }),
      {
        name: 'pydojo:achievements',
        version: 1,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): AchievementsState => ({ earned: s.earned, celebrated: s.celebrated }),
        migrate: (persisted) => migrateAchievements(persisted),
        merge: (persisted, current) => ({
          ...current,
          ...mergeAchievements({ earned: current.earned, celebrated: current.celebrated }, migrateAchievements(persisted)),
        }),
      },
    ),
  );
}

export const useAchievements = createAchievementsStore();
registerPersisted(useAchievements);

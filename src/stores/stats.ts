import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { storeStorage } from './persistence';
import type { HistoryEvent } from '@/core/history';
import { countEvent, EMPTY_STATS, migrateStats, StatsState } from '@/core/stats';
import { registerPersisted } from './registry';

export interface StatsStore extends StatsState {
  count(event: HistoryEvent): void;
}

export function createStatsStore(storage: () => KeyValueStorage = storeStorage(StatsState)) {
  return create<StatsStore>()(
    persist(
      (set) => ({
        ...EMPTY_STATS,
        count: (event) => set((s) => countEvent(s, event)),
      }),
      {
        name: 'pydojo:stats',
        // 2: solve times moved to the progress records (solveTimeMs and firstAttemptAt are dropped).
        version: 2,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): StatsState => ({ cells: s.cells, days: s.days, counted: s.counted }),
        migrate: (persisted) => migrateStats(persisted),
        merge: (persisted, current) => ({ ...current, ...migrateStats(persisted) }),
      },
    ),
  );
}

export const useStats = createStatsStore();
registerPersisted(useStats);

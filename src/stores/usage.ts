import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { storeStorage } from './persistence';
import { makeUsageRecord, mergeUsage, migrateUsage, recordUsage, UsageState, type UsageInput, type UsageRecord } from '@/core/usage';
import { registerPersisted } from './registry';

export interface UsageStore extends UsageState {
  /** Records one AI call; the id and (unless given) the time are added. */
  record(call: UsageInput): UsageRecord;
  /** Forgets every recorded call. */
  clear(): void;
}

export function createUsageStore(storage: () => KeyValueStorage = storeStorage(UsageState), now: () => number = Date.now) {
  return create<UsageStore>()(
    persist(
      (set) => ({
        records: [],
        record: (call) => {
          const record = makeUsageRecord(call, now());
          set((s) => recordUsage(s, record));
          return record;
        },
        clear: () => set({ records: [] }),
      }),
      {
        name: 'pydojo:usage',
        version: 1,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): UsageState => ({ records: s.records }),
        migrate: (persisted) => migrateUsage(persisted),
        // Another tab's copy merges record by record with this one.
        merge: (persisted, current) => {
          const stored = migrateUsage(persisted);
          return { ...current, ...(current.records.length === 0 ? stored : mergeUsage({ records: current.records }, stored)) };
        },
      },
    ),
  );
}

export const useUsage = createUsageStore();
registerPersisted(useUsage);

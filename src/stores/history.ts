import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { browserStorage, type KeyValueStorage } from '@/adapters/storage';
import { eventId, migrateHistory, recordEvent, type HistoryEvent, type HistoryState } from '@/core/history';

export interface HistoryStore extends HistoryState {
  record(event: Omit<HistoryEvent, 'id' | 'at'>): HistoryEvent;
}

export function createHistoryStore(storage: () => KeyValueStorage = browserStorage, now: () => number = Date.now) {
  return create<HistoryStore>()(
    persist(
      (set) => ({
        events: [],
        record: (partial) => {
          const at = now();
          const event: HistoryEvent = { ...partial, id: eventId(at), at };
          set((s) => recordEvent(s, event));
          return event;
        },
      }),
      {
        name: 'pydojo:history',
        version: 1,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): HistoryState => ({ events: s.events }),
        migrate: (persisted) => migrateHistory(persisted),
        merge: (persisted, current) => ({ ...current, ...migrateHistory(persisted) }),
      },
    ),
  );
}

export const useHistory = createHistoryStore();

import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { registerRoomMaker, storeStorage } from './persistence';
import { eventId, HistoryState, migrateHistory, pruneOldest, recordEvent, type HistoryEvent, mergeHistories } from '@/core/history';
import { registerPersisted } from './registry';

export interface HistoryStore extends HistoryState {
  record(event: Omit<HistoryEvent, 'id' | 'at'>): HistoryEvent;
}

export function createHistoryStore(storage: () => KeyValueStorage = storeStorage(HistoryState), now: () => number = Date.now) {
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
        // Another tab's copy merges record by record with this one.
        merge: (persisted, current) => {
          const stored = migrateHistory(persisted);
          return { ...current, ...(current.events.length === 0 ? stored : mergeHistories({ events: current.events }, stored)) };
        },
      },
    ),
  );
}

export const useHistory = createHistoryStore();
registerPersisted(useHistory);

// When storage is full, the oldest history goes first (statistics and drafts are never pruned).
registerRoomMaker(() => {
  if (useHistory.getState().events.length === 0) return false;
  useHistory.setState((s) => pruneOldest(s));
  return true;
});

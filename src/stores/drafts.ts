import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { browserStorage, type KeyValueStorage } from '@/adapters/storage';
import { discardDraft, migrateDrafts, saveDraft, type DraftsState } from '@/core/drafts';

export interface DraftsStore extends DraftsState {
  save(problemId: string, code: string): void;
  discard(problemId: string): void;
}

export function createDraftsStore(storage: () => KeyValueStorage = browserStorage, now: () => number = Date.now) {
  return create<DraftsStore>()(
    persist(
      (set) => ({
        drafts: {},
        save: (id, code) => set((s) => saveDraft(s, id, code, now())),
        discard: (id) => set((s) => discardDraft(s, id)),
      }),
      {
        name: 'pydojo:drafts',
        version: 1,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): DraftsState => ({ drafts: s.drafts }),
        migrate: (persisted) => migrateDrafts(persisted),
        merge: (persisted, current) => ({ ...current, ...migrateDrafts(persisted) }),
      },
    ),
  );
}

export const useDrafts = createDraftsStore();

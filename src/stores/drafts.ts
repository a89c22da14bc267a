import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { storeStorage } from './persistence';
import { discardDraft, DraftsState, migrateDrafts, saveDraft, mergeDrafts } from '@/core/drafts';
import { registerPersisted } from './registry';

export interface DraftsStore extends DraftsState {
  save(problemId: string, code: string): void;
  discard(problemId: string): void;
}

export function createDraftsStore(storage: () => KeyValueStorage = storeStorage(DraftsState), now: () => number = Date.now) {
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
        // Another tab's copy merges record by record with this one.
        merge: (persisted, current) => ({ ...current, ...mergeDrafts(({ drafts: current.drafts }), migrateDrafts(persisted)) }),
      },
    ),
  );
}

export const useDrafts = createDraftsStore();
registerPersisted(useDrafts);

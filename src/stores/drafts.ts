import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { afterRules, lazyRules, lazyStoreStorage } from './persistence';
import { discardDraft, saveDraft, mergeDrafts, type DraftsState } from '@/core/drafts';
import { registerPersisted } from './registry';

const RULES = lazyRules(() => import('@/core/schemas/drafts').then((m) => ({ schema: m.DraftsState, migrate: m.migrateDrafts })));

export interface DraftsStore extends DraftsState {
  /** `blocks`: see saveDraft (omitted keeps the block program, null drops it). */
  save(problemId: string, code: string, blocks?: string | null): void;
  discard(problemId: string): void;
}

export function createDraftsStore(storage: () => KeyValueStorage = lazyStoreStorage(RULES), now: () => number = Date.now) {
  return create<DraftsStore>()(
    persist(
      (set) => ({
        drafts: {},
        save: (id, code, blocks) => set((s) => saveDraft(s, id, code, now(), blocks)),
        discard: (id) => set((s) => discardDraft(s, id)),
      }),
      {
        name: 'pydojo:drafts',
        // 2: a draft may hold a block program (`blocks`); version 1 drafts are read as they are.
        version: 2,
        storage: createJSONStorage(afterRules(storage, RULES)),
        skipHydration: true,
        partialize: (s): DraftsState => ({ drafts: s.drafts }),
        migrate: (persisted) => RULES.get().migrate(persisted),
        // Another tab's copy merges record by record with this one.
        merge: (persisted, current) => ({ ...current, ...mergeDrafts({ drafts: current.drafts }, RULES.get().migrate(persisted)) }),
      },
    ),
  );
}

export const useDrafts = createDraftsStore();
registerPersisted(useDrafts);

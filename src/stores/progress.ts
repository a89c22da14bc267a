import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { afterRules, lazyRules, lazyStoreStorage } from './persistence';
import { EMPTY_PROGRESS, hintShown, opened, revealed, startOver, submitted, mergeProgress, type ProgressState } from '@/core/progress';
import { registerPersisted } from './registry';

const RULES = lazyRules(() => import('@/core/schemas/progress').then((m) => ({ schema: m.ProgressState, migrate: m.migrateProgress })));

export interface ProgressStore extends ProgressState {
  open(id: string, fingerprint: string): void;
  submit(id: string, passed: boolean): void;
  showHint(id: string, rung: number): void;
  reveal(id: string): void;
  /** Forget these fingerprints (a choice whose questions were all seen). */
  startOver(fingerprints: string[], keep?: string): void;
}

export function createProgressStore(storage: () => KeyValueStorage = lazyStoreStorage(RULES), now: () => number = Date.now) {
  return create<ProgressStore>()(
    persist(
      (set) => ({
        ...EMPTY_PROGRESS,
        open: (id, fp) => set((s) => opened(s, id, fp, now())),
        submit: (id, passed) => set((s) => submitted(s, id, passed, now())),
        showHint: (id, rung) => set((s) => hintShown(s, id, rung, now())),
        reveal: (id) => set((s) => revealed(s, id, now())),
        startOver: (fingerprints, keep) => set((s) => startOver(s, fingerprints, keep)),
      }),
      {
        name: 'pydojo:progress',
        // 2: each problem keeps the start of its latest visit and the latest solve time (visitedAt, lastSolveMs).
        version: 2,
        storage: createJSONStorage(afterRules(storage, RULES)),
        skipHydration: true,
        partialize: (s): ProgressState => ({ problems: s.problems, seen: s.seen }),
        migrate: (persisted) => RULES.get().migrate(persisted),
        // Another tab's copy merges record by record with this one.
        merge: (persisted, current) => ({ ...current, ...mergeProgress({ problems: current.problems, seen: current.seen }, RULES.get().migrate(persisted)) }),
      },
    ),
  );
}

export const useProgress = createProgressStore();
registerPersisted(useProgress);

import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import {
  AUTO_RUNS_VERSION,
  AutoRunsState,
  mergeAutoRuns,
  migrateAutoRuns,
  putRun,
  removeRun,
  setActiveRun,
  type AutoRun,
} from '@/core/auto/run';
import { storeStorage } from './persistence';
import { registerPersisted } from './registry';

/** Adaptive practice runs; the updates themselves are core functions (core/auto/run). */
export interface AutoRunsStore extends AutoRunsState {
  put(run: AutoRun): void;
  remove(id: string): void;
  activate(id: string | null): void;
}

export function createAutoRunsStore(storage: () => KeyValueStorage = storeStorage(AutoRunsState)) {
  return create<AutoRunsStore>()(
    persist(
      (set) => ({
        runs: {},
        activeId: null,
        put: (run) => set((s) => putRun(s, run)),
        remove: (id) => set((s) => removeRun(s, id)),
        activate: (id) => set((s) => setActiveRun(s, id)),
      }),
      {
        name: 'pydojo:auto-runs',
        version: AUTO_RUNS_VERSION,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): AutoRunsState => ({ runs: s.runs, activeId: s.activeId }),
        migrate: (persisted) => migrateAutoRuns(persisted),
        merge: (persisted, current) => ({ ...current, ...mergeAutoRuns(migrateAutoRuns(persisted), { runs: current.runs, activeId: current.activeId }) }),
      },
    ),
  );
}

export const useAutoRuns = createAutoRunsStore();
registerPersisted(useAutoRuns);

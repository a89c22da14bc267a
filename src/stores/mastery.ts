import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { mergeMastery, migrateMastery, MasteryState, updateMastery, type MasteryUpdate } from '@/core/auto/mastery';
import { storeStorage } from './persistence';
import { registerPersisted } from './registry';

/** The skill estimate per problem type, updated from every finished attempt. */
export interface MasteryStore extends MasteryState {
  update(update: MasteryUpdate): void;
}

export function createMasteryStore(storage: () => KeyValueStorage = storeStorage(MasteryState)) {
  return create<MasteryStore>()(
    persist(
      (set) => ({
        skills: {},
        update: (update) => set((s) => updateMastery(s, update)),
      }),
      {
        name: 'pydojo:mastery',
        version: 1,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): MasteryState => ({ skills: s.skills }),
        migrate: (persisted) => migrateMastery(persisted),
        merge: (persisted, current) => ({ ...current, ...mergeMastery({ skills: current.skills }, migrateMastery(persisted)) }),
      },
    ),
  );
}

export const useMastery = createMasteryStore();
registerPersisted(useMastery);

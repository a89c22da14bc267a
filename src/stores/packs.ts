import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { browserStorage, type KeyValueStorage } from '@/adapters/storage';
import { addPack, migratePacks, removePack, type PacksState } from '@/core/packs';
import type { ProblemPack } from '@/core/schemas/problem';

export interface PacksStore extends PacksState {
  add(pack: ProblemPack): void;
  remove(id: string): void;
}

export function createPacksStore(storage: () => KeyValueStorage = browserStorage, now: () => number = Date.now) {
  return create<PacksStore>()(
    persist(
      (set) => ({
        packs: [],
        add: (pack) => set((s) => addPack(s, pack, now())),
        remove: (id) => set((s) => removePack(s, id)),
      }),
      {
        name: 'pydojo:packs',
        version: 1,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): PacksState => ({ packs: s.packs }),
        migrate: (persisted) => migratePacks(persisted),
        merge: (persisted, current) => ({ ...current, ...migratePacks(persisted) }),
      },
    ),
  );
}

export const usePacks = createPacksStore();

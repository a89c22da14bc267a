import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { storeStorage } from './persistence';
import { addPack, migratePacks, PacksState, removePack, mergePacks } from '@/core/packs';
import type { ProblemPack } from '@/core/schemas/problem';
import { registerPersisted } from './registry';

export interface PacksStore extends PacksState {
  add(pack: ProblemPack): void;
  remove(id: string): void;
}

export function createPacksStore(storage: () => KeyValueStorage = storeStorage(PacksState), now: () => number = Date.now) {
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
        // Another tab's copy merges record by record with this one.
        merge: (persisted, current) => ({ ...current, ...mergePacks(({ packs: current.packs }), migratePacks(persisted)) }),
      },
    ),
  );
}

export const usePacks = createPacksStore();
registerPersisted(usePacks);

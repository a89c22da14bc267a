import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import type { ChatMessage } from '@/core/schemas/ai';
import { addMessage, clearThread, mergeTutor, migrateTutor, TutorState } from '@/core/tutor';
import { storeStorage } from './persistence';
import { registerPersisted } from './registry';

export interface TutorStore extends TutorState {
  add(problemId: string, message: ChatMessage): void;
  clear(problemId: string): void;
}

export function createTutorStore(storage: () => KeyValueStorage = storeStorage(TutorState), now: () => number = Date.now) {
  return create<TutorStore>()(
    persist(
      (set) => ({
        threads: {},
        add: (problemId, message) => set((s) => addMessage(s, problemId, message, now())),
        clear: (problemId) => set((s) => clearThread(s, problemId)),
      }),
      {
        name: 'pydojo:tutor',
        version: 1,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): TutorState => ({ threads: s.threads }),
        migrate: (persisted) => migrateTutor(persisted),
        merge: (persisted, current) => ({ ...current, ...mergeTutor({ threads: current.threads }, migrateTutor(persisted)) }),
      },
    ),
  );
}

export const useTutor = createTutorStore();
registerPersisted(useTutor);

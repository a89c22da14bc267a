import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { afterRules, lazyRules, lazyStoreStorage } from './persistence';
import {
  checkAnswered,
  checkPassed,
  EMPTY_LESSON_PROGRESS,
  exampleRan,
  lessonVisited,
  mergeLessonProgress,
  sectionRead,
  type LessonProgressState,
} from '@/core/lessons/progress';
import { registerPersisted } from './registry';

const RULES = lazyRules(() => import('@/core/schemas/lesson-progress').then((m) => ({ schema: m.LessonProgressState, migrate: m.migrateLessonProgress })));

export interface LessonProgressStore extends LessonProgressState {
  visit(lessonId: string): void;
  readSection(lessonId: string, section: number): void;
  runExample(lessonId: string, section: number): void;
  answerCheck(lessonId: string): void;
  passCheck(lessonId: string): void;
}

export function createLessonProgressStore(storage: () => KeyValueStorage = lazyStoreStorage(RULES), now: () => number = Date.now) {
  return create<LessonProgressStore>()(
    persist(
      (set) => ({
        ...EMPTY_LESSON_PROGRESS,
        visit: (id) => set((s) => lessonVisited(s, id, now())),
        readSection: (id, section) => set((s) => sectionRead(s, id, section, now())),
        runExample: (id, section) => set((s) => exampleRan(s, id, section, now())),
        answerCheck: (id) => set((s) => checkAnswered(s, id, now())),
        passCheck: (id) => set((s) => checkPassed(s, id, now())),
      }),
      {
        name: 'pydojo:lesson-progress',
        version: 1,
        storage: createJSONStorage(afterRules(storage, RULES)),
        skipHydration: true,
        partialize: (s): LessonProgressState => ({ lessons: s.lessons }),
        migrate: (persisted) => RULES.get().migrate(persisted),
        // Another tab's copy merges lesson by lesson with this one.
        merge: (persisted, current) => ({ ...current, ...mergeLessonProgress({ lessons: current.lessons }, RULES.get().migrate(persisted)) }),
      },
    ),
  );
}

export const useLessonProgress = createLessonProgressStore();
registerPersisted(useLessonProgress);

import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { storeStorage } from './persistence';
import {
  checkAnswered,
  checkPassed,
  EMPTY_LESSON_PROGRESS,
  exampleRan,
  LessonProgressState,
  lessonVisited,
  mergeLessonProgress,
  migrateLessonProgress,
  sectionRead,
} from '@/core/lessons/progress';
import { registerPersisted } from './registry';

export interface LessonProgressStore extends LessonProgressState {
  visit(lessonId: string): void;
  readSection(lessonId: string, section: number): void;
  runExample(lessonId: string, section: number): void;
  answerCheck(lessonId: string): void;
  passCheck(lessonId: string): void;
}

export function createLessonProgressStore(storage: () => KeyValueStorage = storeStorage(LessonProgressState), now: () => number = Date.now) {
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
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): LessonProgressState => ({ lessons: s.lessons }),
        migrate: (persisted) => migrateLessonProgress(persisted),
        // Another tab's copy merges lesson by lesson with this one.
        merge: (persisted, current) => ({ ...current, ...mergeLessonProgress({ lessons: current.lessons }, migrateLessonProgress(persisted)) }),
      },
    ),
  );
}

export const useLessonProgress = createLessonProgressStore();
registerPersisted(useLessonProgress);

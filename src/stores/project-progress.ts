import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import { storeStorage } from './persistence';
import { registerPersisted } from './registry';
import {
  EMPTY_PROJECT_PROGRESS,
  mergeProjectProgress,
  migrateProjectProgress,
  openStep,
  ProjectProgressState,
  recordCheck,
  restartProject,
  revealStep,
  saveBlocks,
  saveCode,
  showHint,
  startProject,
  type ProjectShape,
} from '@/core/projects/progress';

export interface ProjectProgressStore extends ProjectProgressState {
  start(project: ProjectShape, locked?: boolean): void;
  saveCode(projectId: string, code: string): void;
  saveBlocks(projectId: string, code: string, blocks: string | null): void;
  openStep(project: ProjectShape, index: number): void;
  recordCheck(project: ProjectShape, index: number, passed: boolean): void;
  reveal(project: ProjectShape, index: number, reference: string): void;
  showHint(projectId: string, stepId: string, count: number): void;
  restart(project: ProjectShape): void;
}

export function createProjectProgressStore(storage: () => KeyValueStorage = storeStorage(ProjectProgressState), now: () => number = Date.now) {
  return create<ProjectProgressStore>()(
    persist(
      (set) => ({
        ...EMPTY_PROJECT_PROGRESS,
        start: (project, locked = false) => set((s) => startProject(s, project, now(), locked)),
        saveCode: (id, code) => set((s) => saveCode(s, id, code, now())),
        saveBlocks: (id, code, blocks) => set((s) => saveBlocks(s, id, code, blocks, now())),
        openStep: (project, index) => set((s) => openStep(s, project, index)),
        recordCheck: (project, index, passed) => set((s) => recordCheck(s, project, index, passed, now())),
        reveal: (project, index, reference) => set((s) => revealStep(s, project, index, reference, now())),
        showHint: (id, stepId, count) => set((s) => showHint(s, id, stepId, count)),
        restart: (project) => set((s) => restartProject(s, project, now())),
      }),
      {
        name: 'pydojo:project-progress',
        // 2 added the block program (older records read it as null).
        version: 2,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): ProjectProgressState => ({ projects: s.projects }),
        migrate: (persisted) => migrateProjectProgress(persisted),
        // Another tab's copy merges project by project with this one.
        merge: (persisted, current) => ({ ...current, ...mergeProjectProgress({ projects: current.projects }, migrateProjectProgress(persisted)) }),
      },
    ),
  );
}

export const useProjectProgress = createProjectProgressStore();
registerPersisted(useProjectProgress);

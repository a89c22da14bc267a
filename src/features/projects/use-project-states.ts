'use client';
import { useMemo } from 'react';
import { isComplete } from '@/core/lessons/progress';
import { projectStatus, type ProjectStatus } from '@/core/projects/graph';
import { finishedAt, stepsDone } from '@/core/projects/progress';
import { useHydrated } from '@/features/shell';
import { useLessonProgress } from '@/stores/lesson-progress';
import { useProjectProgress } from '@/stores/project-progress';

export interface ProjectView extends ProjectStatus {
  stepsDone: number;
  finishedAt: number | null;
}

interface Shape {
  id: string;
  stepIds: string[];
  requires: { lessons: string[]; projects: string[] };
}

/** Each project's state for this learner (locked, open, started, done), once the stores have read what this browser saved. */
export function useProjectStates(projects: readonly Shape[]): { ready: boolean; states: Record<string, ProjectView>; lessonDone(id: string): boolean } {
  const lessons = useLessonProgress((s) => s.lessons);
  const progress = useProjectProgress((s) => s.projects);
  const lessonsReady = useHydrated(useLessonProgress);
  const projectsReady = useHydrated(useProjectProgress);
  const ready = lessonsReady && projectsReady;
  return useMemo(() => {
    const shapes = new Map(projects.map((p) => [p.id, { id: p.id, starterCode: '', steps: p.stepIds.map((id) => ({ id })) }]));
    const done = (id: string) => {
      const shape = shapes.get(id);
      return !!shape && finishedAt(shape, progress[id]) !== null;
    };
    const lessonDone = (id: string) => isComplete(lessons[id]);
    const states: Record<string, ProjectView> = {};
    for (const p of projects) {
      const shape = shapes.get(p.id)!;
      states[p.id] = {
        ...projectStatus(p, lessonDone, done, !!progress[p.id]),
        stepsDone: stepsDone(shape, progress[p.id]),
        finishedAt: finishedAt(shape, progress[p.id]),
      };
    }
    return { ready, states, lessonDone };
  }, [projects, lessons, progress, ready]);
}

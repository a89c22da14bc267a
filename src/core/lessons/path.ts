import type { Module } from '@/core/schemas/curriculum';

/** One stop on the learning path: a curriculum subtopic and its lesson. */
export interface PathStop {
  /** "module/subtopic" */
  id: `${string}/${string}`;
  module: string;
  subtopic: string;
  moduleName: string;
  subtopicName: string;
  /** 0-based position on the whole path. */
  index: number;
}

/** Every subtopic in learning order: modules by their order, then subtopics by theirs. */
export function learningPath(modules: readonly Module[]): PathStop[] {
  const stops: PathStop[] = [];
  for (const mod of [...modules].sort((a, b) => a.order - b.order)) {
    for (const subtopic of [...mod.subtopics].sort((a, b) => a.order - b.order)) {
      stops.push({
        id: `${mod.id}/${subtopic.id}`,
        module: mod.id,
        subtopic: subtopic.id,
        moduleName: mod.name,
        subtopicName: subtopic.name,
        index: stops.length,
      });
    }
  }
  return stops;
}

/** Where a lesson file lives, relative to the repository root. */
export function lessonFile(stop: Pick<PathStop, 'module' | 'subtopic'>, dir = 'data/lessons'): string {
  return `${dir}/${stop.module}/${stop.subtopic}.json`;
}

/**
 * The learning path as progress needs it: the outline of every lesson, in
 * curriculum order, computed at build time (server only). Pages hand it to
 * client components as props.
 */
import { loadLessons } from '@/adapters/lessons';
import { outlineOf, pathOrder, type LessonOutline } from '@/core/lessons/progress';

export function builtInLessonPath(modules: ReadonlyArray<{ id: string; subtopics: ReadonlyArray<{ id: string }> }>): LessonOutline[] {
  return pathOrder(loadLessons().map(outlineOf), modules);
}

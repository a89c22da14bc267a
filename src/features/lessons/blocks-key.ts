import type { LessonKey } from './events';

/** Where a lesson's block program is kept in the drafts store (beside the problems' drafts). */
export function lessonBlocksKey(lesson: LessonKey): string {
  return `lesson:${lesson}`;
}

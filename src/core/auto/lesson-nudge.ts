/**
 * Sending a learner back to a lesson: after repeated misses in one subtopic
 * within an auto run, the run may suggest the lesson of that subtopic, and
 * says why. A suggestion only: it changes nothing in the run or the mastery
 * model, and it stops once the learner solves a problem there or passes the
 * lesson's check after the misses.
 */
import { areaLabel, type LabelSource, subtopicKey } from './keys';
import { isMiss } from './outcome';
import type { AutoRun } from './run';

/** Misses in one subtopic, with no solve there between them, before the lesson is suggested. */
export const LESSON_AFTER_MISSES = 2;

export interface LessonSuggestion {
  /** The lesson's id, "module/subtopic". */
  lessonId: string;
  /** Misses in a row there; the component says why with it. */
  misses: number;
  /** "Module › Subtopic" from the curriculum's names (content, not interface words). */
  area: string;
}

export interface LessonContext {
  /** Whether the path has a lesson with this id. */
  hasLesson(lessonId: string): boolean;
  /** When the learner passed that lesson's check, or null. */
  checkPassedAt(lessonId: string): number | null;
  modules?: readonly LabelSource[];
}

/** The lesson to suggest beside the problem on screen, or null. */
export function lessonSuggestion(run: AutoRun, context: LessonContext): LessonSuggestion | null {
  if (!run.current) return null;
  const lessonId = subtopicKey(run.current.key);
  if (!context.hasLesson(lessonId)) return null;
  let misses = 0;
  let lastMissAt: number | null = null;
  for (const answered of [...run.history].reverse()) {
    if (subtopicKey(answered.key) !== lessonId) continue;
    if (!isMiss(answered.outcome)) break;
    misses += 1;
    lastMissAt ??= answered.at;
  }
  if (misses < LESSON_AFTER_MISSES || lastMissAt === null) return null;
  const passedAt = context.checkPassedAt(lessonId);
  if (passedAt !== null && passedAt > lastMissAt) return null;
  return { lessonId, misses, area: areaLabel(lessonId, context.modules) };
}

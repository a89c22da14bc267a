import { z } from 'zod';

/**
 * What PyDojo remembers about each lesson a learner opened, keyed by the
 * lesson id "module/subtopic". The rules that update it are in
 * core/lessons/progress.ts.
 */

const Millis = z.number().int().min(0).max(8.64e15);

/** "module/subtopic": the curriculum place of the lesson (and the "module/subtopic" prefix of a problem type key). */
export const LessonId = z
  .string()
  .max(130)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "module/subtopic"');
export type LessonId = z.infer<typeof LessonId>;

/** Positions of sections in a lesson (0-based), each at most once, in order. */
const Positions = z.array(z.number().int().min(0).max(49)).max(50);

export const LessonProgress = z.object({
  /** The first visit. */
  startedAt: Millis,
  /** The start of the latest visit. */
  visitedAt: Millis,
  /** Sections the learner read to their end. */
  sectionsRead: Positions.default([]),
  /** Sections whose example the learner ran. */
  examplesRun: Positions.default([]),
  /** Answers given to the check's questions, right or wrong. */
  checkAnswers: z.number().int().min(0).default(0),
  /** When every question of the check was first answered right; null until then. */
  checkPassedAt: Millis.nullable().default(null),
});
export type LessonProgress = z.infer<typeof LessonProgress>;

export const LessonProgressState = z.object({
  lessons: z.record(LessonId, LessonProgress).default({}),
});
export type LessonProgressState = z.infer<typeof LessonProgressState>;

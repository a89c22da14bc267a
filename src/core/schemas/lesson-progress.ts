import * as z from 'zod/mini';

/**
 * What PyDojo remembers about each lesson a learner opened, keyed by the
 * lesson id "module/subtopic", and reading any stored copy back. The rules
 * that update it are in core/lessons/progress.ts.
 */

const Millis = z.number().check(z.int(), z.gte(0), z.lte(8.64e15));

/** "module/subtopic": the curriculum place of the lesson (and the "module/subtopic" prefix of a problem type key). */
export const LessonId = z.string().check(z.maxLength(130), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "module/subtopic"'));
export type LessonId = z.infer<typeof LessonId>;

/** Positions of sections in a lesson (0-based), each at most once, in order. */
const Positions = z.array(z.number().check(z.int(), z.gte(0), z.lte(49))).check(z.maxLength(50));

export const LessonProgress = z.object({
  /** The first visit. */
  startedAt: Millis,
  /** The start of the latest visit. */
  visitedAt: Millis,
  /** Sections the learner read to their end. */
  sectionsRead: z._default(Positions, []),
  /** Sections whose example the learner ran. */
  examplesRun: z._default(Positions, []),
  /** Answers given to the check's questions, right or wrong. */
  checkAnswers: z._default(z.number().check(z.int(), z.gte(0)), 0),
  /** When every question of the check was first answered right; null until then. */
  checkPassedAt: z._default(z.nullable(Millis), null),
});
export type LessonProgress = z.infer<typeof LessonProgress>;

export const LessonProgressState = z.object({
  lessons: z._default(z.record(LessonId, LessonProgress), {}),
});
export type LessonProgressState = z.infer<typeof LessonProgressState>;

/** Accept anything stored (older shapes, hand edits) and keep each lesson that is valid. */
export function migrateLessonProgress(persisted: unknown): LessonProgressState {
  const parsed = LessonProgressState.safeParse(persisted);
  if (parsed.success) return parsed.data;
  const source = (typeof persisted === 'object' && persisted !== null ? (persisted as { lessons?: unknown }).lessons : null) ?? {};
  const lessons: Record<string, LessonProgress> = {};
  if (typeof source === 'object' && source !== null) {
    for (const [id, value] of Object.entries(source)) {
      const one = LessonProgress.safeParse(value);
      if (one.success && LessonProgressState.shape.lessons.safeParse({ [id]: one.data }).success) lessons[id] = one.data;
    }
  }
  return { lessons };
}

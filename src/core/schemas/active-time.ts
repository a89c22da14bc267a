import * as z from 'zod/mini';

/**
 * Active time: how long the learner spent learning (on lesson pages) and
 * practising (in the workspace), with the tab visible and not idle. Each
 * browser counts into its own record (`devices`), so merging copies from
 * two browsers adds their time, and merging the same copy twice changes
 * nothing (core/time/active-time.ts).
 */

const Ms = z.number().check(z.gte(0), z.lte(1e12));
const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const DayTime = z.object({
  /** On lesson pages. */
  learnMs: z._default(Ms, 0),
  /** In the workspace, on a problem. */
  practiseMs: z._default(Ms, 0),
});
export type DayTime = z.infer<typeof DayTime>;

/** One browser's time: per day, per lesson ("module/subtopic") and per problem id. */
export const TimeTotals = z.object({
  days: z._default(z.record(Day, DayTime), {}),
  lessons: z._default(z.record(z.string().check(z.minLength(1), z.maxLength(130)), Ms), {}),
  problems: z._default(z.record(z.string().check(z.minLength(1), z.maxLength(120)), Ms), {}),
});
export type TimeTotals = z.infer<typeof TimeTotals>;

export const ActiveTimeState = z.object({
  /** Keyed by a random id each browser picks once. */
  devices: z._default(z.record(z.string().check(z.minLength(1), z.maxLength(64)), TimeTotals), {}),
});
export type ActiveTimeState = z.infer<typeof ActiveTimeState>;

/** Where the learner's attention is: a lesson or a problem. */
export const ActivityContext = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lesson'), id: z.string().check(z.minLength(1), z.maxLength(130)) }),
  z.object({ kind: z.literal('problem'), id: z.string().check(z.minLength(1), z.maxLength(120)) }),
]);
export type ActivityContext = z.infer<typeof ActivityContext>;

/** What this browser saves: the time, and which of `devices` is this browser (not part of a backup). */
export const StoredActiveTime = z.extend(ActiveTimeState, {
  device: z._default(z.nullable(z.string().check(z.minLength(1), z.maxLength(64))), null),
});
export type StoredActiveTime = z.infer<typeof StoredActiveTime>;

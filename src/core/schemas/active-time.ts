import { z } from 'zod';

/**
 * Active time: how long the learner spent learning (on lesson pages) and
 * practising (in the workspace), with the tab visible and not idle. Each
 * browser counts into its own record (`devices`), so merging copies from
 * two browsers adds their time, and merging the same copy twice changes
 * nothing (core/time/active-time.ts).
 */

const Ms = z.number().min(0).max(1e12);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const DayTime = z.object({
  /** On lesson pages. */
  learnMs: Ms.default(0),
  /** In the workspace, on a problem. */
  practiseMs: Ms.default(0),
});
export type DayTime = z.infer<typeof DayTime>;

/** One browser's time: per day, per lesson ("module/subtopic") and per problem id. */
export const TimeTotals = z.object({
  days: z.record(Day, DayTime).default({}),
  lessons: z.record(z.string().min(1).max(130), Ms).default({}),
  problems: z.record(z.string().min(1).max(120), Ms).default({}),
});
export type TimeTotals = z.infer<typeof TimeTotals>;

export const ActiveTimeState = z.object({
  /** Keyed by a random id each browser picks once. */
  devices: z.record(z.string().min(1).max(64), TimeTotals).default({}),
});
export type ActiveTimeState = z.infer<typeof ActiveTimeState>;

/** Where the learner's attention is: a lesson or a problem. */
export const ActivityContext = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lesson'), id: z.string().min(1).max(130) }),
  z.object({ kind: z.literal('problem'), id: z.string().min(1).max(120) }),
]);
export type ActivityContext = z.infer<typeof ActivityContext>;

/** What this browser saves: the time, and which of `devices` is this browser (not part of a backup). */
export const StoredActiveTime = ActiveTimeState.extend({
  device: z.string().min(1).max(64).nullable().default(null),
});
export type StoredActiveTime = z.infer<typeof StoredActiveTime>;

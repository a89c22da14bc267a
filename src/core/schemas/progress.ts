/** The saved shape of the learner's problem progress, and reading any stored copy back (see core/progress for the updates). */
import * as z from 'zod/mini';
import { SEEN_LIMIT } from '../progress';

export const ProblemProgress = z.object({
  /** When the learner first opened the problem. */
  openedAt: z.number(),
  /** When the latest visit to the problem began (null in records saved before visits were kept). */
  visitedAt: z._default(z.nullable(z.number()), null),
  /** Submits. */
  attempts: z._default(z.number().check(z.int(), z.gte(0)), 0),
  failedSubmits: z._default(z.number().check(z.int(), z.gte(0)), 0),
  /** Rungs of the hint ladder shown (0 = none). */
  hintsShown: z._default(z.number().check(z.int(), z.gte(0)), 0),
  revealed: z._default(z.boolean(), false),
  solvedAt: z._default(z.nullable(z.number()), null),
  /** The solve time (solveTimeMs) of the first solve, in milliseconds: what the statistics average. */
  solveMs: z._default(z.nullable(z.number()), null),
  /** The solve time of the latest passing submit: what the workspace says after it. */
  lastSolveMs: z._default(z.nullable(z.number()), null),
});
export type ProblemProgress = z.infer<typeof ProblemProgress>;

export const ProgressState = z.object({
  problems: z._default(z.record(z.string(), ProblemProgress), {}),
  /** Fingerprints of questions served, for the diversity guard. */
  seen: z._default(z.array(z.string()), []),
});
export type ProgressState = z.infer<typeof ProgressState>;

/** Accept anything stored (older shapes, hand edits) and keep what is valid. */
export function migrateProgress(persisted: unknown): ProgressState {
  const parsed = ProgressState.safeParse(persisted);
  if (parsed.success) return { ...parsed.data, seen: parsed.data.seen.slice(-SEEN_LIMIT) };
  const source = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  const problems: Record<string, ProblemProgress> = {};
  if (typeof source.problems === 'object' && source.problems !== null) {
    for (const [id, value] of Object.entries(source.problems as Record<string, unknown>)) {
      const one = ProblemProgress.safeParse(value);
      if (one.success) problems[id] = one.data;
    }
  }
  const seen = Array.isArray(source.seen) ? source.seen.filter((s): s is string => typeof s === 'string').slice(-SEEN_LIMIT) : [];
  return { problems, seen };
}

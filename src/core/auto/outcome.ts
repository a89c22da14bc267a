/**
 * How one attempt at a problem ended, and what it is worth as evidence of
 * skill. Hints and a revealed solution count against a solve.
 */
import * as z from 'zod/mini';

export const Outcome = z.object({
  /** A submit passed every test. */
  solved: z.boolean(),
  /** Rungs of the hint ladder shown before the solve (or the give-up). */
  hints: z._default(z.number().check(z.int(), z.gte(0), z.lte(50)), 0),
  /** The reference solution was shown: the attempt counts as a miss. */
  revealed: z._default(z.boolean(), false),
  /** Submits that failed before the solve. */
  failedSubmits: z._default(z.number().check(z.int(), z.gte(0), z.lte(10_000)), 0),
});
export type Outcome = z.infer<typeof Outcome>;
export type OutcomeInput = z.input<typeof Outcome>;

/** Each hint takes this much off a solve's score. */
export const HINT_PENALTY = 0.2;
/** Each failed submit before the solve takes this much off. */
export const FAILED_SUBMIT_PENALTY = 0.1;
/** A solve, however helped, is worth at least this much. */
export const MIN_SOLVE_SCORE = 0.3;

/** A miss: never solved, or solved only after seeing the solution. */
export function isMiss(outcome: Outcome): boolean {
  return !outcome.solved || outcome.revealed;
}

/** Solved without hints and without seeing the solution (failed submits allowed). */
export function isCleanSolve(outcome: Outcome): boolean {
  return !isMiss(outcome) && outcome.hints === 0;
}

/**
 * The score of an attempt, 0..1, as in a game of chess: a miss is 0, a clean
 * first-try solve is 1, and each hint (0.2) and failed submit (0.1) takes a
 * little off a solve, never below 0.3.
 */
export function outcomeScore(outcome: Outcome): number {
  if (isMiss(outcome)) return 0;
  const score = 1 - HINT_PENALTY * outcome.hints - FAILED_SUBMIT_PENALTY * outcome.failedSubmits;
  return Math.max(MIN_SOLVE_SCORE, score);
}

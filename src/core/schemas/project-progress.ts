import * as z from 'zod/mini';

/**
 * What PyDojo remembers about each guided project a learner started, keyed
 * by project id. The rules that update it are in core/projects/progress.ts.
 */

const Millis = z.number().check(z.int(), z.gte(0), z.lte(8.64e15));
const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(60));

export const StepProgress = z.object({
  /** When the step's tests first all passed; null until then. */
  passedAt: z._default(z.nullable(Millis), null),
  /** When the learner revealed the step's reference; null if never. */
  revealedAt: z._default(z.nullable(Millis), null),
  /** Submits of this step. */
  checks: z._default(z.number().check(z.int(), z.gte(0)), 0),
  /** Hints shown (the ladder's first n). */
  hintsShown: z._default(z.number().check(z.int(), z.gte(0), z.lte(5)), 0),
});
export type StepProgress = z.infer<typeof StepProgress>;

export const ProjectProgress = z.object({
  startedAt: Millis,
  updatedAt: Millis,
  /** The step on screen (0-based). */
  current: z._default(z.number().check(z.int(), z.gte(0), z.lte(9)), 0),
  /** The learner's program: it carries from step to step. */
  code: z.string().check(z.maxLength(200_000)),
  /** The program as blocks (Blockly's JSON) while the learner builds it in block mode; `code` is then the Python generated from it. */
  blocks: z._default(z.nullable(z.string().check(z.maxLength(400_000))), null),
  /** Keyed by step id. */
  steps: z._default(z.record(Slug, StepProgress), {}),
  /** When every step was passed or revealed; null until then. */
  finishedAt: z._default(z.nullable(Millis), null),
  /** Started although its prerequisites were not done (after a warning). */
  startedLocked: z._default(z.boolean(), false),
});
export type ProjectProgress = z.infer<typeof ProjectProgress>;

export const ProjectProgressState = z.object({
  projects: z._default(z.record(Slug, ProjectProgress), {}),
});
export type ProjectProgressState = z.infer<typeof ProjectProgressState>;

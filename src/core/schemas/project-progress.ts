import { z } from 'zod';

/**
 * What PyDojo remembers about each guided project a learner started, keyed
 * by project id. The rules that update it are in core/projects/progress.ts.
 */

const Millis = z.number().int().min(0).max(8.64e15);
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60);

export const StepProgress = z.object({
  /** When the step's tests first all passed; null until then. */
  passedAt: Millis.nullable().default(null),
  /** When the learner revealed the step's reference; null if never. */
  revealedAt: Millis.nullable().default(null),
  /** Submits of this step. */
  checks: z.number().int().min(0).default(0),
  /** Hints shown (the ladder's first n). */
  hintsShown: z.number().int().min(0).max(5).default(0),
});
export type StepProgress = z.infer<typeof StepProgress>;

export const ProjectProgress = z.object({
  startedAt: Millis,
  updatedAt: Millis,
  /** The step on screen (0-based). */
  current: z.number().int().min(0).max(9).default(0),
  /** The learner's program: it carries from step to step. */
  code: z.string().max(200_000),
  /** The program as blocks (Blockly's JSON) while the learner builds it in block mode; `code` is then the Python generated from it. */
  blocks: z.string().max(400_000).nullable().default(null),
  /** Keyed by step id. */
  steps: z.record(Slug, StepProgress).default({}),
  /** When every step was passed or revealed; null until then. */
  finishedAt: Millis.nullable().default(null),
  /** Started although its prerequisites were not done (after a warning). */
  startedLocked: z.boolean().default(false),
});
export type ProjectProgress = z.infer<typeof ProjectProgress>;

export const ProjectProgressState = z.object({
  projects: z.record(Slug, ProjectProgress).default({}),
});
export type ProjectProgressState = z.infer<typeof ProjectProgressState>;

import * as z from 'zod/mini';

/**
 * Translations of content (docs/lessons.md and docs/projects.md, "Japanese
 * content"). A translated lesson is a whole `Lesson`; problems and projects
 * are overlays of only their learner-facing text, keyed by id, laid over the
 * English by the pure functions in src/core/i18n/content.ts. Every field is
 * required: a translation is complete or absent.
 */

const Text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** The words of one problem: the code, tests and answers stay the English problem's. */
export const ProblemTranslation = z.strictObject({
  title: Text(120),
  /** Markdown. */
  statement: Text(20_000),
  /** As many as the English problem has, in the same order. */
  hints: z.array(Text(2_000)).check(z.maxLength(5)),
  /** The name of each test shown in the results, as many as the English tests, in order. */
  testNames: z.optional(z.array(z.string().check(z.trim(), z.maxLength(120))).check(z.maxLength(200))),
});
export type ProblemTranslation = z.infer<typeof ProblemTranslation>;

/** `data/i18n/<language>/bank/<module>.json`: the translated problems of one module's bank, by problem id. */
export const BankTranslation = z.strictObject({
  problems: z.record(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a problem id')), ProblemTranslation),
});
export type BankTranslation = z.infer<typeof BankTranslation>;

/** The words of one project step, keyed by its id. */
export const StepTranslation = z.strictObject({
  title: Text(80),
  /** Markdown. */
  task: Text(6_000),
  /** Markdown. */
  newIdea: Text(600),
  /** As many as the English step has, in the same order. */
  hints: z.array(Text(2_000)).check(z.minLength(1), z.maxLength(5)),
  /** The name of each of the step's tests, as many as the English tests, in order. */
  testNames: z.optional(z.array(z.string().check(z.trim(), z.maxLength(120))).check(z.maxLength(40))),
});
export type StepTranslation = z.infer<typeof StepTranslation>;

/** `data/i18n/<language>/projects/<id>.json`: the translated words of one project. */
export const ProjectTranslation = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a project id')),
  title: Text(80),
  summary: Text(200),
  /** Markdown. */
  description: Text(6_000),
  steps: z.record(z.string(), StepTranslation),
});
export type ProjectTranslation = z.infer<typeof ProjectTranslation>;

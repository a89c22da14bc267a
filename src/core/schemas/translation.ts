import { z } from 'zod';

/**
 * Translations of content (docs/lessons.md and docs/projects.md, "Japanese
 * content"). A translated lesson is a whole `Lesson`; problems and projects
 * are overlays of only their learner-facing text, keyed by id, laid over the
 * English by the pure functions in src/core/i18n/content.ts. Every field is
 * required: a translation is complete or absent.
 */

const Text = (max: number) => z.string().trim().min(1).max(max);

/** The words of one problem: the code, tests and answers stay the English problem's. */
export const ProblemTranslation = z
  .object({
    title: Text(120),
    /** Markdown. */
    statement: Text(20_000),
    /** As many as the English problem has, in the same order. */
    hints: z.array(Text(2_000)).max(5),
    /** The name of each test shown in the results, as many as the English tests, in order. */
    testNames: z.array(z.string().trim().max(120)).max(200).optional(),
  })
  .strict();
export type ProblemTranslation = z.infer<typeof ProblemTranslation>;

/** `data/i18n/<language>/bank/<module>.json`: the translated problems of one module's bank, by problem id. */
export const BankTranslation = z
  .object({
    problems: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a problem id'), ProblemTranslation),
  })
  .strict();
export type BankTranslation = z.infer<typeof BankTranslation>;

/** The words of one project step, keyed by its id. */
export const StepTranslation = z
  .object({
    title: Text(80),
    /** Markdown. */
    task: Text(6_000),
    /** Markdown. */
    newIdea: Text(600),
    /** As many as the English step has, in the same order. */
    hints: z.array(Text(2_000)).min(1).max(5),
    /** The name of each of the step's tests, as many as the English tests, in order. */
    testNames: z.array(z.string().trim().max(120)).max(40).optional(),
  })
  .strict();
export type StepTranslation = z.infer<typeof StepTranslation>;

/** `data/i18n/<language>/projects/<id>.json`: the translated words of one project. */
export const ProjectTranslation = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a project id'),
    title: Text(80),
    summary: Text(200),
    /** Markdown. */
    description: Text(6_000),
    steps: z.record(z.string(), StepTranslation),
  })
  .strict();
export type ProjectTranslation = z.infer<typeof ProjectTranslation>;

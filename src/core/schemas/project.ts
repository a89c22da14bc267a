import { z } from 'zod';
import { LessonId } from './lesson-progress';
import { Difficulty, TestCase } from './problem';

/**
 * A guided project: one program built in 5–10 steps. Each step says what to
 * build now, brings its own tests (the tests of every earlier step keep
 * running), hints and a reference program. The learner's code carries from
 * step to step. The author guide is docs/projects.md; `npm run
 * check:projects` verifies every step in Pyodide.
 */

const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. number-guess')
  .max(60);

const Identifier = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Python identifier such as make_board');

export const ProjectStep = z
  .object({
    id: Slug,
    title: z.string().min(1).max(80),
    /** Markdown: what to build in this step, with an example run where it helps. */
    task: z.string().min(1).max(6_000),
    /** Markdown, one or two sentences: the idea this step introduces. */
    newIdea: z.string().min(1).max(600),
    /** The function this step's call tests call (and check(candidate) tests receive). */
    entryPoint: Identifier.optional(),
    /** This step's own tests; grading a step also runs every earlier step's tests. */
    tests: z.array(TestCase).min(1).max(40),
    /** A hint ladder: nudge → approach → near-code. */
    hints: z.array(z.string().min(1).max(2_000)).min(1).max(5),
    /** The whole program as it stands after this step. */
    solution: z.string().min(1).max(20_000),
    /** Per-test time limit in milliseconds. */
    timeLimitMs: z.number().int().min(100).max(10_000).default(2_000),
  })
  .superRefine((step, ctx) => {
    step.tests.forEach((test, i) => {
      const usesEntry = test.kind === 'call' || (test.kind === 'assert' && /^\s*def\s+check\s*\(/m.test(test.code));
      if (usesEntry && !step.entryPoint) {
        ctx.addIssue({ code: 'custom', path: ['tests', i], message: 'needs the step to name an entryPoint' });
      }
    });
  });
export type ProjectStep = z.infer<typeof ProjectStep>;

export const Project = z
  .object({
    format: z.literal('pydojo-project'),
    version: z.literal(1),
    id: Slug,
    title: z.string().min(1).max(80),
    /** One sentence for the project list. */
    summary: z.string().min(1).max(200),
    /** Markdown: what the finished program does, with a sample session. */
    description: z.string().min(1).max(6_000),
    difficulty: Difficulty,
    estimatedMinutes: z.number().int().min(5).max(600),
    /** The name of the downloaded program, e.g. guess.py. */
    fileName: z.string().regex(/^[a-z0-9_]+\.py$/, 'must be a lowercase file name ending in .py'),
    /** What a learner should know first: lessons ("module/subtopic") and earlier projects. */
    requires: z.object({
      lessons: z.array(LessonId).min(1).max(8),
      projects: z.array(Slug).max(4).default([]),
    }),
    /** The code in the editor when the project starts. */
    starterCode: z.string().max(5_000),
    /** Whether the finished program reads input(): the project page then offers Play. */
    interactive: z.boolean(),
    steps: z.array(ProjectStep).min(5).max(10),
  })
  .superRefine((project, ctx) => {
    const seen = new Map<string, number>();
    project.steps.forEach((step, index) => {
      const first = seen.get(step.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `duplicates the id of steps[${first}] ("${step.id}")` });
      } else seen.set(step.id, index);
    });
    if (project.requires.projects.includes(project.id)) {
      ctx.addIssue({ code: 'custom', path: ['requires', 'projects'], message: 'a project cannot require itself' });
    }
  });
export type Project = z.infer<typeof Project>;
export type ProjectInput = z.input<typeof Project>;

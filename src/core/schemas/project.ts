import * as z from 'zod/mini';
import { LessonId } from './lesson-progress';
import { Difficulty, TestCase } from './problem';

/**
 * A guided project: one program built in 5–10 steps. Each step says what to
 * build now, brings its own tests (the tests of every earlier step keep
 * running), hints and a reference program. The learner's code carries from
 * step to step. The author guide is docs/projects.md; `npm run
 * check:projects` verifies every step in Pyodide.
 */

const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. number-guess'), z.maxLength(60));

const Identifier = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Python identifier such as make_board'));

export const ProjectStep = z.object({
  id: Slug,
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Markdown: what to build in this step, with an example run where it helps. */
  task: z.string().check(z.minLength(1), z.maxLength(6_000)),
  /** Markdown, one or two sentences: the idea this step introduces. */
  newIdea: z.string().check(z.minLength(1), z.maxLength(600)),
  /** The function this step's call tests call (and check(candidate) tests receive). */
  entryPoint: z.optional(Identifier),
  /** This step's own tests; grading a step also runs every earlier step's tests. */
  tests: z.array(TestCase).check(z.minLength(1), z.maxLength(40)),
  /** A hint ladder: nudge → approach → near-code. */
  hints: z.array(z.string().check(z.minLength(1), z.maxLength(2_000))).check(z.minLength(1), z.maxLength(5)),
  /** The whole program as it stands after this step. */
  solution: z.string().check(z.minLength(1), z.maxLength(20_000)),
  /** Per-test time limit in milliseconds. */
  timeLimitMs: z._default(z.number().check(z.int(), z.gte(100), z.lte(10_000)), 2_000),
}).check(z.superRefine((step, ctx) => {
  step.tests.forEach((test, i) => {
    const usesEntry = test.kind === 'call' || (test.kind === 'assert' && /^\s*def\s+check\s*\(/m.test(test.code));
    if (usesEntry && !step.entryPoint) {
      ctx.addIssue({ code: 'custom', path: ['tests', i], message: 'needs the step to name an entryPoint' });
    }
  });
}));
export type ProjectStep = z.infer<typeof ProjectStep>;

export const Project = z.object({
  format: z.literal('pydojo-project'),
  version: z.literal(1),
  id: Slug,
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  /** One sentence for the project list. */
  summary: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Markdown: what the finished program does, with a sample session. */
  description: z.string().check(z.minLength(1), z.maxLength(6_000)),
  difficulty: Difficulty,
  estimatedMinutes: z.number().check(z.int(), z.gte(5), z.lte(600)),
  /** The name of the downloaded program, e.g. guess.py. */
  fileName: z.string().check(z.regex(/^[a-z0-9_]+\.py$/, 'must be a lowercase file name ending in .py')),
  /** What a learner should know first: lessons ("module/subtopic") and earlier projects. */
  requires: z.object({
    lessons: z.array(LessonId).check(z.minLength(1), z.maxLength(8)),
    projects: z._default(z.array(Slug).check(z.maxLength(4)), []),
  }),
  /** The code in the editor when the project starts. */
  starterCode: z.string().check(z.maxLength(5_000)),
  /** Whether the finished program reads input(): the project page then offers Play. */
  interactive: z.boolean(),
  steps: z.array(ProjectStep).check(z.minLength(5), z.maxLength(10)),
}).check(z.superRefine((project, ctx) => {
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
}));
export type Project = z.infer<typeof Project>;
export type ProjectInput = z.input<typeof Project>;

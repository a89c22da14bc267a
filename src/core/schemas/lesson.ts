import * as z from 'zod/mini';

/**
 * A lesson: one per curriculum subtopic, stored as `data/lessons/<module>/<subtopic>.json`.
 * Everything runnable in it (examples, mistakes, checks) is verified by
 * `npm run check:lessons` under the same Python the learner runs.
 * The author guide is docs/lessons.md.
 */

const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'), z.maxLength(60));

/** Markdown (GitHub-flavoured, raw HTML off). */
const Markdown = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** Python source: no tabs, at most 40 lines. */
const Code = z.string().check(
  z.minLength(1),
  z.maxLength(2_000),
  z.refine((code) => !code.includes('\t'), 'indent with spaces, not tabs'),
  z.refine((code) => code.split('\n').length <= 40, 'keep runnable code to 40 lines or fewer'),
);

/**
 * The syntax a lesson can introduce. `check:lessons` maps Python's `ast` onto
 * these ids (plus `builtin:<name>` for each built-in function called and
 * `module:<name>` for each import) and fails when a lesson uses one that no
 * earlier lesson, nor the lesson itself, introduces.
 */
export const SYNTAX = [
  'string', // "text" literals
  'integer', // 42
  'float', // 3.5
  'boolean', // True / False
  'none', // None
  'variable', // name = value
  'arithmetic', // + - * / and unary minus
  'floor-div-mod', // // and %
  'power', // **
  'augmented-assignment', // += -= ...
  'comparison', // == != < > <= >=
  'boolean-ops', // and or not
  'membership', // in / not in
  'identity', // is / is not
  'f-string', // f"{x}"
  'format-spec', // f"{x:.2f}"
  'attribute', // obj.name and obj.method(...)
  'call-keyword-args', // f(sep="")
  'function-def', // def
  'return',
  'default-params', // def f(x=1)
  'star-params', // def f(*args, **kwargs)
  'star-call', // f(*items) / f(**options)
  'lambda',
  'global-nonlocal',
  'decorator',
  'indexing', // s[0]
  'slicing', // s[1:3]
  'list', // [1, 2]
  'tuple', // (1, 2)
  'dict', // {"a": 1}
  'set', // {1, 2}
  'unpacking', // a, b = pair
  'starred-assignment', // first, *rest = items
  'if', // if / elif / else
  'conditional-expression', // a if cond else b
  'pass',
  'for',
  'while',
  'break-continue',
  'loop-else',
  'list-comprehension',
  'dict-comprehension',
  'set-comprehension',
  'generator-expression',
  'yield',
  'try-except',
  'try-else-finally',
  'raise',
  'assert',
  'with',
  'class',
  'inheritance', // class B(A)
  'import', // import / from ... import
  'del',
  'walrus', // :=
  'match',
] as const;
export type Syntax = (typeof SYNTAX)[number];

/** A construct id: a syntax id, `builtin:<name>` or `module:<name>`. */
export const Construct = z.union([
  z.enum(SYNTAX),
  z.string().check(z.regex(/^builtin:[a-z_][a-z0-9_]*$/, 'builtin:<name>, e.g. builtin:len')),
  z.string().check(z.regex(/^module:[a-z_][a-z0-9_.]*$/, 'module:<name>, e.g. module:math')),
]);
export type Construct = z.infer<typeof Construct>;

/** A runnable, editable example. `output` is exactly what it prints (stdout and the traceback's last line, if any). */
export const LessonExample = z.object({
  code: Code,
  /** Lines fed to input(), in order (the learner can type their own). */
  stdin: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10))),
  output: z.string().check(z.maxLength(2_000)),
});
export type LessonExample = z.infer<typeof LessonExample>;

/** A Mermaid diagram with a text alternative for screen readers. */
export const LessonDiagram = z.object({
  mermaid: z.string().check(z.trim(), z.minLength(10), z.maxLength(3_000)),
  alt: z.string().check(z.trim(), z.minLength(20), z.maxLength(600)),
  caption: z.optional(z.string().check(z.trim(), z.maxLength(200))),
});
export type LessonDiagram = z.infer<typeof LessonDiagram>;

export const LessonSection = z.object({
  heading: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  body: Markdown(3_000),
  example: z.optional(LessonExample),
  diagram: z.optional(LessonDiagram),
  /** Markdown shown after the example or diagram. */
  after: z.optional(Markdown(1_500)),
});
export type LessonSection = z.infer<typeof LessonSection>;

/** A mistake beginners make, with the error message Python really gives. */
export const LessonMistake = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  code: Code,
  stdin: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10))),
  /** The last line of the traceback, exactly, e.g. `TypeError: can only concatenate str (not "int") to str`; or, for a silent mistake, what it prints. */
  error: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  /** Whether `error` is an exception (`raises`) or wrong output (`prints`). */
  kind: z._default(z.enum(['raises', 'prints']), 'raises'),
  fix: Markdown(800),
});
export type LessonMistake = z.infer<typeof LessonMistake>;

const choiceExplanation = z.string().check(z.trim(), z.minLength(1), z.maxLength(400));

/** Predict the output: each choice is an output; running `code` prints exactly the right one. */
const PredictQuestion = z.object({
  kind: z.literal('predict'),
  prompt: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  code: Code,
  choices: z.array(z.object({ text: z.string().check(z.maxLength(300)), why: choiceExplanation })).check(z.minLength(2), z.maxLength(4)),
  answer: z.number().check(z.int(), z.gte(0)),
});

/** Fill the blank: `code` contains `___` once; the right choice makes it print `expected`, the others do not. */
const FillQuestion = z.object({
  kind: z.literal('fill'),
  prompt: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  code: Code.check(z.refine((code) => code.split('___').length === 2, 'contains the blank ___ exactly once')),
  expected: z.string().check(z.maxLength(500)),
  choices: z.array(z.object({ text: z.string().check(z.minLength(1), z.maxLength(120)), why: choiceExplanation })).check(z.minLength(2), z.maxLength(4)),
  answer: z.number().check(z.int(), z.gte(0)),
});

/** Spot the bug: `code` should print `expected` but does not; the right choice replaces one line and fixes it, the others do not. */
const BugQuestion = z.object({
  kind: z.literal('bug'),
  prompt: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  code: Code,
  expected: z.string().check(z.maxLength(500)),
  choices: z
    .array(z.object({ line: z.number().check(z.int(), z.gte(1)), text: z.string().check(z.minLength(1), z.maxLength(160)), why: choiceExplanation }))
    .check(z.minLength(2), z.maxLength(4)),
  answer: z.number().check(z.int(), z.gte(0)),
});

export const LessonQuestion = z.discriminatedUnion('kind', [PredictQuestion, FillQuestion, BugQuestion]).check(z.superRefine((q, ctx) => {
    if (q.answer >= q.choices.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'names a choice that does not exist' });
  }));
export type LessonQuestion = z.infer<typeof LessonQuestion>;

export const Lesson = z.object({
  module: Slug,
  subtopic: Slug,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** One sentence: what the learner can do after this lesson. */
  goal: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  introduces: z.array(Construct).check(z.maxLength(20)),
  sections: z.array(LessonSection).check(z.minLength(2), z.maxLength(8)),
  mistakes: z.array(LessonMistake).check(z.minLength(1), z.maxLength(5)),
  /** Where this is used: named libraries, tools or jobs (Markdown). */
  realWorld: Markdown(1_200),
  check: z.array(LessonQuestion).check(z.minLength(2), z.maxLength(4)),
});
export type Lesson = z.infer<typeof Lesson>;

import * as z from 'zod/mini';
import english from 'zod/v4/locales/en.js';
import { fromJson } from '../python/values';
import { TopicRef } from './curriculum';

// zod/mini starts with no messages ("Invalid input" for everything); describeIssues
// below and every report built on it name what is wrong in English.
z.config(english());

/** A Python identifier (function names in tests). */
const Identifier = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Python identifier such as two_sum'));

export const Difficulty = z.enum(['beginner', 'intermediate', 'advanced']);
export type Difficulty = z.infer<typeof Difficulty>;

/** Any JSON value: arguments and expected return values of call tests. */
export const JsonValue = z.json();
export type JsonValue = z.infer<typeof JsonValue>;

const testBase = {
  /** Shown in the results list, e.g. "empty list". */
  name: z.optional(z.string().check(z.maxLength(120))),
  /** Hidden tests show only counts until the problem is solved. */
  hidden: z._default(z.boolean(), false),
  /** Per-test wall-clock limit in milliseconds. */
  timeLimitMs: z.optional(z.number().check(z.int(), z.gte(100), z.lte(30_000))),
};

/**
 * Call the entry point with `args` (and `kwargs`) and compare the return value
 * with `expected`. Values are JSON; a JSON array stands for a list or tuple,
 * use `{"$tuple": [...]}`, `{"$set": [...]}` or `{"$dict": [[k, v], ...]}` when
 * the type matters or keys are not strings.
 */
export const CallTest = z.object({
  kind: z.literal('call'),
  ...testBase,
  /** The function to call, when it is not the problem's entryPoint (guided projects test several). */
  function: z.optional(Identifier),
  args: z.array(JsonValue).check(z.maxLength(50)),
  kwargs: z.optional(z.record(Identifier, JsonValue)),
  expected: JsonValue,
});

/** Run the whole program with `stdin`; compare stdout (trailing spaces and blank lines ignored). */
export const IoTest = z.object({
  kind: z.literal('io'),
  ...testBase,
  stdin: z._default(z.string().check(z.maxLength(100_000)), ''),
  expected: z.string().check(z.maxLength(100_000)),
});

/**
 * Python assert code run against the learner's namespace. If it defines
 * `check(candidate)`, it is called with the entry point; `plain(x)` turns any
 * value into plain builtin types before comparing.
 */
export const AssertTest = z.object({
  kind: z.literal('assert'),
  ...testBase,
  /** The function check(candidate) receives, when it is not the problem's entryPoint. */
  function: z.optional(Identifier),
  code: z.string().check(z.minLength(1), z.maxLength(50_000)),
});

export const TestCase = z.discriminatedUnion('kind', [CallTest, IoTest, AssertTest]);
export type TestCase = z.infer<typeof TestCase>;
export type TestCaseInput = z.input<typeof TestCase>;

export const Comparison = z.object({
  /** Absolute and relative tolerance for floats. */
  tolerance: z._default(z.number().check(z.gte(0), z.lte(1)), 1e-6),
  /** Compare a returned list as a multiset (any order). */
  unordered: z._default(z.boolean(), false),
  /** Compare this argument after the call instead of the return value (in-place problems). */
  inPlaceArg: z.optional(z.number().check(z.int(), z.gte(0), z.lte(49))),
});
export type Comparison = z.infer<typeof Comparison>;

export const WrongSolution = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(50_000)),
  /** What is wrong with it, for authors ("off by one on the last index"). */
  why: z.string().check(z.minLength(1), z.maxLength(500)),
});

/** Another correct way to solve a problem, shown after the learner solves it. */
export const AlternativeSolution = z.object({
  /** A short name: "A loop", "sum() with a generator". */
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  code: z.string().check(z.minLength(1), z.maxLength(50_000)),
  /** One line: when you would choose this way over the others. */
  when: z.string().check(z.minLength(1), z.maxLength(300)),
});
export type AlternativeSolution = z.infer<typeof AlternativeSolution>;

/**
 * Random inputs for a function problem. `code` is Python defining
 * `generate(rng, n)`: given a `random.Random` and a size `n >= 0`, it returns
 * the list of positional arguments for the entry point (plain JSON-able values:
 * ints, floats, strings, bools, None, lists, dicts with string keys, tuples).
 * Inputs must be valid for the problem's stated constraints; `n` should scale
 * the work (a list's length, a number's magnitude, a string's length). Draw
 * everything from `rng`, so a seed reproduces the inputs.
 * Random tests compare the learner's function with the reference on such
 * inputs after the declared tests pass (src/core/random-tests.ts, sizes 0 to
 * 19); "Measure growth" times both on growing n.
 */
export const InputGenerator = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(10_000)),
  /**
   * The largest n at which the reference stays under a second and the
   * generator is quick: growth measurement stops here. Omit when n does not
   * scale the work (then the problem offers no growth measurement).
   */
  maxN: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10_000_000))),
});
export type InputGenerator = z.infer<typeof InputGenerator>;

export const Problem = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. sum-of-evens'), z.maxLength(80)),
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  /** Markdown. */
  statement: z.string().check(z.minLength(1), z.maxLength(20_000)),
  difficulty: Difficulty,
  tags: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.maxLength(12)), []),
  /** Function the call and check() tests use. */
  entryPoint: z.optional(Identifier),
  starterCode: z.string().check(z.maxLength(20_000)),
  solution: z.string().check(z.minLength(1), z.maxLength(50_000)),
  tests: z.array(TestCase).check(z.minLength(1), z.maxLength(200)),
  compare: z._default(Comparison, { tolerance: 1e-6, unordered: false }),
  /** A hint ladder: nudge → approach → near-code. */
  hints: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(2_000))).check(z.maxLength(5)), []),
  /** Plausible wrong answers; each must fail at least one test. */
  wrongSolutions: z._default(z.array(WrongSolution).check(z.maxLength(10)), []),
  /** Other correct solutions (each passes every test), shown with the reference once the problem is solved. */
  alternatives: z._default(z.array(AlternativeSolution).check(z.maxLength(4)), []),
  /** Random inputs for random tests and growth measurement (function problems only). */
  generator: z.optional(InputGenerator),
  estimatedMinutes: z.optional(z.number().check(z.int(), z.gte(1), z.lte(240))),
  /** Where the problem sits in the curriculum (required for the built-in bank). */
  topic: z.optional(TopicRef),
  /** Default per-test time limit in milliseconds. */
  timeLimitMs: z._default(z.number().check(z.int(), z.gte(100), z.lte(30_000)), 2_000),
}).check(z.superRefine((problem, ctx) => {
  const needsEntry = problem.tests.some((t) => t.kind === 'call' && !t.function);
  if (needsEntry && !problem.entryPoint) {
    ctx.addIssue({
      code: 'custom',
      path: ['entryPoint'],
      message: 'is required when the problem has call tests',
    });
  }
  problem.tests.forEach((t, i) => {
    if (t.kind === 'call') {
      for (const [field, value] of [
        ['expected', t.expected],
        ['args', t.args],
        ...(t.kwargs ? [['kwargs', t.kwargs] as const] : []),
      ] as const) {
        try {
          fromJson(value);
        } catch (error) {
          ctx.addIssue({ code: 'custom', path: ['tests', i, field], message: (error as Error).message });
        }
      }
    }
    if (t.kind === 'assert' && /^\s*def\s+check\s*\(/m.test(t.code) && !problem.entryPoint && !t.function) {
      ctx.addIssue({
        code: 'custom',
        path: ['entryPoint'],
        message: `is required: tests[${i}] defines check(candidate), which is called with the entry point`,
      });
    }
  });
  if (problem.generator && !problem.entryPoint) {
    ctx.addIssue({ code: 'custom', path: ['generator'], message: 'needs an entryPoint: random inputs are arguments for a function' });
  }
  if (problem.compare.inPlaceArg !== undefined) {
    problem.tests.forEach((t, i) => {
      if (t.kind === 'call' && t.args.length <= (problem.compare.inPlaceArg ?? 0)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tests', i, 'args'],
          message: `needs at least ${(problem.compare.inPlaceArg ?? 0) + 1} arguments for compare.inPlaceArg`,
        });
      }
    });
  }
}));
export type Problem = z.infer<typeof Problem>;
export type ProblemInput = z.input<typeof Problem>;

export const ProblemPack = z.object({
  format: z.literal('pydojo-pack'),
  version: z.literal(1),
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'), z.maxLength(60)),
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  description: z._default(z.string().check(z.maxLength(2_000)), ''),
  author: z.optional(z.string().check(z.maxLength(120))),
  problems: z.array(Problem).check(z.minLength(1), z.maxLength(1_000)),
}).check(z.superRefine((pack, ctx) => {
  const seen = new Map<string, number>();
  pack.problems.forEach((problem, index) => {
    const first = seen.get(problem.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['problems', index, 'id'],
        message: `duplicates the id of problems[${first}] ("${problem.id}")`,
      });
    } else {
      seen.set(problem.id, index);
    }
  });
}));
export type ProblemPack = z.infer<typeof ProblemPack>;

/** Render zod issues as precise, path-naming messages ("problems[2].tests[0].expected: Required"). */
export function describeIssues(error: z.core.$ZodError, limit = 8): string[] {
  return error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.reduce<string>((acc, key) => {
      if (typeof key === 'number') return `${acc}[${key}]`;
      return acc ? `${acc}.${String(key)}` : String(key);
    }, '');
    return `${path || '(root)'}: ${issue.message}`;
  });
}

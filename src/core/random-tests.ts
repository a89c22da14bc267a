/**
 * Random tests: after a submission passes its declared tests, it is compared
 * with the reference solution on inputs drawn by the problem's generator.
 *
 * Where each part runs (see docs/grading.md):
 *   - the reference side (generator + reference solution) runs in its own
 *     pristine interpreter that never runs learner code and is thrown away
 *     afterwards: `runReference`;
 *   - the learner side gets only the arguments, as ordinary call cases, in the
 *     Submit's own pristine interpreter: `gradeSubmission`;
 *   - expected values stay here, on the host, and are compared by the same
 *     `judge` as the declared tests.
 *
 * Sizes ramp up: random case i (0..49) has size n = floor(i * 2 / 5), so 0
 * to 19, two or three cases per size. Case i draws from `random.Random(seed *
 * 1000 + i)`, so "seed 12345" reproduces every input. When some fail, the
 * smallest failing size k is shrunk: inputs of every size below k, three
 * other seeds each (cases 100 and up), drawn with the others, are tried too
 * and the smallest failing input found is shown.
 */
import { judge, needsLoad, toGradeCases, type CaseVerdict, type RawOutcome, type Verdict } from './grading';
import type { GradeCase, RawCaseResult } from './python/protocol';
import { fromJson } from './python/values';
import type { JsonValue, Problem } from './schemas/problem';

/**
 * Runs a submission's cases in one interpreter (load: execute `code` first).
 * A grader may honour `stopAfterTimeout` (no case runs after the first that
 * runs out of time) or ignore it and grade every case.
 */
export type Grader = (code: string, cases: GradeCase[], load: boolean, options?: { stopAfterTimeout?: boolean }) => Promise<RawOutcome>;

export const RANDOM_CASES = 50;
/** The largest size a random case uses. */
export const MAX_RANDOM_SIZE = 19;
/** Extra seeds per size tried when shrinking. */
export const SHRINK_SEEDS = 3;
/** Where the shrinking inputs' case numbers start. */
const SHRINK_BASE = 100;

export interface RandomSpec {
  /** Case number: 0..49 for the main cases, 100 and up for shrinking. */
  index: number;
  seed: number;
  n: number;
  shrink: boolean;
}

/** A fresh seed for a Submit, short enough to read out ("seed 48213"). */
export function newSeed(random: () => number = Math.random): number {
  return 10_000 + Math.floor(random() * 90_000);
}

export function caseSeed(seed: number, index: number): number {
  return seed * 1000 + index;
}

/** Every input a Submit may need: the 50 main cases, then the shrinking pool. */
export function randomSpecs(seed: number): RandomSpec[] {
  const specs: RandomSpec[] = [];
  for (let i = 0; i < RANDOM_CASES; i++) specs.push({ index: i, seed: caseSeed(seed, i), n: Math.floor((i * 2) / 5), shrink: false });
  for (let n = 0; n < MAX_RANDOM_SIZE; n++) {
    for (let j = 0; j < SHRINK_SEEDS; j++) {
      const index = SHRINK_BASE + n * SHRINK_SEEDS + j;
      specs.push({ index, seed: caseSeed(seed, index), n, shrink: true });
    }
  }
  return specs;
}

export interface RandomInput {
  spec: RandomSpec;
  args: JsonValue[];
  /** The reference's value (tagged JSON, like a declared test's `expected`). */
  expected: JsonValue;
}

export interface SkippedInput {
  spec: RandomSpec;
  /** Why the case cannot be used: the generator or the reference failed (an author bug). */
  reason: string;
  /** The generated arguments, when the generator got that far. */
  args?: JsonValue[];
}

export interface ReferenceRun {
  seed: number;
  /** Whether the reference side ran to the end (Stop or a crash leaves it unfinished). */
  ended: RawOutcome['status'];
  inputs: RandomInput[];
  skipped: SkippedInput[];
  /** Raw results of the generator and the reference, for the pack checker's timings. */
  generated: RawCaseResult[];
  referenced: RawCaseResult[];
}

export function hasRandomTests(problem: Problem): boolean {
  return Boolean(problem.generator && problem.entryPoint);
}

function describeFailure(raw: RawCaseResult | undefined, what: string): string {
  if (!raw || raw.status === 'not-run') return `${what} did not run`;
  if (raw.status === 'timeout') return `${what} ran past the time limit`;
  if (raw.error) return `${what} raised ${raw.error.type}: ${raw.error.message}`.replace(/: $/, '');
  return `${what} ended with status ${raw.status}`;
}

/** Canonical text → JSON (tagged), or null when it is not readable as values. */
function readValue(text: string | undefined): { value: JsonValue } | null {
  if (text === undefined) return null;
  try {
    const value = JSON.parse(text) as JsonValue;
    fromJson(value);
    return { value };
  } catch {
    return null;
  }
}

/**
 * The reference side: generate the inputs, then run the reference solution
 * on them. `grade` must belong to an interpreter that never runs learner code.
 */
export async function runReference(problem: Problem, seed: number, grade: Grader, specs: RandomSpec[] = randomSpecs(seed)): Promise<ReferenceRun> {
  const generator = problem.generator;
  if (!generator || !problem.entryPoint) return { seed, ended: 'completed', inputs: [], skipped: [], generated: [], referenced: [] };
  const generateCases: GradeCase[] = specs.map((spec) => ({ kind: 'generate', code: generator.code, seed: spec.seed, n: spec.n, timeLimitMs: problem.timeLimitMs }));
  const generated = await grade('', generateCases, false);
  const byIndex = new Map(generated.cases.map((c) => [c.index, c]));
  const skipped: SkippedInput[] = [];
  const drawn: Array<{ spec: RandomSpec; args: JsonValue[] }> = [];
  specs.forEach((spec, i) => {
    const raw = byIndex.get(i);
    const args = raw?.status === 'ok' ? readValue(raw.actual)?.value : null;
    if (!Array.isArray(args)) {
      const reason = raw?.status === 'ok' ? 'the generator returned arguments that are not plain values' : describeFailure(raw, 'the generator');
      skipped.push({ spec, reason });
      return;
    }
    drawn.push({ spec, args });
  });
  if (drawn.length === 0 || generated.status !== 'completed') return { seed, ended: generated.status, inputs: [], skipped, generated: generated.cases, referenced: [] };
  const withoutExpected = drawn.map(({ args }) => ({ args, expected: null }));
  const reference = await grade(problem.solution, randomCases(problem, withoutExpected), true);
  const results = new Map(reference.cases.map((c) => [c.index, c]));
  const inputs: RandomInput[] = [];
  drawn.forEach(({ spec, args }, i) => {
    const raw = results.get(i);
    const expected = raw?.status === 'ok' ? readValue(raw.actual) : null;
    if (expected === null) {
      const reason = reference.loadError
        ? `the reference solution did not load (${reference.loadError.type}: ${reference.loadError.message})`
        : raw?.status === 'ok'
          ? 'the reference returned a value that cannot be compared'
          : describeFailure(raw, 'the reference');
      skipped.push({ spec, reason, args });
      return;
    }
    inputs.push({ spec, args, expected: expected.value });
  });
  return { seed, ended: reference.status, inputs, skipped, generated: generated.cases, referenced: reference.cases };
}

/** The problem with its random inputs as its (only) tests, so the usual grading paths apply. */
export function randomProblem(problem: Problem, inputs: Array<Pick<RandomInput, 'args' | 'expected'>>): Problem {
  return {
    ...problem,
    tests: inputs.map((input, i) => ({ kind: 'call' as const, name: `random input ${i + 1}`, hidden: false, args: input.args, expected: input.expected })),
  };
}

export function randomCases(problem: Problem, inputs: Array<Pick<RandomInput, 'args' | 'expected'>>): GradeCase[] {
  return toGradeCases(randomProblem(problem, inputs));
}

export interface RandomFailure {
  /** The failing case, judged like a visible call test (input, expected, actual). */
  case: CaseVerdict;
  n: number;
  /** The size of the smallest failing main input, when shrinking found a smaller one. */
  shrunkFrom: number | null;
}

export interface RandomVerdict {
  seed: number;
  status: 'passed' | 'failed' | 'interrupted' | 'crashed';
  /** Main random inputs compared (inputs the reference could not handle are left out). */
  total: number;
  passed: number;
  failure: RandomFailure | null;
  durationMs: number;
}

export interface RandomRound {
  inputs: RandomInput[];
  outcome: RawOutcome;
}

/** Smaller size first, then the shorter input. */
function smaller(a: { n: number; input: string | null }, b: { n: number; input: string | null }): boolean {
  return a.n !== b.n ? a.n < b.n : (a.input ?? '').length < (b.input ?? '').length;
}

/** The failing case of a round with the smallest input, if any. */
function smallestFailure(problem: Problem, round: RandomRound): { verdict: Verdict; failure: { case: CaseVerdict; n: number } | null } {
  const verdict = judge(randomProblem(problem, round.inputs), round.outcome);
  let best: { case: CaseVerdict; n: number } | null = null;
  verdict.cases.forEach((c, i) => {
    if (c.status === 'passed' || c.status === 'not-run' || c.status === 'interrupted') return;
    const candidate = { case: c, n: round.inputs[i].spec.n };
    if (!best || smaller({ n: candidate.n, input: c.input }, { n: best.n, input: best.case.input })) best = candidate;
  });
  return { verdict, failure: best };
}

/** Judge the main round and, if it ran, the shrinking round. */
export function judgeRandom(problem: Problem, seed: number, main: RandomRound, shrink?: RandomRound): RandomVerdict {
  const first = smallestFailure(problem, main);
  let failure: RandomFailure | null = first.failure ? { ...first.failure, shrunkFrom: null } : null;
  let durationMs = main.outcome.durationMs;
  if (shrink && failure) {
    durationMs += shrink.outcome.durationMs;
    const found = smallestFailure(problem, shrink).failure;
    if (found && smaller({ n: found.n, input: found.case.input }, { n: failure.n, input: failure.case.input })) {
      failure = { ...found, shrunkFrom: failure.n };
    }
  }
  const ended = main.outcome.status;
  const status: RandomVerdict['status'] = failure ? 'failed' : ended === 'completed' ? 'passed' : ended;
  return { seed, status, total: main.inputs.length, passed: first.verdict.passed, failure, durationMs };
}

/** A verdict with its random tests: a random failure means not solved. */
export function withRandom(verdict: Verdict, random: RandomVerdict): Verdict {
  const status = verdict.status !== 'passed' ? verdict.status : random.status;
  return { ...verdict, status, random, durationMs: verdict.durationMs + random.durationMs };
}

/**
 * A whole Submit: the declared tests, then (when they all pass and the
 * problem has a generator) the random inputs, then shrinking. `grade` runs
 * in the Submit's pristine interpreter; `reference` is called once the
 * declared tests pass and starts the reference side's run in another
 * interpreter (null: no random tests), so a failing Submit costs nothing more.
 */
export async function gradeSubmission(
  problem: Problem,
  code: string,
  grade: Grader,
  reference: () => Promise<ReferenceRun | null> | null,
): Promise<Verdict> {
  const declared = judge(problem, await grade(code, toGradeCases(problem), needsLoad(problem)));
  if (declared.status !== 'passed') return declared;
  const pending = reference();
  if (!pending) return declared;
  const ref = await pending;
  if (!ref) return declared;
  // Stopping (or crashing) the reference side must not skip the random tests into a pass.
  if (ref.ended !== 'completed') return withRandom(declared, { seed: ref.seed, status: ref.ended, total: 0, passed: 0, failure: null, durationMs: 0 });
  const main = ref.inputs.filter((input) => !input.spec.shrink);
  if (main.length === 0) return declared;
  const mainRound: RandomRound = { inputs: main, outcome: await grade(code, randomCases(problem, main), true) };
  const first = judgeRandom(problem, ref.seed, mainRound);
  if (!first.failure || first.failure.n === 0 || mainRound.outcome.status !== 'completed') return withRandom(declared, first);
  const failingSize = first.failure.n;
  const pool = ref.inputs.filter((input) => input.spec.shrink && input.spec.n < failingSize);
  if (pool.length === 0) return withRandom(declared, first);
  const shrinkRound: RandomRound = { inputs: pool, outcome: await grade(code, randomCases(problem, pool), true) };
  return withRandom(declared, judgeRandom(problem, ref.seed, mainRound, shrinkRound));
}

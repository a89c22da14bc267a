/**
 * The pack checker's look at a problem's input generator: it draws inputs of
 * every size a Submit uses (fixed seed, so a failure reproduces), and demands
 * that the reference handles all of them, that the alternatives agree with
 * it, and that at least one wrong solution differs from it somewhere (else
 * the random tests could not catch anything). With `maxN`, it draws one
 * input of that size and times the reference on it.
 */
import { judge } from './grading';
import { fromJson, pyRepr } from './python/values';
import { randomCases, randomProblem, runReference, caseSeed, type Grader, type RandomInput, type ReferenceRun } from './random-tests';
import type { JsonValue, Problem } from './schemas/problem';

/** The seed check:bank draws with (Submit draws a new one each time). */
export const CHECK_SEED = 1;
/** Above this, the reference at maxN is too slow for growth measurement. */
export const SLOW_MAX_N_MS = 1_000;
/** Time allowed for the generator and the reference at maxN (a slow one is a warning, not a failure). */
const MAX_N_LIMIT_MS = 30_000;

export interface GeneratorCheck {
  /** Generated inputs the reference handled. */
  inputs: number;
  /** 1 when some wrong solution differs from the reference on a generated input (the check stops at the first), else 0. */
  wrongDiffer: number;
  wrongTotal: number;
  maxN: { n: number; generateMs: number; referenceMs: number } | null;
  problems: string[];
  warnings: string[];
}

function describeArgs(problem: Problem, args: JsonValue[]): string {
  const text = `${problem.entryPoint ?? 'solution'}(${args.map((a) => pyRepr(fromJson(a))).join(', ')})`;
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** One line per distinct reason (the smallest input that shows it), at most three. */
function skippedLines(problem: Problem, run: ReferenceRun, where: (n: number) => string): string[] {
  const byReason = new Map<string, { first: ReferenceRun['skipped'][number]; count: number }>();
  for (const skipped of run.skipped) {
    const seen = byReason.get(skipped.reason);
    if (!seen) byReason.set(skipped.reason, { first: skipped, count: 1 });
    else {
      seen.count++;
      if (skipped.spec.n < seen.first.spec.n) seen.first = skipped;
    }
  }
  const lines = [...byReason.values()].slice(0, 3).map(({ first, count }) => {
    const on = first.args ? ` on ${describeArgs(problem, first.args)}` : '';
    return `${where(first.spec.n)}: ${first.reason}${on}${count > 1 ? ` (${count} inputs)` : ''}`;
  });
  if (byReason.size > 3) lines.push(`... and ${byReason.size - 3} more kinds of failure`);
  return lines;
}

/**
 * The first generated input on which `code` disagrees with the reference, as
 * a line, or null. Inputs go in growing batches (the smallest first), so a
 * wrong solution that fails at once, or loops forever, costs one input and
 * not all of them.
 */
async function firstDifference(problem: Problem, inputs: RandomInput[], code: string, grade: Grader): Promise<string | null> {
  for (const [start, end] of [[0, 1], [1, 8], [8, inputs.length]] as const) {
    const batch = inputs.slice(start, end);
    if (batch.length === 0) continue;
    const verdict = judge(randomProblem(problem, batch), await grade(code, randomCases(problem, batch), true));
    if (verdict.loadError) return `${verdict.loadError.type}: ${verdict.loadError.message}`;
    const failed = verdict.cases.find((c) => c.status !== 'passed');
    if (failed) return `${failed.input}: ${failed.message ?? failed.status}`;
  }
  return null;
}

export async function checkGenerator(problem: Problem, grade: Grader): Promise<GeneratorCheck> {
  const result: GeneratorCheck = { inputs: 0, wrongDiffer: 0, wrongTotal: problem.wrongSolutions.length, maxN: null, problems: [], warnings: [] };
  if (!problem.generator) return result;
  if (!problem.entryPoint) {
    result.problems.push('generator: the problem has no entryPoint to call with the generated arguments');
    return result;
  }
  const run = await runReference(problem, CHECK_SEED, grade);
  result.inputs = run.inputs.length;
  result.problems.push(...skippedLines(problem, run, (n) => `generator (seed ${CHECK_SEED}, n=${n})`));
  if (run.inputs.length === 0) {
    result.problems.push('generator: produced no input the reference could handle');
    return result;
  }
  // One wrong solution that differs is enough: random tests can catch something.
  for (const wrong of problem.wrongSolutions) {
    if ((await firstDifference(problem, run.inputs, wrong.code, grade)) !== null) {
      result.wrongDiffer++;
      break;
    }
  }
  if (result.wrongDiffer === 0) {
    result.problems.push('generator: no wrong solution differs from the reference on any generated input, so random tests would catch nothing');
  }
  for (const [index, alternative] of problem.alternatives.entries()) {
    const difference = await firstDifference(problem, run.inputs, alternative.code, grade);
    // Two right answers that compare unequal: the generator draws inputs
    // with several valid answers, which would fail correct submissions.
    if (difference !== null) result.problems.push(`generator: alternatives[${index}] ("${alternative.title}") disagrees with the reference on a generated input: ${difference}`);
  }
  const maxN = problem.generator.maxN;
  if (maxN !== undefined) {
    const spec = { index: 0, seed: caseSeed(CHECK_SEED, 0), n: maxN, shrink: false };
    const big = await runReference({ ...problem, timeLimitMs: MAX_N_LIMIT_MS }, CHECK_SEED, grade, [spec]);
    const generateMs = Math.round(big.generated[0]?.durationMs ?? 0);
    const referenced = big.referenced[0];
    const referenceMs = Math.round(referenced?.durationMs ?? 0);
    // At maxN the reference ran to the end even when its value is too big to
    // compare (a long sorted list): only the time matters here.
    const ran = big.inputs.length === 1 || (referenced?.status === 'error' && /too large to compare/.test(referenced.error?.message ?? ''));
    if (!ran) result.problems.push(...skippedLines(problem, big, (n) => `generator at maxN=${n}`).map((line) => line.slice(0, 400)));
    else {
      result.maxN = { n: maxN, generateMs, referenceMs };
      if (referenceMs > SLOW_MAX_N_MS) result.warnings.push(`at maxN=${maxN} the reference takes ${referenceMs} ms (over ${SLOW_MAX_N_MS / 1000} s): lower maxN`);
      if (generateMs > SLOW_MAX_N_MS) result.warnings.push(`at maxN=${maxN} the generator takes ${generateMs} ms (over ${SLOW_MAX_N_MS / 1000} s)`);
    }
  }
  return result;
}

/**
 * Verifies a problem the way PyDojo trusts it: its reference solution passes
 * every test, and each listed wrong solution fails at least one. The runtime
 * is injected, so the pack checker (Node) and the app (browser) share this.
 */
import { judge, needsLoad, toGradeCases, type Verdict } from './grading';
import { checkGenerator, type GeneratorCheck } from './generator-check';
import type { Grader } from './random-tests';
import type { Problem } from './schemas/problem';

export type { Grader } from './random-tests';

export interface ProblemCheck {
  id: string;
  ok: boolean;
  reference: Verdict;
  wrong: Array<{ why: string; verdict: Verdict; rejected: boolean; failedHidden: boolean }>;
  alternatives: Array<{ title: string; verdict: Verdict }>;
  /** The generator's check, for problems that have one. */
  generator: GeneratorCheck | null;
  problems: string[];
  /** Worth a look but not a failure (a slow maxN). */
  warnings: string[];
  durationMs: number;
}

function summarizeFailure(verdict: Verdict): string {
  if (verdict.loadError) return `${verdict.loadError.type}: ${verdict.loadError.message}`;
  const failed = verdict.cases.filter((c) => c.status !== 'passed');
  return failed
    .slice(0, 3)
    .map((c) => `${c.name}: ${c.message ?? c.status}`)
    .join('; ');
}

export interface CheckOptions {
  /**
   * Strict (the built-in bank): each wrong solution must fail a hidden test
   * (not only visible ones), and every hidden test needs a name saying what
   * it checks, since a learner sees only that name when it fails.
   */
  requireHiddenFailure?: boolean;
  /** The built-in bank: every problem shows at least one other way to solve it. */
  requireAlternative?: boolean;
  now?: () => number;
}

export async function checkProblem(problem: Problem, grade: Grader, options: CheckOptions = {}): Promise<ProblemCheck> {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const cases = toGradeCases(problem);
  const load = needsLoad(problem);
  const reference = judge(problem, await grade(problem.solution, cases, load));
  const problems: string[] = [];
  if (reference.status !== 'passed') {
    problems.push(`reference solution fails ${reference.total - reference.passed}/${reference.total} tests (${summarizeFailure(reference)})`);
  }
  if (options.requireHiddenFailure) {
    problem.tests.forEach((test, index) => {
      if (test.hidden && !test.name?.trim()) problems.push(`tests[${index}] is hidden but has no name saying what it checks`);
    });
  }
  const wrong: ProblemCheck['wrong'] = [];
  const failedRun = (verdict: Verdict) => verdict.cases.filter((c) => c.status !== 'passed' && c.status !== 'not-run');
  for (const [index, candidate] of problem.wrongSolutions.entries()) {
    // A wrong solution that loops forever costs each case its whole time
    // limit. Grade it up to its first timeout, and in full only when the cases
    // before did not already show what the check needs.
    let verdict = judge(problem, await grade(candidate.code, cases, load, { stopAfterTimeout: true }));
    const cut = verdict.cases.some((c) => c.status === 'not-run');
    if (cut && !failedRun(verdict).some((c) => c.hidden || !options.requireHiddenFailure)) verdict = judge(problem, await grade(candidate.code, cases, load));
    const rejected = verdict.status !== 'passed';
    const failedHidden = failedRun(verdict).some((c) => c.hidden);
    if (!rejected) problems.push(`wrongSolutions[${index}] ("${candidate.why}") passes every test`);
    else if (options.requireHiddenFailure && !failedHidden) {
      problems.push(`wrongSolutions[${index}] ("${candidate.why}") fails only visible tests; it must fail a hidden test too`);
    }
    wrong.push({ why: candidate.why, verdict, rejected, failedHidden });
  }
  const alternatives: ProblemCheck['alternatives'] = [];
  const sameCode = (a: string) => a.replace(/\s+/g, ' ').trim();
  for (const [index, alternative] of problem.alternatives.entries()) {
    const verdict = judge(problem, await grade(alternative.code, cases, load));
    if (verdict.status !== 'passed') {
      problems.push(`alternatives[${index}] ("${alternative.title}") fails ${verdict.total - verdict.passed}/${verdict.total} tests (${summarizeFailure(verdict)})`);
    }
    if (sameCode(alternative.code) === sameCode(problem.solution)) problems.push(`alternatives[${index}] ("${alternative.title}") is the reference solution again`);
    alternatives.push({ title: alternative.title, verdict });
  }
  if (options.requireAlternative && problem.alternatives.length === 0) problems.push('has no alternative solution: add at least one other way to solve it');
  const generator = problem.generator ? await checkGenerator(problem, grade) : null;
  if (generator) problems.push(...generator.problems);
  const warnings = generator?.warnings ?? [];
  return { id: problem.id, ok: problems.length === 0, reference, wrong, alternatives, generator, problems, warnings, durationMs: now() - started };
}

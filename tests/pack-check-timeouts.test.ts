// The pack checker's shortcut for wrong solutions that run out of time:
// `stopAfterTimeout` ends a grade at its first timeout, and checkProblem
// grades again in full only when the cases before it did not prove enough.
// Runs under Node Pyodide through the same PythonClient the app uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PythonClient } from '@/adapters/python/client';
import { toGradeCases } from '@/core/grading';
import { checkProblem, type Grader } from '@/core/pack-check';
import { Problem, type ProblemInput } from '@/core/schemas/problem';
import { startPython } from './python';

let python: PythonClient;

beforeAll(async () => {
  python = startPython();
  await python.ready();
}, 120_000);

afterAll(() => python?.dispose());

const LIMIT_MS = 300;

function makeProblem(tests: ProblemInput['tests'], wrong: string): Problem {
  return Problem.parse({
    id: 'double',
    title: 'Double',
    statement: 'Return twice `n`.',
    difficulty: 'beginner',
    starterCode: 'def double(n):\n    pass\n',
    entryPoint: 'double',
    solution: 'def double(n):\n    return 2 * n\n',
    timeLimitMs: LIMIT_MS,
    tests,
    wrongSolutions: [{ code: wrong, why: 'a wrong one' }],
  });
}

/** The grade calls a check makes, and whether each asked for the shortcut. */
function recording(): { grade: Grader; calls: Array<{ shortcut: boolean; statuses: string[] }> } {
  const calls: Array<{ shortcut: boolean; statuses: string[] }> = [];
  const grade: Grader = async (code, cases, load, options) => {
    const outcome = await python.grade(code, cases, { load, ...options });
    calls.push({ shortcut: options?.stopAfterTimeout === true, statuses: outcome.cases.map((c) => c.status) });
    return outcome;
  };
  return { grade, calls };
}

const loopsOnZero = 'def double(n):\n    while n == 0:\n        pass\n    return 2 * n\n';

describe('stopAfterTimeout', () => {
  it('runs no case after the first that runs out of time', async () => {
    const problem = makeProblem(
      [
        { kind: 'call', args: [0], expected: 0 },
        { kind: 'call', args: [0], expected: 0 },
        { kind: 'call', args: [2], expected: 4 },
      ],
      loopsOnZero,
    );
    const cases = toGradeCases(problem);
    const cut = await python.grade(loopsOnZero, cases, { load: true, stopAfterTimeout: true });
    expect(cut.cases.map((c) => c.status)).toEqual(['timeout', 'not-run', 'not-run']);
    const full = await python.grade(loopsOnZero, cases, { load: true });
    expect(full.cases.map((c) => c.status)).toEqual(['timeout', 'timeout', 'ok']);
  });
});

describe('checkProblem on a wrong solution that loops', () => {
  it('stops at a hidden timeout: the one grade already shows a hidden failure', async () => {
    const problem = makeProblem(
      [
        { kind: 'call', args: [2], expected: 4 },
        { kind: 'call', hidden: true, name: 'zero', args: [0], expected: 0 },
        { kind: 'call', hidden: true, name: 'zero again', args: [0], expected: 0 },
      ],
      loopsOnZero,
    );
    const { grade, calls } = recording();
    const check = await checkProblem(problem, grade, { requireHiddenFailure: true });
    expect(check.problems).toEqual([]);
    expect(check.wrong[0]).toMatchObject({ rejected: true, failedHidden: true });
    const wrongCalls = calls.filter((call) => call.shortcut);
    expect(wrongCalls).toEqual([{ shortcut: true, statuses: ['ok', 'timeout', 'not-run'] }]);
    // Reference (1) and the wrong solution once: no full grade of it.
    expect(calls).toHaveLength(2);
  });

  it('grades in full when the timeout was visible and a hidden failure may come later', async () => {
    const wrong = 'def double(n):\n    while n == 0:\n        pass\n    return 2 * n if n < 5 else n\n';
    const problem = makeProblem(
      [
        { kind: 'call', args: [0], expected: 0 },
        { kind: 'call', args: [2], expected: 4 },
        { kind: 'call', hidden: true, name: 'large', args: [7], expected: 14 },
      ],
      wrong,
    );
    const { grade, calls } = recording();
    const check = await checkProblem(problem, grade, { requireHiddenFailure: true });
    expect(check.problems).toEqual([]);
    expect(check.wrong[0]).toMatchObject({ rejected: true, failedHidden: true });
    expect(calls.slice(1).map((call) => call.statuses)).toEqual([
      ['timeout', 'not-run', 'not-run'],
      ['timeout', 'ok', 'ok'],
    ]);
  });

  it('still fails a wrong solution that times out only on a visible test', async () => {
    const problem = makeProblem(
      [
        { kind: 'call', args: [0], expected: 0 },
        { kind: 'call', hidden: true, name: 'two', args: [2], expected: 4 },
      ],
      loopsOnZero,
    );
    const { grade } = recording();
    const check = await checkProblem(problem, grade, { requireHiddenFailure: true });
    expect(check.wrong[0]).toMatchObject({ rejected: true, failedHidden: false });
    expect(check.problems).toEqual(['wrongSolutions[0] ("a wrong one") fails only visible tests; it must fail a hidden test too']);
  });
});

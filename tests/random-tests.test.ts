// Random tests under Node Pyodide: the harness's generate case, the reference
// side (src/core/random-tests.ts runReference) and a whole Submit with
// shrinking, through the same PythonClient the app uses. The reference side
// gets an interpreter of its own, as in the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PythonClient } from '@/adapters/python/client';
import type { GradeCase } from '@/core/python/protocol';
import { gradeSubmission, runReference, type Grader } from '@/core/random-tests';
import { Problem, type ProblemInput } from '@/core/schemas/problem';
import { startPython } from './python';

let learner: PythonClient;
let reference: PythonClient;

beforeAll(async () => {
  learner = startPython();
  reference = startPython();
  await Promise.all([learner.ready(), reference.ready()]);
}, 120_000);

afterAll(() => {
  learner?.dispose();
  reference?.dispose();
});

const onLearner: Grader = (code, cases, load) => learner.grade(code, cases, { load });
const onReference: Grader = (code, cases, load) => reference.grade(code, cases, { load });

function generate(code: string, seed: number, n: number): GradeCase {
  return { kind: 'generate', code, seed, n, timeLimitMs: 2_000 };
}

function makeProblem(spec: Partial<ProblemInput>): Problem {
  return Problem.parse({
    id: 'random',
    title: 'Random',
    statement: 'A problem with random tests.',
    difficulty: 'beginner',
    starterCode: '',
    entryPoint: 'largest',
    solution: 'def largest(nums):\n    return max(nums)\n',
    tests: [
      { kind: 'call', args: [[1, 5, 3]], expected: 5 },
      { kind: 'call', name: 'negatives', hidden: true, args: [[-4, -2]], expected: -2 },
    ],
    generator: { code: 'def generate(rng, n):\n    return [[rng.randint(-50, 50) for _ in range(n + 1)]]\n' },
    ...spec,
  });
}

describe('the generate case', () => {
  it('returns the arguments as canonical JSON, the same for the same seed, keeping tuples, sets and big ints', async () => {
    const code = 'def generate(rng, n):\n    return [rng.randint(0, 10 ** 30), (n, n + 1), {rng.randint(0, 3)}, [rng.random() for _ in range(n)]]\n';
    const outcome = await reference.grade('', [generate(code, 7, 2), generate(code, 7, 2), generate(code, 8, 2)], { load: false });
    expect(outcome.cases.map((c) => c.status)).toEqual(['ok', 'ok', 'ok']);
    const [first, again, other] = outcome.cases.map((c) => JSON.parse(c.actual ?? 'null'));
    expect(first).toEqual(again);
    expect(first).not.toEqual(other);
    expect(first[0]).toHaveProperty('$int');
    expect(first[1]).toEqual({ $tuple: [2, 3] });
    expect(first[2]).toHaveProperty('$set');
    expect(first[3]).toHaveLength(2);
  });

  it("reports a generator's own mistakes as errors with its traceback", async () => {
    const cases = [
      generate('def generate(rng, n):\n    return [1 // n]\n', 1, 0),
      generate('def generate(rng, n):\n    return 5\n', 1, 0),
      generate('def make(rng, n):\n    return [1]\n', 1, 0),
      generate('def generate(rng, n):\n    return [object()]\n', 1, 0),
    ];
    const outcome = await reference.grade('', cases, { load: false });
    expect(outcome.cases.map((c) => c.status)).toEqual(['error', 'error', 'error', 'error']);
    expect(outcome.cases[0].error?.type).toBe('ZeroDivisionError');
    expect(outcome.cases[0].error?.traceback).toContain('File "generator.py", line 2, in generate');
    expect(outcome.cases[1].error?.message).toContain('must return a list of arguments');
    expect(outcome.cases[2].error?.message).toContain('generate(rng, n)');
    expect(outcome.cases[3].error?.message).toContain('not plain values');
  });

  it('ends a generator that never returns at the time limit', async () => {
    const outcome = await reference.grade('', [{ ...generate('def generate(rng, n):\n    while True:\n        pass\n', 1, 0), timeLimitMs: 300 }], { load: false });
    expect(outcome.cases[0].status).toBe('timeout');
  });
});

describe('the reference side', () => {
  it("skips inputs the reference cannot handle (an author's bug) and keeps the others with their expected values", async () => {
    const problem = makeProblem({ generator: { code: 'def generate(rng, n):\n    return [[rng.randint(1, 9) for _ in range(n)]]\n' } });
    const run = await runReference(problem, 12345, onReference);
    // Size 0 draws an empty list: max() raises, so those inputs are skipped.
    expect(run.skipped.length).toBeGreaterThan(0);
    expect(run.skipped.every((s) => s.spec.n === 0 && /ValueError/.test(s.reason))).toBe(true);
    expect(run.inputs.every((input) => input.spec.n > 0)).toBe(true);
    const input = run.inputs[0];
    expect(input.expected).toBe(Math.max(...(input.args[0] as number[])));
  });
});

describe('a Submit with random tests', () => {
  it('passes a correct solution on every random input, with its seed', async () => {
    const problem = makeProblem({});
    const verdict = await gradeSubmission(problem, 'def largest(nums):\n    return sorted(nums)[-1]\n', onLearner, () => runReference(problem, 31337, onReference));
    expect(verdict.status).toBe('passed');
    expect(verdict.random).toMatchObject({ seed: 31337, status: 'passed', total: 50, passed: 50, failure: null });
  });

  it('fails a solution that passes the declared tests but not a random input, and shrinks that input', async () => {
    const problem = makeProblem({});
    // Wrong only when the largest number is over 45 (one draw in twenty).
    const code = 'def largest(nums):\n    return max(x if x <= 45 else -99 for x in nums)\n';
    // With seed 10058 the smallest failing main input has size 8 (nine
    // numbers); the shrinking inputs find one of size 1.
    const verdict = await gradeSubmission(problem, code, onLearner, () => runReference(problem, 10058, onReference));
    expect(verdict.passed).toBe(verdict.total);
    expect(verdict.status).toBe('failed');
    const failure = verdict.random?.failure;
    expect(verdict.random).toMatchObject({ seed: 10058, status: 'failed', total: 50 });
    expect(failure).toMatchObject({ n: 1, shrunkFrom: 8 });
    expect(failure?.case.status).toBe('failed');
    expect(failure?.case.input).toMatch(/^largest\(\[-?\d+, -?\d+\]\)$/);
    expect(Number(failure?.case.expected)).toBeGreaterThan(45);
    expect(failure?.case.actual).not.toBe(failure?.case.expected);
  });

  it('does not run random inputs when a declared test fails', async () => {
    const problem = makeProblem({});
    let called = false;
    const verdict = await gradeSubmission(problem, 'def largest(nums):\n    return nums[0]\n', onLearner, () => {
      called = true;
      return runReference(problem, 1, onReference);
    });
    expect(verdict.status).toBe('failed');
    expect(verdict.random).toBeUndefined();
    expect(called).toBe(false);
  });
});

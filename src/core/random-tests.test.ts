import { describe, expect, it } from 'vitest';
import type { RawCaseResult } from './python/protocol';
import { judgeRandom, randomSpecs, withRandom, RANDOM_CASES, MAX_RANDOM_SIZE, type RandomInput } from './random-tests';
import { judge } from './grading';
import { Problem } from './schemas/problem';

const problem = Problem.parse({
  id: 'largest',
  title: 'Largest',
  statement: 'Return the largest number.',
  difficulty: 'beginner',
  entryPoint: 'largest',
  starterCode: '',
  solution: 'def largest(nums):\n    return max(nums)\n',
  tests: [{ kind: 'call', args: [[1, 5]], expected: 5 }],
  generator: { code: 'def generate(rng, n):\n    return [[rng.randint(0, 9) for _ in range(n + 1)]]\n' },
});

/** A random input whose list has n + 1 items (all 1s, one 9 at the end), so the reference returns 9. */
function input(n: number, shrink = false, index = 0): RandomInput {
  return { spec: { index, seed: 1000 + index, n, shrink }, args: [[...Array<number>(n).fill(1), 9]], expected: 9 };
}

/** What the learner's function returned for each input, as the worker reports it. */
function outcome(values: Array<number | 'raise'>) {
  const cases: RawCaseResult[] = values.map((value, index) =>
    value === 'raise'
      ? { index, status: 'error', stdout: '', durationMs: 1, error: { type: 'IndexError', message: 'list index out of range', line: 2, traceback: '' } }
      : { index, status: 'ok', actual: String(value), actualRepr: String(value), stdout: '', durationMs: 1 },
  );
  return { cases, durationMs: values.length, status: 'completed' as const };
}

describe('random test inputs', () => {
  it('ramps 50 main sizes from 0 to 19, then three shrinking seeds for every smaller size', () => {
    const specs = randomSpecs(48213);
    const main = specs.filter((s) => !s.shrink);
    expect(main).toHaveLength(RANDOM_CASES);
    expect(main.map((s) => s.n).slice(0, 8)).toEqual([0, 0, 0, 1, 1, 2, 2, 2]);
    expect(Math.max(...main.map((s) => s.n))).toBe(MAX_RANDOM_SIZE);
    expect(main[7].seed).toBe(48213007);
    const pool = specs.filter((s) => s.shrink);
    expect(pool).toHaveLength(MAX_RANDOM_SIZE * 3);
    expect(new Set(specs.map((s) => s.seed)).size).toBe(specs.length);
  });
});

describe('random verdicts', () => {
  it('passes when the learner agrees with the reference on every input', () => {
    const inputs = [input(0), input(3), input(7)];
    const verdict = judgeRandom(problem, 777, { inputs, outcome: outcome([9, 9, 9]) });
    expect(verdict).toMatchObject({ seed: 777, status: 'passed', total: 3, passed: 3, failure: null });
  });

  it('shows the failing input of the smallest size, with expected and actual', () => {
    const inputs = [input(0), input(4), input(2), input(6)];
    const verdict = judgeRandom(problem, 777, { inputs, outcome: outcome([9, 1, 1, 9]) });
    expect(verdict.status).toBe('failed');
    expect(verdict.failure?.n).toBe(2);
    expect(verdict.failure?.shrunkFrom).toBeNull();
    expect(verdict.failure?.case).toMatchObject({ input: 'largest([1, 1, 9])', expected: '9', actual: '1', status: 'failed' });
  });

  it('shrinks: a smaller failing input from the shrinking round replaces it, naming the size it came from', () => {
    const main = { inputs: [input(0), input(14)], outcome: outcome([9, 'raise']) };
    const shrink = { inputs: [input(1, true), input(5, true), input(3, true)], outcome: outcome([9, 'raise', 'raise']) };
    const verdict = judgeRandom(problem, 777, main, shrink);
    expect(verdict.failure?.n).toBe(3);
    expect(verdict.failure?.shrunkFrom).toBe(14);
    expect(verdict.failure?.case.status).toBe('error');
    expect(verdict.failure?.case.error?.type).toBe('IndexError');
    // The count is of the main inputs only.
    expect(verdict).toMatchObject({ total: 2, passed: 1 });
  });

  it('keeps the main failure when shrinking finds nothing smaller', () => {
    const main = { inputs: [input(0), input(5)], outcome: outcome([9, 1]) };
    const shrink = { inputs: [input(1, true), input(2, true)], outcome: outcome([9, 9]) };
    const verdict = judgeRandom(problem, 777, main, shrink);
    expect(verdict.failure?.n).toBe(5);
    expect(verdict.failure?.shrunkFrom).toBeNull();
  });

  it('a random failure makes a passing verdict fail; a declared failure stays what it was', () => {
    const declared = judge(problem, { cases: [{ index: 0, status: 'ok', actual: '5', stdout: '', durationMs: 1 }], durationMs: 1, status: 'completed' });
    expect(declared.status).toBe('passed');
    const failing = judgeRandom(problem, 777, { inputs: [input(2)], outcome: outcome([1]) });
    const merged = withRandom(declared, failing);
    expect(merged.status).toBe('failed');
    expect(merged.passed).toBe(merged.total);
    expect(merged.random?.failure?.case.input).toBe('largest([1, 1, 9])');
    expect(withRandom(declared, judgeRandom(problem, 777, { inputs: [input(2)], outcome: outcome([9]) })).status).toBe('passed');
  });

  it('reports a Stop during the random inputs as stopped, not passed', () => {
    const stopped = { ...outcome([9]), status: 'interrupted' as const };
    stopped.cases.push({ index: 1, status: 'interrupted', stdout: '', durationMs: 0 });
    const verdict = judgeRandom(problem, 777, { inputs: [input(0), input(1)], outcome: stopped });
    expect(verdict.status).toBe('interrupted');
    expect(verdict.failure).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { judge, needsLoad, normalizeOutput, restrictTests, testName, toGradeCases, type RawOutcome } from './grading';
import type { PyErrorInfo, RawCaseResult } from './python/protocol';
import { Problem, type ProblemInput } from './schemas/problem';

type Spec = Omit<Partial<ProblemInput>, 'tests'> & { tests: ProblemInput['tests'] };

function makeProblem(spec: Spec): Problem {
  return Problem.parse({
    id: 'demo',
    title: 'Demo',
    statement: 'Demo problem.',
    difficulty: 'beginner',
    starterCode: '',
    solution: 'pass',
    ...spec,
  });
}

function ok(index: number, actual: string, actualRepr?: string, stdout = ''): RawCaseResult {
  return { index, status: 'ok', actual, ...(actualRepr ? { actualRepr } : {}), stdout, durationMs: 1 };
}

function outcome(cases: RawCaseResult[], extra: Partial<RawOutcome> = {}): RawOutcome {
  return { cases, durationMs: 12, status: 'completed', ...extra };
}

const zeroDivision: PyErrorInfo = {
  type: 'ZeroDivisionError',
  message: 'division by zero',
  line: 3,
  traceback: 'Traceback (most recent call last):\n  File "main.py", line 3, in f\nZeroDivisionError: division by zero',
};

describe('toGradeCases', () => {
  const problem = makeProblem({
    entryPoint: 'lookup',
    timeLimitMs: 1500,
    compare: { inPlaceArg: 0 },
    tests: [
      { kind: 'call', name: 'visible', args: [['zebra'], 2], expected: 'zebra-unicorn-7319' },
      { kind: 'call', hidden: true, args: [[1, 2]], kwargs: { depth: 3 }, expected: { $int: '987654321987654321' }, timeLimitMs: 400 },
      { kind: 'io', stdin: 'line one\n', expected: 'SECRET-OUTPUT-4242\n' },
      { kind: 'assert', code: 'def check(candidate):\n    assert candidate([0]) is not None\n' },
    ],
  });
  const cases = toGradeCases(problem);

  it('turns each test into a worker case, in order', () => {
    expect(cases).toEqual([
      { kind: 'call', entry: 'lookup', argsJson: '[["zebra"],2]', kwargsJson: '', inPlaceArg: 0, timeLimitMs: 1500 },
      { kind: 'call', entry: 'lookup', argsJson: '[[1,2]]', kwargsJson: '{"depth":3}', inPlaceArg: 0, timeLimitMs: 400 },
      { kind: 'io', stdin: 'line one\n', timeLimitMs: 1500 },
      { kind: 'assert', code: 'def check(candidate):\n    assert candidate([0]) is not None\n', entry: 'lookup', timeLimitMs: 1500 },
    ]);
  });

  it('never carries expected values to the worker', () => {
    const json = JSON.stringify(cases);
    expect(json).not.toContain('zebra-unicorn-7319');
    expect(json).not.toContain('987654321987654321');
    expect(json).not.toContain('SECRET-OUTPUT-4242');
    expect(json).not.toContain('expected');
  });

  it('uses -1 for no in-place argument and the default time limit', () => {
    const plain = makeProblem({ entryPoint: 'f', tests: [{ kind: 'call', args: [], expected: 1 }] });
    expect(toGradeCases(plain)).toEqual([{ kind: 'call', entry: 'f', argsJson: '[]', kwargsJson: '', inPlaceArg: -1, timeLimitMs: 2000 }]);
  });

  it('gives assert cases a null entry when the problem has no entry point', () => {
    const asserts = makeProblem({ tests: [{ kind: 'assert', code: 'assert True' }] });
    expect(toGradeCases(asserts)).toEqual([{ kind: 'assert', code: 'assert True', entry: null, timeLimitMs: 2000 }]);
  });
});

describe('needsLoad', () => {
  it('is false only when every test is an io test', () => {
    expect(needsLoad(makeProblem({ tests: [{ kind: 'io', stdin: '', expected: 'x' }] }))).toBe(false);
    expect(needsLoad(makeProblem({ tests: [{ kind: 'io', expected: 'x' }, { kind: 'assert', code: 'assert True' }] }))).toBe(true);
    expect(needsLoad(makeProblem({ entryPoint: 'f', tests: [{ kind: 'call', args: [], expected: 1 }] }))).toBe(true);
  });
});

describe('normalizeOutput', () => {
  it('drops trailing spaces on each line and trailing blank lines', () => {
    expect(normalizeOutput('a  \nb\t\n\n\n')).toBe('a\nb');
    expect(normalizeOutput('Hello, Ada!   \n  \n')).toBe('Hello, Ada!');
  });

  it('unifies line endings', () => {
    expect(normalizeOutput('a\r\nb\rc\r\n')).toBe('a\nb\nc');
  });

  it('keeps leading spaces and blank lines in the middle', () => {
    expect(normalizeOutput('  a\n\n b\n')).toBe('  a\n\n b');
    expect(normalizeOutput('\nx')).toBe('\nx');
    expect(normalizeOutput('a b')).not.toBe(normalizeOutput('a  b'));
  });

  it('treats empty and whitespace-only output alike', () => {
    expect(normalizeOutput('')).toBe('');
    expect(normalizeOutput('   \n\n')).toBe('');
  });
});

describe('judge', () => {
  const callProblem = makeProblem({
    entryPoint: 'area',
    tests: [
      { kind: 'call', name: 'square', args: [2, 2], expected: 4 },
      { kind: 'call', args: [2, 3], kwargs: { scale: 0.5 }, expected: 3.0 },
      { kind: 'call', hidden: true, args: [0, 5], expected: 0 },
      { kind: 'call', hidden: true, args: [1, 1], expected: 1, timeLimitMs: 500 },
    ],
  });

  it('counts visible and hidden passes separately', () => {
    const verdict = judge(
      callProblem,
      outcome([
        ok(0, '4'),
        ok(1, '{"$float":3.5}', '3.5'),
        { index: 2, status: 'error', error: zeroDivision, stdout: 'partial\n', durationMs: 2 },
        { index: 3, status: 'timeout', stdout: '', durationMs: 500 },
      ]),
    );
    expect(verdict.status).toBe('failed');
    expect(verdict.passed).toBe(1);
    expect(verdict.total).toBe(4);
    expect(verdict.visible).toEqual({ passed: 1, total: 2 });
    expect(verdict.hidden).toEqual({ passed: 0, total: 2 });
    expect(verdict.durationMs).toBe(12);
    expect(verdict.loadError).toBeNull();
    expect(verdict.cases.map((c) => c.status)).toEqual(['passed', 'failed', 'error', 'timeout']);
    expect(verdict.cases.map((c) => c.hidden)).toEqual([false, false, true, true]);
    expect(verdict.cases.map((c) => c.name)).toEqual(['square', 'Test 2', 'Test 3', 'Test 4']);
  });

  it('explains each kind of failure in one line', () => {
    const verdict = judge(
      callProblem,
      outcome([
        ok(0, '4'),
        ok(1, '{"$float":3.5}', '3.5'),
        { index: 2, status: 'error', error: zeroDivision, stdout: 'partial\n', durationMs: 2 },
        { index: 3, status: 'timeout', stdout: '', durationMs: 500 },
      ]),
    );
    const [passed, wrong, error, timeout] = verdict.cases;
    expect(passed).toMatchObject({ message: null, input: 'area(2, 2)', expected: '4', error: null });
    expect(wrong).toMatchObject({ message: 'Returned 3.5, expected 3', input: 'area(2, 3, scale=0.5)', actual: '3.5' });
    expect(wrong.reason).toEqual({ key: 'returned', values: { actual: '3.5', expected: '3' } });
    expect(error.message).toBe('ZeroDivisionError: division by zero');
    expect(error.stdout).toBe('partial\n');
    expect(error.error).toMatchObject({ type: 'ZeroDivisionError', line: 3 });
    expect(error.error?.explanation).toEqual({ key: 'ZeroDivisionError.other' });
    expect(timeout.message).toBe('Timed out after 0.5 s');
    expect(timeout.reason).toEqual({ key: 'timedOut', values: { limit: 0.5 } });
    expect(timeout.error).toMatchObject({ type: 'Timeout', message: 'ran past the 0.5 s limit' });
    expect(timeout.error?.explanation).toEqual({ key: 'timeout' });
  });

  it('falls back to pyRepr of the canonical value when there is no repr', () => {
    const verdict = judge(callProblem, outcome([ok(0, '{"$tuple":[4]}')]));
    expect(verdict.cases[0].status).toBe('failed');
    expect(verdict.cases[0].message).toBe('Returned (4,), expected 4');
  });

  it('reports unreadable values instead of throwing', () => {
    const bad = judge(callProblem, outcome([ok(0, '{"$int":"four"}'), ok(1, 'not json')]));
    expect(bad.cases[0]).toMatchObject({ status: 'failed', message: 'Could not read the returned value: bad $int value' });
    expect(bad.cases[1]).toMatchObject({ status: 'failed', message: 'Could not read the returned value' });
    expect(bad.cases.slice(0, 2).map((c) => c.reason)).toEqual([{ key: 'unreadableDetail', values: { detail: 'bad $int value' } }, { key: 'unreadable' }]);
  });

  it('marks missing and not-run cases as not run', () => {
    const verdict = judge(callProblem, outcome([ok(0, '4'), { index: 1, status: 'not-run', stdout: '', durationMs: 0 }], { status: 'interrupted' }));
    expect(verdict.cases.map((c) => c.status)).toEqual(['passed', 'not-run', 'not-run', 'not-run']);
    expect(verdict.cases[1].message).toBe('Not run');
    expect(verdict.cases[1].reason).toEqual({ key: 'notRun' });
    expect(verdict.status).toBe('interrupted');
  });

  it('reports interrupted and crashed cases and outcomes', () => {
    const verdict = judge(
      callProblem,
      outcome(
        [
          { index: 0, status: 'interrupted', stdout: '', durationMs: 1 },
          { index: 1, status: 'crashed', stdout: '', durationMs: 0 },
        ],
        { status: 'crashed' },
      ),
    );
    expect(verdict.cases[0]).toMatchObject({ status: 'interrupted', message: 'Stopped' });
    expect(verdict.cases[1].status).toBe('crashed');
    expect(verdict.cases[1].message).toMatch(/crashed/);
    expect(verdict.status).toBe('crashed');
  });

  it('passes a fully passing run even if it was reported interrupted afterwards', () => {
    const single = makeProblem({ entryPoint: 'f', tests: [{ kind: 'call', args: [], expected: null }] });
    expect(judge(single, outcome([ok(0, 'null')], { status: 'interrupted' })).status).toBe('passed');
    expect(judge(single, outcome([ok(0, 'null')], { status: 'crashed' })).status).toBe('passed');
  });

  it('explains a load error', () => {
    const loadError: PyErrorInfo = { type: 'NameError', message: "name 'totl' is not defined", line: 2, traceback: '' };
    const verdict = judge(
      callProblem,
      outcome(callProblem.tests.map((_, index) => ({ index, status: 'error' as const, error: loadError, stdout: '', durationMs: 0 })), { loadError }),
    );
    expect(verdict.status).toBe('failed');
    expect(verdict.passed).toBe(0);
    expect(verdict.loadError?.type).toBe('NameError');
    expect(verdict.loadError?.explanation).toEqual({ key: 'NameError.notDefined', values: { name: 'totl' } });
    expect(verdict.cases.every((c) => c.message === "NameError: name 'totl' is not defined")).toBe(true);
  });

  it('drops the trailing colon from an error without a message', () => {
    const verdict = judge(callProblem, outcome([{ index: 0, status: 'error', error: { type: 'KeyError', message: '', line: 1, traceback: 'KeyError' }, stdout: '', durationMs: 0 }]));
    expect(verdict.cases[0].message).toBe('KeyError');
  });

  it('compares io output after normalising it', () => {
    const io = makeProblem({
      tests: [
        { kind: 'io', stdin: 'Ada\n', expected: 'Hello, Ada!\n' },
        { kind: 'io', stdin: 'Bo\n', expected: 'Hello, Bo!' },
      ],
    });
    const verdict = judge(io, outcome([ok(0, '', undefined, 'Hello, Ada!   \n\n'), ok(1, '', undefined, 'Hello Bo!\n')]));
    expect(verdict.cases[0]).toMatchObject({ status: 'passed', message: null, input: 'Ada\n', expected: 'Hello, Ada!\n', actual: 'Hello, Ada!   \n\n', stdout: '' });
    expect(verdict.cases[1]).toMatchObject({ status: 'failed', message: 'Output differs from the expected output', reason: { key: 'outputDiffers' }, actual: 'Hello Bo!\n' });
  });

  it('judges assert tests by their raw status', () => {
    const asserts = makeProblem({
      entryPoint: 'f',
      tests: [
        { kind: 'assert', code: 'assert f() == 1' },
        { kind: 'assert', code: 'assert f() == 2, "two"' },
        { kind: 'assert', code: 'assert f() == 3' },
      ],
    });
    const assertion = (message: string): PyErrorInfo => ({ type: 'AssertionError', message, line: null, traceback: 'AssertionError' });
    const verdict = judge(
      asserts,
      outcome([
        { index: 0, status: 'ok', stdout: '', durationMs: 1 },
        { index: 1, status: 'failed', error: assertion('two'), stdout: '', durationMs: 1 },
        { index: 2, status: 'failed', error: assertion(''), stdout: '', durationMs: 1 },
      ]),
    );
    expect(verdict.cases.map((c) => c.status)).toEqual(['passed', 'failed', 'failed']);
    expect(verdict.cases[1].message).toBe('Assertion failed: two');
    expect(verdict.cases[2].message).toBe('An assertion failed');
    expect(verdict.cases.map((c) => c.reason)).toEqual([null, { key: 'assertionFailed', values: { detail: 'two' } }, { key: 'assertion' }]);
    expect(verdict.cases[0]).toMatchObject({ input: null, expected: null });
  });

  it('applies the problem’s tolerance and unordered comparison', () => {
    const loose = makeProblem({
      entryPoint: 'f',
      compare: { tolerance: 0.01, unordered: true },
      tests: [
        { kind: 'call', args: [], expected: [1.0, 2.5] },
        { kind: 'call', args: [], expected: [1.0, 2.5] },
      ],
    });
    const verdict = judge(loose, outcome([ok(0, '[{"$float":2.504},{"$float":1.0}]'), ok(1, '[{"$float":2.6},{"$float":1.0}]')]));
    expect(verdict.cases.map((c) => c.status)).toEqual(['passed', 'failed']);
  });
});

describe('testName and restrictTests', () => {
  it('names tests and restricts a problem to some of them', () => {
    const problem = makeProblem({
      entryPoint: 'f',
      tests: [
        { kind: 'call', name: 'first', args: [], expected: 1 },
        { kind: 'call', args: [], expected: 2 },
        { kind: 'call', args: [], expected: 3 },
      ],
    });
    expect(testName(problem.tests[0], 0)).toBe('first');
    expect(testName(problem.tests[1], 1)).toBe('Test 2');
    const only = restrictTests(problem, [2, 0]);
    expect(only.tests.map((t) => (t.kind === 'call' ? t.expected : null))).toEqual([3, 1]);
    expect(problem.tests).toHaveLength(3);
  });
});

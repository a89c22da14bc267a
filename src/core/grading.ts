/**
 * Turns a problem's tests into worker cases, and the worker's raw per-case
 * results into a verdict. Pass/fail is decided here, from tests only: the
 * expected values never leave this side.
 */
import { explainError, TIMEOUT_EXPLANATION, type Explanation } from './python/explain';
import type { GradeCase, PyErrorInfo, RawCaseResult } from './python/protocol';
import { fromJson, parseCanonical, pyRepr, valuesEqual, ValueError } from './python/values';
import type { RandomVerdict } from './random-tests';
import type { Problem, TestCase } from './schemas/problem';

export type CaseStatus = 'passed' | 'failed' | 'error' | 'timeout' | 'interrupted' | 'crashed' | 'not-run';

export interface CaseVerdict {
  index: number;
  name: string;
  kind: TestCase['kind'];
  hidden: boolean;
  status: CaseStatus;
  /** One line saying why it did not pass ("returned 3, expected 4"), in English (for reports and the AI). */
  message: string | null;
  /** The same reason as a message key and values, for the learner's language. */
  reason?: CaseReason | null;
  /** Call: the arguments as Python source. Io: the stdin text. */
  input: string | null;
  /** Expected value (repr) or expected output. */
  expected: string | null;
  /** Actual value (repr) or actual output. */
  actual: string | null;
  stdout: string;
  stderr: string;
  error: ExplainedError | null;
  durationMs: number;
}

/** Keys of the `workspace.TestResults.reason` messages: why a case did not pass. */
export type CaseReasonKey = 'notRun' | 'timedOut' | 'stopped' | 'crashed' | 'raised' | 'error' | 'assertionFailed' | 'assertion' | 'outputDiffers' | 'returned' | 'unreadable' | 'unreadableDetail';
export interface CaseReason {
  key: CaseReasonKey;
  values?: Record<string, string | number>;
}

/** An error with the explanation that fits it (a message key and values, turned into words where it is shown). */
export type ExplainedError = PyErrorInfo & { explanation: Explanation | null };

export interface Verdict {
  status: 'passed' | 'failed' | 'interrupted' | 'crashed';
  passed: number;
  total: number;
  cases: CaseVerdict[];
  visible: { passed: number; total: number };
  hidden: { passed: number; total: number };
  /** The submission failed before any test could run (syntax error, say). */
  loadError: ExplainedError | null;
  durationMs: number;
  /** Random tests against the reference (problems with a generator, once the declared tests pass). */
  random?: RandomVerdict;
}

export interface RawOutcome {
  cases: RawCaseResult[];
  loadError?: PyErrorInfo;
  durationMs: number;
  status: 'completed' | 'interrupted' | 'crashed';
}

export function testName(test: TestCase, index: number): string {
  return test.name ?? `Test ${index + 1}`;
}

/** The cases the worker runs, in test order. Expected values are left out. */
export function toGradeCases(problem: Problem): GradeCase[] {
  return problem.tests.map((test): GradeCase => {
    const timeLimitMs = test.timeLimitMs ?? problem.timeLimitMs;
    switch (test.kind) {
      case 'call':
        return {
          kind: 'call',
          entry: test.function ?? problem.entryPoint ?? 'solution',
          argsJson: JSON.stringify(test.args),
          kwargsJson: test.kwargs ? JSON.stringify(test.kwargs) : '',
          inPlaceArg: problem.compare.inPlaceArg ?? -1,
          timeLimitMs,
        };
      case 'io':
        return { kind: 'io', stdin: test.stdin, timeLimitMs };
      case 'assert':
        return { kind: 'assert', code: test.code, entry: test.function ?? problem.entryPoint ?? null, timeLimitMs };
    }
  });
}

/** Whether the worker must execute the submission once before the cases. */
export function needsLoad(problem: Problem): boolean {
  return problem.tests.some((t) => t.kind !== 'io');
}

/** Trailing spaces on each line and trailing blank lines do not count. */
export function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

function withExplanation(error: PyErrorInfo | undefined): CaseVerdict['error'] {
  return error ? { ...error, explanation: explainError(error) } : null;
}

function describeCall(test: Extract<TestCase, { kind: 'call' }>, entry: string): string {
  const args = test.args.map((a) => pyRepr(fromJson(a)));
  const kwargs = Object.entries(test.kwargs ?? {}).map(([k, v]) => `${k}=${pyRepr(fromJson(v))}`);
  return `${entry}(${[...args, ...kwargs].join(', ')})`;
}

function judgeCase(problem: Problem, test: TestCase, index: number, raw: RawCaseResult | undefined): CaseVerdict {
  const base = {
    index,
    name: testName(test, index),
    kind: test.kind,
    hidden: test.hidden,
    input: test.kind === 'call' ? describeCall(test, test.function ?? problem.entryPoint ?? 'solution') : test.kind === 'io' ? test.stdin : null,
    expected:
      test.kind === 'call' ? pyRepr(fromJson(test.expected)) : test.kind === 'io' ? test.expected : null,
    stdout: raw?.stdout ?? '',
    stderr: raw?.stderr ?? '',
    durationMs: raw?.durationMs ?? 0,
  };
  if (!raw || raw.status === 'not-run') {
    return { ...base, status: 'not-run', message: 'Not run', reason: { key: 'notRun' }, actual: null, error: null };
  }
  const error = withExplanation(raw.error);
  switch (raw.status) {
    case 'timeout': {
      const limit = (test.timeLimitMs ?? problem.timeLimitMs) / 1000;
      return {
        ...base,
        status: 'timeout',
        message: `Timed out after ${limit} s`,
        reason: { key: 'timedOut', values: { limit } },
        actual: null,
        error: { type: 'Timeout', message: `ran past the ${limit} s limit`, line: null, traceback: '', explanation: TIMEOUT_EXPLANATION },
      };
    }
    case 'interrupted':
      return { ...base, status: 'interrupted', message: 'Stopped', reason: { key: 'stopped' }, actual: null, error: null };
    case 'crashed':
      return {
        ...base,
        status: 'crashed',
        message: 'Python crashed and was restarted (stack overflow or out of memory?)',
        reason: { key: 'crashed' },
        actual: null,
        error,
      };
    case 'error':
      return {
        ...base,
        status: 'error',
        message: raw.error ? `${raw.error.type}: ${raw.error.message}`.replace(/: $/, '') : 'Error',
        reason: raw.error ? { key: 'raised', values: { error: `${raw.error.type}: ${raw.error.message}`.replace(/: $/, '') } } : { key: 'error' },
        actual: null,
        error,
      };
    case 'failed':
      return {
        ...base,
        status: 'failed',
        message: raw.error?.message ? `Assertion failed: ${raw.error.message}` : 'An assertion failed',
        reason: raw.error?.message ? { key: 'assertionFailed', values: { detail: raw.error.message } } : { key: 'assertion' },
        actual: null,
        error,
      };
    case 'ok':
      break;
  }
  if (test.kind === 'assert') {
    return { ...base, status: 'passed', message: null, reason: null, actual: null, error: null };
  }
  if (test.kind === 'io') {
    const passed = normalizeOutput(raw.stdout) === normalizeOutput(test.expected);
    return {
      ...base,
      status: passed ? 'passed' : 'failed',
      message: passed ? null : 'Output differs from the expected output',
      reason: passed ? null : { key: 'outputDiffers' },
      actual: raw.stdout,
      stdout: '',
      error: null,
    };
  }
  let passed = false;
  let message: string | null = null;
  let reason: CaseReason | null = null;
  try {
    const actual = parseCanonical(raw.actual ?? 'null');
    passed = valuesEqual(fromJson(test.expected), actual, {
      tolerance: problem.compare.tolerance,
      unordered: problem.compare.unordered,
    });
    if (!passed) {
      const returned = raw.actualRepr ?? pyRepr(actual);
      message = `Returned ${returned}, expected ${base.expected}`;
      reason = { key: 'returned', values: { actual: returned, expected: base.expected ?? '' } };
    }
  } catch (e) {
    message = e instanceof ValueError ? `Could not read the returned value: ${e.message}` : 'Could not read the returned value';
    reason = e instanceof ValueError ? { key: 'unreadableDetail', values: { detail: e.message } } : { key: 'unreadable' };
  }
  return { ...base, status: passed ? 'passed' : 'failed', message, reason, actual: raw.actualRepr ?? null, error: null };
}

/** Combine tests and raw results into the verdict shown to the learner. */
export function judge(problem: Problem, outcome: RawOutcome): Verdict {
  const byIndex = new Map(outcome.cases.map((c) => [c.index, c]));
  const cases = problem.tests.map((test, index) => judgeCase(problem, test, index, byIndex.get(index)));
  const count = (list: CaseVerdict[]) => ({ passed: list.filter((c) => c.status === 'passed').length, total: list.length });
  const visible = count(cases.filter((c) => !c.hidden));
  const hidden = count(cases.filter((c) => c.hidden));
  const passed = visible.passed + hidden.passed;
  const total = cases.length;
  let status: Verdict['status'] = passed === total ? 'passed' : 'failed';
  if (outcome.status === 'interrupted' && status !== 'passed') status = 'interrupted';
  if (outcome.status === 'crashed' && status !== 'passed') status = 'crashed';
  return {
    status,
    passed,
    total,
    cases,
    visible,
    hidden,
    loadError: withExplanation(outcome.loadError),
    durationMs: outcome.durationMs,
  };
}

/** Run only some tests (e.g. one visible test): a problem restricted to them. */
export function restrictTests(problem: Problem, indexes: number[]): Problem {
  return { ...problem, tests: indexes.map((i) => problem.tests[i]) };
}

/**
 * Where two texts differ: the common start and end, and the differing
 * middle of each. Enough to highlight a wrong character in a string or a
 * wrong element in a list repr.
 */
export function diffMiddle(expected: string, actual: string): { prefix: string; expected: string; actual: string; suffix: string } {
  let start = 0;
  const max = Math.min(expected.length, actual.length);
  while (start < max && expected[start] === actual[start]) start++;
  let end = 0;
  while (end < max - start && expected[expected.length - 1 - end] === actual[actual.length - 1 - end]) end++;
  return {
    prefix: expected.slice(0, start),
    expected: expected.slice(start, expected.length - end),
    actual: actual.slice(start, actual.length - end),
    suffix: expected.slice(expected.length - end),
  };
}

export interface Example {
  kind: 'call' | 'io';
  /** A call such as `f([1, 2])`, or the stdin text. */
  input: string;
  /** The expected value's repr, or the expected stdout. */
  output: string;
}

/** Examples for the statement, drawn from the visible call and io tests. */
export function examples(problem: Problem, limit = 3): Example[] {
  const out: Example[] = [];
  for (const test of problem.tests) {
    if (test.hidden || out.length >= limit) continue;
    if (test.kind === 'call') out.push({ kind: 'call', input: describeCall(test, problem.entryPoint ?? 'solution'), output: pyRepr(fromJson(test.expected)) });
    else if (test.kind === 'io') out.push({ kind: 'io', input: test.stdin, output: test.expected });
  }
  return out;
}

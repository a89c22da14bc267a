// The grading harness (workers/harness.py) under Node Pyodide, driven through
// the same PythonClient the app uses. A golden table of submissions and test
// cases, each graded by the worker and judged with src/core/grading.ts. It is
// long on purpose: the table is one specification of the harness, read top to
// bottom, and its cases share the interpreters booted once for the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeOutcome, PythonClient, RunOptions, WorkerPort } from '@/adapters/python/client';
import { nodeWorkerPort } from '@/adapters/python/node';
import { judge, needsLoad, toGradeCases, type CaseStatus, type Verdict } from '@/core/grading';
import type { GradeCase, RawCaseStatus, RunResult, RunStatus } from '@/core/python/protocol';
import { Problem, type ProblemInput } from '@/core/schemas/problem';
import { nodeWorkerPath } from '../scripts/build-workers.mjs';
import { startPython } from './python';

// Grading seals an interpreter for good (its guard never switches off), so
// grades and plain runs use separate interpreters, as in the app.
let client: PythonClient;
let runner: PythonClient;

// Terminating a worker thread is asynchronous: the dying worker may or may not
// run again before the replacement boots. The last run-mode tests hold the old
// worker back so their outcome does not depend on that race.
let holdTermination = false;
const heldBack: WorkerPort[] = [];

beforeAll(async () => {
  client = startPython();
  // A generous grace period: on a busy machine the worker thread may not be
  // scheduled within the app's 800 ms, and these tests tell an interrupted
  // program from a restarted one.
  runner = startPython({
    graceMs: 3000,
    spawn: () => {
      const port = nodeWorkerPort(nodeWorkerPath);
      return {
        post: (message) => port.post(message),
        listen: (onMessage, onError) => port.listen(onMessage, onError),
        terminate: () => {
          if (holdTermination) heldBack.push(port);
          else port.terminate();
        },
      };
    },
  });
  await Promise.all([client.ready(), runner.ready()]);
});

afterAll(() => {
  client?.dispose();
  runner?.dispose();
  for (const port of heldBack) port.terminate();
});

// ---------------------------------------------------------------- helpers

type ProblemSpec = Omit<Partial<ProblemInput>, 'tests'> & { tests: ProblemInput['tests'] };

function makeProblem(spec: ProblemSpec): Problem {
  return Problem.parse({
    id: 'golden',
    title: 'Golden',
    statement: 'A problem from the golden table.',
    difficulty: 'beginner',
    starterCode: '',
    solution: 'pass',
    ...spec,
  });
}

interface ErrorSpec {
  type: string;
  line?: number | null;
  message?: string | RegExp;
}

interface GoldenExpect {
  /** Raw status of each case, as the worker reports it. */
  raw?: RawCaseStatus[];
  /** Judged status of each case (needs a problem). */
  verdict?: CaseStatus[];
  /** Tampering: no case may pass and the verdict must not be 'passed'. */
  notPassed?: boolean;
  loadStatus?: RunStatus;
  /** Error of each case; null when the case must not carry one. */
  errors?: Array<ErrorSpec | null>;
  /** Canonical JSON of each call case's value. */
  actual?: Array<string | undefined>;
  /** Anything else worth checking. */
  check?(outcome: GradeOutcome, verdict: Verdict | null): void;
}

interface Golden {
  name: string;
  code: string;
  cases: GradeCase[];
  load: boolean;
  problem?: Problem;
  expect: GoldenExpect;
}

function graded(name: string, spec: ProblemSpec, code: string, expectation: GoldenExpect): Golden {
  const problem = makeProblem(spec);
  return {
    name,
    code,
    cases: toGradeCases(problem),
    load: needsLoad(problem),
    problem,
    expect: expectation,
  };
}

function callCase(entry: string, args: unknown[], extra: Partial<Extract<GradeCase, { kind: 'call' }>> = {}): GradeCase {
  return { kind: 'call', entry, argsJson: JSON.stringify(args), kwargsJson: '', inPlaceArg: -1, timeLimitMs: 2_000, ...extra };
}

function matchError(actual: GradeOutcome['cases'][number]['error'], spec: ErrorSpec | null, where: string) {
  if (spec === null) {
    expect(actual, `${where}: no error expected`).toBeUndefined();
    return;
  }
  expect(actual, `${where}: an error was expected`).toBeDefined();
  expect(actual?.type, where).toBe(spec.type);
  if (spec.line !== undefined) expect(actual?.line, `${where}: line`).toBe(spec.line);
  if (typeof spec.message === 'string') expect(actual?.message, where).toBe(spec.message);
  if (spec.message instanceof RegExp) expect(actual?.message, where).toMatch(spec.message);
}

async function runGolden(golden: Golden): Promise<{ outcome: GradeOutcome; verdict: Verdict | null }> {
  const outcome = await client.grade(golden.code, golden.cases, { load: golden.load });
  const verdict = golden.problem ? judge(golden.problem, outcome) : null;
  const e = golden.expect;
  expect(outcome.cases.map((c) => c.index)).toEqual(golden.cases.map((_, i) => i));
  if (e.loadStatus) expect(outcome.loadStatus).toBe(e.loadStatus);
  if (e.raw) expect(outcome.cases.map((c) => c.status)).toEqual(e.raw);
  if (e.verdict) expect(verdict?.cases.map((c) => c.status)).toEqual(e.verdict);
  if (e.errors) e.errors.forEach((spec, i) => matchError(outcome.cases[i].error, spec, `case ${i}`));
  if (e.actual) expect(outcome.cases.map((c) => c.actual)).toEqual(e.actual);
  if (e.notPassed) {
    if (!verdict) throw new Error('notPassed needs a problem to judge against');
    expect(verdict.cases.filter((c) => c.status === 'passed').map((c) => c.name)).toEqual([]);
    expect(verdict.status).not.toBe('passed');
  }
  e.check?.(outcome, verdict);
  return { outcome, verdict };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(code: string, options: RunOptions = {}): Promise<{ result: RunResult; output: string; chunks: Array<[string, string]> }> {
  const chunks: Array<[string, string]> = [];
  const result = await runner.run(code, {
    ...options,
    onOutput: (stream, text) => {
      chunks.push([stream, text]);
      options.onOutput?.(stream, text);
    },
  });
  return { result, output: chunks.map(([, text]) => text).join(''), chunks };
}

// ---------------------------------------------------------------- problems reused below

const ADD = { entryPoint: 'add', tests: [{ kind: 'call', args: [2, 3], expected: 5 }, { kind: 'call', hidden: true, args: [-1, 1], expected: 0 }] } satisfies ProblemSpec;

const DOUBLE_CHECK = {
  entryPoint: 'double',
  tests: [{ kind: 'assert', name: 'doubles', code: 'def check(candidate):\n    assert candidate(2) == 4\n    assert candidate(-1) == -2\n' }],
} satisfies ProblemSpec;

const DOUBLE_CALL = { entryPoint: 'double', tests: [{ kind: 'call', args: [2], expected: 4 }] } satisfies ProblemSpec;

const LENGTH_CHECK = {
  entryPoint: 'items',
  tests: [{ kind: 'assert', code: 'def check(candidate):\n    result = candidate(3)\n    assert len(result) == 3, f"expected 3 items, got {len(result)}"\n' }],
} satisfies ProblemSpec;

const ISCLOSE_CHECK = {
  entryPoint: 'half',
  tests: [{ kind: 'assert', code: 'import math\n\ndef check(candidate):\n    result = candidate(1)\n    assert math.isclose(result, 0.5)\n' }],
} satisfies ProblemSpec;

const SECRET_CHECK = {
  entryPoint: 'double',
  tests: [{ kind: 'assert', hidden: true, code: 'def check(candidate):\n    assert candidate(21) == 42\n' }],
} satisfies ProblemSpec;

// ---------------------------------------------------------------- the golden table

const GOLDEN: Golden[] = [
  // ---- call tests
  graded('call: right value passes (visible and hidden)', ADD, 'def add(a, b):\n    return a + b\n', {
    raw: ['ok', 'ok'],
    actual: ['5', '0'],
    verdict: ['passed', 'passed'],
    check: (_, verdict) => {
      expect(verdict?.status).toBe('passed');
      expect(verdict?.visible).toEqual({ passed: 1, total: 1 });
      expect(verdict?.hidden).toEqual({ passed: 1, total: 1 });
      expect(verdict?.cases[0].input).toBe('add(2, 3)');
    },
  }),
  graded('call: wrong value fails with "Returned …, expected …"', ADD, 'def add(a, b):\n    return a - b\n', {
    raw: ['ok', 'ok'],
    actual: ['-1', '-2'],
    verdict: ['failed', 'failed'],
    check: (_, verdict) => {
      expect(verdict?.cases[0].message).toBe('Returned -1, expected 5');
      expect(verdict?.cases[0].actual).toBe('-1');
    },
  }),
  graded('call: an exception is an error with its type and line in main.py', ADD, 'def add(a, b):\n    total = a + b\n    return total / 0\n', {
    raw: ['error', 'error'],
    verdict: ['error', 'error'],
    errors: [{ type: 'ZeroDivisionError', line: 3, message: 'division by zero' }, { type: 'ZeroDivisionError', line: 3 }],
    check: (outcome, verdict) => {
      const traceback = outcome.cases[0].error?.traceback ?? '';
      expect(traceback).toContain('File "main.py", line 3, in add');
      expect(traceback).toContain('return total / 0');
      expect(traceback).not.toContain('harness.py');
      expect(verdict?.cases[0].message).toBe('ZeroDivisionError: division by zero');
      expect(verdict?.cases[0].error?.explanation).toEqual({ key: 'ZeroDivisionError.other' });
    },
  }),
  graded(
    'call: 0.1 + 0.2 is accepted for 0.3 within the tolerance',
    { entryPoint: 'add', tests: [{ kind: 'call', args: [0.1, 0.2], expected: 0.3 }] },
    'def add(a, b):\n    return a + b\n',
    { raw: ['ok'], actual: ['{"$float":0.30000000000000004}'], verdict: ['passed'] },
  ),
  graded(
    'call: 0.31 is not 0.3',
    { entryPoint: 'add', tests: [{ kind: 'call', args: [0.1, 0.2], expected: 0.3 }] },
    'def add(a, b):\n    return 0.31\n',
    { raw: ['ok'], verdict: ['failed'], check: (_, verdict) => expect(verdict?.cases[0].message).toBe('Returned 0.31, expected 0.3') },
  ),
  graded(
    'call: unordered comparison accepts any order but not other items',
    {
      entryPoint: 'evens',
      compare: { unordered: true },
      tests: [
        { kind: 'call', args: [[4, 1, 2, 6]], expected: [2, 4, 6] },
        { kind: 'call', args: [[3, 8]], expected: [8, 10] },
      ],
    },
    'def evens(xs):\n    return [x for x in xs if x % 2 == 0]\n',
    { raw: ['ok', 'ok'], actual: ['[4,2,6]', '[8]'], verdict: ['passed', 'failed'] },
  ),
  graded(
    'call: without unordered, order matters',
    { entryPoint: 'evens', tests: [{ kind: 'call', args: [[4, 1, 2, 6]], expected: [2, 4, 6] }] },
    'def evens(xs):\n    return [x for x in xs if x % 2 == 0]\n',
    { raw: ['ok'], verdict: ['failed'] },
  ),
  graded(
    'call: tuples and lists are interchangeable',
    {
      entryPoint: 'pair',
      tests: [
        { kind: 'call', args: [1, 2], expected: [1, 2] },
        { kind: 'call', args: ['a', [3]], expected: { $tuple: ['a', [3]] } },
      ],
    },
    'def pair(a, b):\n    return (a, b) if a == 1 else [a, tuple(b)]\n',
    { raw: ['ok', 'ok'], actual: ['{"$tuple":[1,2]}', '["a",{"$tuple":[3]}]'], verdict: ['passed', 'passed'] },
  ),
  graded(
    'call: sets and dicts compare by content, not by order or as lists',
    {
      entryPoint: 'summary',
      tests: [
        { kind: 'call', args: [['b', 'a', 'b', 'c'], 'set'], expected: { $set: ['c', 'a', 'b'] } },
        { kind: 'call', args: [['hi', 'abc'], 'dict'], expected: { abc: 3, hi: 2 } },
        { kind: 'call', args: [['hi', 'abc'], 'by-length'], expected: { $dict: [[3, 'abc'], [2, 'hi']] } },
        { kind: 'call', args: [['x'], 'set'], expected: ['x'] },
      ],
    },
    [
      'def summary(words, kind):',
      "    if kind == 'set':",
      '        return set(words)',
      "    if kind == 'dict':",
      '        return {w: len(w) for w in words}',
      '    return {len(w): w for w in words}',
      '',
    ].join('\n'),
    {
      raw: ['ok', 'ok', 'ok', 'ok'],
      verdict: ['passed', 'passed', 'passed', 'failed'],
      check: (outcome) => {
        expect(JSON.parse(outcome.cases[0].actual ?? 'null').$set.sort()).toEqual(['a', 'b', 'c']);
        expect(outcome.cases[2].actual).toBe('{"$dict":[[2,"hi"],[3,"abc"]]}');
      },
    },
  ),
  graded(
    'call: ints beyond 2**53 compare exactly',
    {
      entryPoint: 'power',
      tests: [
        { kind: 'call', args: [2, 64, 0], expected: { $int: '18446744073709551616' } },
        { kind: 'call', args: [2, 53, 1], expected: { $int: '9007199254740993' } },
        { kind: 'call', args: [2, 53, 1], expected: { $int: '9007199254740992' } },
      ],
    },
    'def power(base, exponent, extra):\n    return base ** exponent + extra\n',
    {
      raw: ['ok', 'ok', 'ok'],
      actual: ['{"$int":"18446744073709551616"}', '{"$int":"9007199254740993"}', '{"$int":"9007199254740993"}'],
      verdict: ['passed', 'passed', 'failed'],
    },
  ),
  graded(
    'call: nan and infinities',
    {
      entryPoint: 'special',
      tests: [
        { kind: 'call', args: ['nan'], expected: { $float: 'nan' } },
        { kind: 'call', args: ['inf'], expected: { $float: 'inf' } },
        { kind: 'call', args: ['-inf'], expected: { $float: 'inf' } },
        { kind: 'call', args: ['nan'], expected: 0 },
      ],
    },
    'def special(text):\n    return float(text)\n',
    {
      raw: ['ok', 'ok', 'ok', 'ok'],
      actual: ['{"$float":"nan"}', '{"$float":"inf"}', '{"$float":"-inf"}', '{"$float":"nan"}'],
      verdict: ['passed', 'passed', 'failed', 'failed'],
    },
  ),
  graded(
    'call: keyword arguments are passed by name',
    {
      entryPoint: 'greet',
      tests: [
        { kind: 'call', args: ['Ada'], kwargs: { punctuation: '!' }, expected: 'Hello, Ada!' },
        { kind: 'call', args: ['Bo'], expected: 'Hello, Bo.' },
      ],
    },
    "def greet(name, punctuation='.'):\n    return 'Hello, ' + name + punctuation\n",
    {
      raw: ['ok', 'ok'],
      verdict: ['passed', 'passed'],
      check: (_, verdict) => expect(verdict?.cases[0].input).toBe("greet('Ada', punctuation='!')"),
    },
  ),
  graded(
    'call: inPlaceArg compares the mutated argument (the function returns None)',
    { entryPoint: 'reverse_in_place', compare: { inPlaceArg: 0 }, tests: [{ kind: 'call', args: [[1, 2, 3]], expected: [3, 2, 1] }] },
    'def reverse_in_place(xs):\n    xs.reverse()\n',
    { raw: ['ok'], actual: ['[3,2,1]'], verdict: ['passed'] },
  ),
  graded(
    'call: inPlaceArg ignores a returned copy when the argument is left alone',
    { entryPoint: 'reverse_in_place', compare: { inPlaceArg: 0 }, tests: [{ kind: 'call', args: [[1, 2, 3]], expected: [3, 2, 1] }] },
    'def reverse_in_place(xs):\n    return xs[::-1]\n',
    { raw: ['ok'], actual: ['[1,2,3]'], verdict: ['failed'] },
  ),
  graded(
    'call: arguments are built afresh for every case',
    {
      entryPoint: 'grow',
      tests: [
        { kind: 'call', args: [[1, 2]], expected: 3 },
        { kind: 'call', args: [[1, 2]], expected: 3 },
        { kind: 'call', args: [[1, 2]], expected: 3 },
      ],
    },
    'def grow(xs):\n    xs.append(99)\n    return len(xs)\n',
    { raw: ['ok', 'ok', 'ok'], actual: ['3', '3', '3'], verdict: ['passed', 'passed', 'passed'] },
  ),
  graded(
    'call: a case past its time limit times out and the next case still runs',
    {
      entryPoint: 'slow',
      tests: [
        { kind: 'call', args: [-1], expected: 0, timeLimitMs: 300 },
        { kind: 'call', args: [4], expected: 8 },
      ],
    },
    'def slow(n):\n    if n < 0:\n        while True:\n            pass\n    return n * 2\n',
    {
      raw: ['timeout', 'ok'],
      verdict: ['timeout', 'passed'],
      actual: [undefined, '8'],
      check: (outcome, verdict) => {
        expect(outcome.status).toBe('completed');
        expect(outcome.cases[0].durationMs).toBeGreaterThanOrEqual(250);
        expect(verdict?.cases[0].message).toBe('Timed out after 0.3 s');
      },
    },
  ),
  graded(
    'call: a missing entry point is a NameError naming it',
    ADD,
    'def plus(a, b):\n    return a + b\n',
    { raw: ['error', 'error'], errors: [{ type: 'NameError', message: /add/ }, { type: 'NameError' }] },
  ),

  // ---- io tests
  graded(
    'io: stdin is fed; trailing spaces and blank lines do not count; prompts are not captured',
    {
      tests: [
        { kind: 'io', stdin: 'Ada\n2\n', expected: 'Hi Ada\nHi Ada\n' },
        { kind: 'io', hidden: true, stdin: 'Bo\n1\n', expected: 'Hi Bo' },
        { kind: 'io', stdin: 'Cy\n1\n', expected: 'Hi Cy\nHi Cy\n' },
      ],
    },
    "name = input('Name? ')\ncount = int(input('Times? '))\nfor _ in range(count):\n    print(f'Hi {name}   ')\nprint()\n",
    {
      raw: ['ok', 'ok', 'ok'],
      verdict: ['passed', 'passed', 'failed'],
      check: (outcome, verdict) => {
        expect(outcome.cases[0].stdout).toBe('Hi Ada   \nHi Ada   \n\n');
        for (const c of outcome.cases) {
          expect(c.stdout).not.toContain('Name?');
          expect(c.stdout).not.toContain('Times?');
        }
        expect(verdict?.cases[2].message).toBe('Output differs from the expected output');
        expect(verdict?.cases[2].actual).toBe('Hi Cy   \n\n');
      },
    },
  ),
  graded(
    'standard library class builders work under grading: namedtuple, NamedTuple, dataclass, Enum',
    { entryPoint: 'f', tests: [{ kind: 'call', args: [2], expected: [2, 2, 2, 1] }] },
    [
      'from collections import namedtuple',
      'from dataclasses import dataclass',
      'from enum import Enum',
      'from typing import NamedTuple',
      "Point = namedtuple('Point', ['x', 'y'])",
      'class P(NamedTuple):',
      '    x: int',
      '    y: int',
      '@dataclass',
      'class D:',
      '    x: int',
      'class Colour(Enum):',
      '    RED = 1',
      'def f(a):',
      '    return [Point(a, a).x, P(a, a).y, D(a).x, Colour.RED.value]',
      '',
    ].join('\n'),
    { raw: ['ok'], verdict: ['passed'] },
  ),
  graded(
    'io: only stdout is compared; stderr is kept apart',
    { tests: [{ kind: 'io', stdin: '', expected: 'result\n' }] },
    "import sys\nprint('debugging', file=sys.stderr)\nprint('result')\n",
    {
      raw: ['ok'],
      verdict: ['passed'],
      check: (outcome, verdict) => {
        expect(outcome.cases[0].stdout).toBe('result\n');
        expect(outcome.cases[0].stderr).toBe('debugging\n');
        expect(verdict?.cases[0].stderr).toBe('debugging\n');
      },
    },
  ),
  graded(
    'io: a long output is compared in full',
    { tests: [{ kind: 'io', stdin: '', expected: 'x'.repeat(50_000) + '\n' }] },
    "print('x' * 50_000)\n",
    { raw: ['ok'], verdict: ['passed'] },
  ),
  graded(
    'io: reading past the end of stdin raises EOFError',
    { tests: [{ kind: 'io', stdin: 'one\n', expected: 'one\ntwo\n' }] },
    'print(input())\nprint(input())\n',
    {
      raw: ['error'],
      verdict: ['error'],
      errors: [{ type: 'EOFError', line: 2 }],
      check: (outcome) => expect(outcome.cases[0].stdout).toBe('one\n'),
    },
  ),

  // ---- assert tests
  graded('assert: check(candidate) passes', DOUBLE_CHECK, 'def double(x):\n    return x * 2\n', {
    raw: ['ok'],
    verdict: ['passed'],
  }),
  graded(
    'assert: a failing check reports the assertion message and the test line',
    {
      entryPoint: 'double',
      tests: [{ kind: 'assert', code: 'def check(candidate):\n    got = candidate(3)\n    assert got == 6, f"double(3) should be 6, got {got}"\n' }],
    },
    'def double(x):\n    return x + 2\n',
    {
      raw: ['failed'],
      verdict: ['failed'],
      errors: [{ type: 'AssertionError', message: 'double(3) should be 6, got 5' }],
      check: (outcome, verdict) => {
        expect(outcome.cases[0].error?.traceback).toContain('File "tests.py", line 3, in check');
        expect(verdict?.cases[0].message).toBe('Assertion failed: double(3) should be 6, got 5');
      },
    },
  ),
  graded(
    'assert: plain top-level asserts can use the learner’s names',
    { entryPoint: 'double', tests: [{ kind: 'assert', code: 'assert double(5) == 10\nassert FACTOR == 2\n' }, { kind: 'assert', code: 'assert double(1) == 3\n' }] },
    'FACTOR = 2\n\ndef double(x):\n    return x * FACTOR\n',
    {
      raw: ['ok', 'failed'],
      verdict: ['passed', 'failed'],
      check: (outcome, verdict) => {
        expect(outcome.cases[1].error?.traceback).toContain('File "tests.py", line 1');
        expect(verdict?.cases[1].message).toBe('An assertion failed');
      },
    },
  ),
  graded(
    'assert: a syntax error in the test code is an error, not a pass',
    { entryPoint: 'double', tests: [{ kind: 'assert', code: 'def check(candidate)\n    assert True\n' }] },
    'def double(x):\n    return x * 2\n',
    { raw: ['error'], verdict: ['error'], errors: [{ type: 'SyntaxError', line: 1 }] },
  ),

  // ---- load errors
  graded('load: a SyntaxError fails every call case with its line', ADD, 'def add(a, b)\n    return a + b\n', {
    loadStatus: 'error',
    raw: ['error', 'error'],
    verdict: ['error', 'error'],
    errors: [
      { type: 'SyntaxError', line: 1, message: "expected ':'" },
      { type: 'SyntaxError', line: 1 },
    ],
    check: (outcome, verdict) => {
      expect(outcome.loadError?.type).toBe('SyntaxError');
      expect(outcome.loadError?.traceback).toContain('File "main.py", line 1');
      expect(verdict?.loadError?.explanation).toEqual({ key: 'SyntaxError.expectedColon' });
      expect(verdict?.status).toBe('failed');
    },
  }),
  graded('load: an IndentationError is reported with its line', ADD, 'def add(a, b):\nreturn a + b\n', {
    loadStatus: 'error',
    raw: ['error', 'error'],
    errors: [{ type: 'IndentationError', line: 2, message: /expected an indented block/ }, { type: 'IndentationError', line: 2 }],
    check: (_, verdict) => expect(verdict?.loadError?.explanation).toEqual({ key: 'IndentationError.expectedIndent' }),
  }),
  graded('load: an exception while loading fails the cases', DOUBLE_CHECK, 'def double(x):\n    return x * 2\n\nprint(undefined_name)\n', {
    loadStatus: 'error',
    raw: ['error'],
    errors: [{ type: 'NameError', line: 4, message: /undefined_name/ }],
  }),

  // ---- tampering: none of these may pass
  // (Forging results with `import js; js.postMessage(...)` needs a browser
  // worker's global scope, so it is not exercised under Node.)
  graded(
    'tamper: an object whose __eq__ is always True (call test)',
    DOUBLE_CALL,
    'class Anything:\n    def __eq__(self, other):\n        return True\n\ndef double(x):\n    return Anything()\n',
    { notPassed: true, raw: ['error'], errors: [{ type: 'TypeError', message: /returned a Anything object/ }] },
  ),
  graded(
    'tamper: an object whose __eq__ is always True (check(candidate))',
    DOUBLE_CHECK,
    'class Anything:\n    def __eq__(self, other):\n        return True\n\ndef double(x):\n    return Anything()\n',
    { notPassed: true },
  ),
  graded(
    'tamper: an object whose __eq__ is always True (top-level assert through plain())',
    { entryPoint: 'double', tests: [{ kind: 'assert', code: 'assert plain(double(2)) == 4\n' }] },
    'class Anything:\n    def __eq__(self, other):\n        return True\n\ndef double(x):\n    return Anything()\n',
    { notPassed: true },
  ),
  graded(
    'tamper: an int subclass with __eq__ overridden (call and check)',
    { entryPoint: 'double', tests: [...DOUBLE_CALL.tests, ...DOUBLE_CHECK.tests] },
    'class Sly(int):\n    def __eq__(self, other):\n        return True\n    __hash__ = int.__hash__\n\ndef double(x):\n    return Sly(7)\n',
    { notPassed: true, raw: ['ok', 'failed'], actual: ['7', undefined] },
  ),
  graded(
    'tamper: sys.exit(0) inside the function',
    { entryPoint: 'double', tests: [...DOUBLE_CALL.tests, ...DOUBLE_CHECK.tests] },
    'import sys\n\ndef double(x):\n    sys.exit(0)\n',
    { notPassed: true, raw: ['error', 'error'], errors: [{ type: 'SystemExit' }, { type: 'SystemExit' }] },
  ),
  graded(
    'an interactive program is loaded up to its first input(): functions above it are tested, io cases give it input',
    { entryPoint: 'double', tests: [...DOUBLE_CALL.tests, { kind: 'io', stdin: '5\n', expected: '10\n' }] },
    'def double(x):\n    return x * 2\n\ndef main():\n    print(double(int(input("n? "))))\n\nmain()\n',
    { verdict: ['passed', 'passed'], loadStatus: 'ok', raw: ['ok', 'ok'] },
  ),
  graded(
    'a function defined after the first input() is not there while loading',
    DOUBLE_CALL,
    'n = input()\n\ndef double(x):\n    return x * 2\n',
    { notPassed: true, loadStatus: 'ok', errors: [{ type: 'NameError' }] },
  ),
  graded(
    'call tests may name their own function (guided projects test several)',
    { entryPoint: 'double', tests: [...DOUBLE_CALL.tests, { kind: 'call', function: 'triple', args: [2], expected: 6 }] },
    'def double(x):\n    return x * 2\n\ndef triple(x):\n    return x * 3\n',
    { verdict: ['passed', 'passed'] },
  ),
  graded('tamper: sys.exit(0) while loading', DOUBLE_CHECK, 'import sys\nsys.exit(0)\n\ndef double(x):\n    return 0\n', {
    notPassed: true,
    loadStatus: 'error',
    errors: [{ type: 'SystemExit' }],
  }),
  graded('tamper: os._exit(0) inside the function', DOUBLE_CALL, 'import os\n\ndef double(x):\n    os._exit(0)\n', {
    notPassed: true,
    check: (outcome) => expect(['crashed', 'error']).toContain(outcome.cases[0].status),
  }),
  graded(
    'tamper: printing PASS and the expected value in a call test',
    DOUBLE_CALL,
    'def double(x):\n    print("PASS")\n    print(x * 2)\n',
    {
      notPassed: true,
      raw: ['ok'],
      actual: ['null'],
      check: (outcome, verdict) => {
        expect(outcome.cases[0].stdout).toBe('PASS\n4\n');
        expect(verdict?.cases[0].message).toBe('Returned None, expected 4');
      },
    },
  ),
  graded(
    'tamper: builtins.len patched at module level',
    LENGTH_CHECK,
    'import builtins\nbuiltins.len = lambda value: 3\n\ndef items(n):\n    return []\n',
    { notPassed: true, raw: ['failed'], errors: [{ type: 'AssertionError', message: 'expected 3 items, got 0' }] },
  ),
  graded(
    'tamper: builtins.len patched inside the function',
    LENGTH_CHECK,
    'import builtins\n\ndef items(n):\n    builtins.len = lambda value: 0\n    return []\n',
    { notPassed: true },
  ),
  graded(
    'tamper: builtins.len patched inside the function, sparing the harness’s own strings',
    LENGTH_CHECK,
    'import builtins\n_real_len = len\n\ndef items(n):\n    builtins.len = lambda value: 3 if type(value) is list else _real_len(value)\n    return []\n',
    { notPassed: true },
  ),
  graded(
    'tamper: shadowing len at module level',
    LENGTH_CHECK,
    'len = lambda value: 3\n\ndef items(n):\n    return []\n',
    { notPassed: true },
  ),
  graded(
    'tamper: builtins.AssertionError replaced at module level and inside the function',
    DOUBLE_CHECK,
    'import builtins\n\nclass Quiet(Exception):\n    pass\n\nbuiltins.AssertionError = Quiet\n\ndef double(x):\n    builtins.AssertionError = Quiet\n    return 0\n',
    { notPassed: true, raw: ['failed'], errors: [{ type: 'AssertionError' }] },
  ),
  graded(
    'tamper: math.isclose patched at module level',
    ISCLOSE_CHECK,
    'import math\nmath.isclose = lambda *args, **kwargs: True\n\ndef half(x):\n    return 0.0\n',
    { notPassed: true, raw: ['failed'] },
  ),
  graded(
    'tamper: math.isclose patched inside the function',
    ISCLOSE_CHECK,
    'import math\n\ndef half(x):\n    math.isclose = lambda *args, **kwargs: True\n    return 0.0\n',
    { notPassed: true },
  ),
  graded(
    'tamper: swapping json’s decoder to defeat plain() in check(candidate)',
    DOUBLE_CHECK,
    [
      'import json',
      '',
      'class Anything:',
      '    def __eq__(self, other):',
      '        return True',
      '',
      'class Decoder:',
      '    def decode(self, text):',
      '        return Anything()',
      '',
      'def double(x):',
      '    json._default_decoder = Decoder()',
      '    return 0',
      '',
    ].join('\n'),
    { notPassed: true },
  ),
  graded(
    'tamper: reading the caller’s locals with sys._getframe(1).f_locals',
    SECRET_CHECK,
    'import sys\n\ndef double(x):\n    return sys._getframe(1).f_locals\n',
    { notPassed: true, errors: [{ type: 'RuntimeError', message: /sys\._getframe/ }] },
  ),
  graded(
    'tamper: scanning gc.get_objects() for the test code',
    SECRET_CHECK,
    'import gc\n\ndef double(x):\n    for obj in gc.get_objects():\n        if isinstance(obj, dict) and "check" in obj:\n            return 42\n    return -1\n',
    { notPassed: true, errors: [{ type: 'RuntimeError', message: /gc\.get_objects/ }] },
  ),
  graded(
    'tamper: reading the test source from linecache.cache',
    SECRET_CHECK,
    [
      'import linecache',
      'import re',
      '',
      'def double(x):',
      "    lines = linecache.cache.get('tests.py', (0, None, [], ''))[2]",
      "    found = re.search(r'== (\\d+)', ''.join(lines))",
      '    return int(found.group(1)) if found else -1',
      '',
    ].join('\n'),
    { notPassed: true, raw: ['failed'] },
  ),
  graded(
    'tamper: walking __traceback__.tb_frame.f_back to the harness',
    SECRET_CHECK,
    'def double(x):\n    try:\n        raise ValueError\n    except ValueError as exc:\n        frame = exc.__traceback__.tb_frame.f_back\n        return frame.f_locals\n',
    { notPassed: true, errors: [{ type: 'RuntimeError', line: 5 }] },
  ),
  graded(
    'tamper: sys.settrace to rewrite the checker’s locals',
    SECRET_CHECK,
    'import sys\n\ndef double(x):\n    def tracer(frame, event, arg):\n        return tracer\n    sys.settrace(tracer)\n    return 0\n',
    { notPassed: true, errors: [{ type: 'RuntimeError', message: /sys\.settrace/ }] },
  ),
  {
    name: 'tamper: an unknown object in a raw call case is refused, not compared',
    code: 'def f():\n    return object()\n',
    cases: [callCase('f', [])],
    load: true,
    expect: { raw: ['error'], errors: [{ type: 'TypeError', message: /returned a object object/ }] },
  },
];

describe('golden table: grade through the worker, judge on the host', () => {
  for (const golden of GOLDEN) {
    it(golden.name, async () => {
      await runGolden(golden);
    });
  }
});

describe('state that must not outlive a submission', () => {
  it('a hidden assert test’s source is not left readable in linecache after it fails', async () => {
    const outcome = await runGolden(graded('leak', SECRET_CHECK, 'def double(x):\n    return 0\n', { raw: ['failed'] }));
    expect(outcome.verdict?.cases[0].hidden).toBe(true);
    const { result, output } = await run("import linecache\nprint(linecache.cache.get('tests.py'))\n");
    expect(result.status).toBe('ok');
    expect(output).not.toContain('candidate(21) == 42');
  });

  it('patching json.decoder.JSONDecoder in one submission does not change the next one’s arguments', async () => {
    const poison = [
      'import json.decoder',
      'JSONDecoder = json.decoder.JSONDecoder',
      'JSONDecoder.saved_decode = JSONDecoder.decode',
      'JSONDecoder.decode = lambda self, s, _w=None: [99]',
      '',
      'def double(x):',
      '    return 0',
      '',
    ].join('\n');
    try {
      await client.grade(poison, toGradeCases(makeProblem(DOUBLE_CALL)), { load: true });
      await runGolden(graded('after poison', DOUBLE_CALL, 'def double(x):\n    return x * 2\n', { raw: ['ok'], actual: ['4'], verdict: ['passed'] }));
    } finally {
      const { result } = await run(
        "import json.decoder\nD = json.decoder.JSONDecoder\nif 'saved_decode' in D.__dict__:\n    D.decode = D.saved_decode\n    del D.saved_decode\n",
      );
      expect(result.status).toBe('ok');
    }
  });

  it('a clean submission grades normally after the tampering rows', async () => {
    await runGolden(graded('clean', DOUBLE_CALL, 'def double(x):\n    return x * 2\n', { raw: ['ok'], actual: ['4'], verdict: ['passed'] }));
    await runGolden(graded('clean check', ISCLOSE_CHECK, 'def half(x):\n    return x / 2\n', { raw: ['ok'], verdict: ['passed'] }));
  });
});

// ---------------------------------------------------------------- run_program

describe('run mode', () => {
  it('streams stdout and stderr as the program prints', async () => {
    const { result, output, chunks } = await run('import sys\nprint("a")\nprint("oops", file=sys.stderr)\nprint("b", 5)\n');
    expect(result).toMatchObject({ status: 'ok', truncated: false });
    expect(output).toBe('a\noops\nb 5\n');
    expect(chunks.filter(([stream]) => stream === 'stderr').map(([, text]) => text).join('')).toBe('oops\n');
    expect(chunks.filter(([stream]) => stream === 'stdout').map(([, text]) => text).join('')).toBe('a\nb 5\n');
  });

  it('gives every run a fresh namespace', async () => {
    expect((await run('secret = 41\n')).result.status).toBe('ok');
    const { result } = await run('print(secret + 1)\n');
    expect(result.status).toBe('error');
    expect(result.error).toMatchObject({ type: 'NameError', line: 1 });
    expect(result.error?.message).toContain('secret');
  });

  it('restores builtins patched by the previous run', async () => {
    const first = await run('import builtins\nbuiltins.len = lambda x: 0\nbuiltins.print = lambda *a, **k: None\nbuiltins.extra_name = 1\n');
    expect(first.result.status).toBe('ok');
    const { result, output } = await run('print(len([1, 2, 3]))\nprint("extra_name" in dir(__builtins__))\n');
    expect(result.status).toBe('ok');
    expect(output).toBe('3\nFalse\n');
  });

  it('trims the traceback to main.py frames', async () => {
    const { result } = await run('def inner():\n    return 1 / 0\n\ninner()\n');
    expect(result.status).toBe('error');
    expect(result.error).toMatchObject({ type: 'ZeroDivisionError', line: 2 });
    const traceback = result.error?.traceback ?? '';
    expect(traceback).toContain('File "main.py", line 4, in <module>');
    expect(traceback).toContain('File "main.py", line 2, in inner');
    expect(traceback).not.toMatch(/harness\.py|_pyodide|\/lib\/python/);
    expect(traceback.split('\n').filter((line) => line.startsWith('  File ')).length).toBe(2);
  });

  it('reports a SyntaxError with its line and prints nothing', async () => {
    const { result, output } = await run('print("a")\nx = (1,\n');
    expect(result.status).toBe('error');
    expect(result.error).toMatchObject({ type: 'SyntaxError', line: 2 });
    expect(result.error?.message).toMatch(/never closed/);
    expect(output).toBe('');
  });

  it('sys.exit(3) ends the run with exit code 3 and keeps earlier output', async () => {
    const { result, output } = await run('import sys\nprint("bye")\nsys.exit(3)\nprint("not reached")\n');
    expect(result).toMatchObject({ status: 'exit', exitCode: 3 });
    expect(output).toBe('bye\n');
    expect((await run('import sys\nsys.exit()\n')).result).toMatchObject({ status: 'exit', exitCode: 0 });
  });

  it('caps the output and says so', async () => {
    const { result, output } = await run('for i in range(20000):\n    print(i)\n');
    expect(result.status).toBe('ok');
    expect(result.truncated).toBe(true);
    expect(output).toContain('[output truncated');
    expect(output).toContain('\n9999\n');
    expect(output).not.toContain('\n19999\n');
    expect(output.split('\n').length).toBeLessThan(10_010);
  });

  it('times out a run past its limit', async () => {
    // The limit counts from the request; durationMs from when Python started,
    // which on a busy machine can be a while later.
    const sent = performance.now();
    const { result } = await run('while True:\n    pass\n', { timeLimitMs: 500 });
    expect(result.status).toBe('timeout');
    expect(result.restarted).toBeUndefined();
    expect(performance.now() - sent).toBeGreaterThanOrEqual(499);
    expect(result.durationMs).toBeGreaterThan(0);
  });

  it('stop() interrupts a running program, and the next run works', async () => {
    const pending = run('while True:\n    pass\n');
    await sleep(300);
    runner.stop();
    const { result } = await pending;
    expect(result.status).toBe('interrupted');
    expect(result.restarted).toBeUndefined();
    const next = await run('print("after stop")\n');
    expect(next.result.status).toBe('ok');
    expect(next.output).toBe('after stop\n');
  });

  it('input() asks with its prompt and receives the line', async () => {
    const prompts: string[] = [];
    const { result, output } = await run("name = input('Your name? ')\nprint(f'Hello, {name}!')\n", {
      onInputRequest: (prompt) => {
        prompts.push(prompt);
        runner.provideInput('Ada');
      },
    });
    expect(result.status).toBe('ok');
    expect(prompts).toEqual(['Your name? ']);
    expect(output).toContain('Your name? ');
    expect(output).toContain('Hello, Ada!');
  });

  it('provideInput(null) ends input with EOFError', async () => {
    const { result } = await run("name = input('Your name? ')\nprint(name)\n", { onInputRequest: () => runner.provideInput(null) });
    expect(result.status).toBe('error');
    expect(result.error).toMatchObject({ type: 'EOFError', line: 1 });
  });

  it('stop() while waiting for input interrupts the program', async () => {
    const { result, output } = await run("name = input('Name? ')\nprint('got', name)\n", { onInputRequest: () => setTimeout(() => runner.stop(), 20) });
    expect(result.status).toBe('interrupted');
    expect(output).not.toContain('got');
    expect(runner.getSnapshot().phase).toBe('idle');
  });

  // These two run last: the restart they exercise replaces the worker, and the
  // old one is held back (see holdTermination) while it spins inside C code.
  it('stop() during a loop inside C code gives up on the interrupt and restarts', async () => {
    holdTermination = true;
    const pending = run('sum(range(10**10))\n');
    await sleep(300);
    runner.stop();
    const { result } = await pending;
    expect(result.status).toBe('interrupted');
    expect(result.restarted).toBe('unresponsive');
    expect(heldBack).toHaveLength(1);
  });

  // The shared interrupt buffer outlives the worker and still holds the
  // ignored SIGINT: the replacement must start with it cleared.
  it('after an unresponsive stop the new runtime loads and runs code', async () => {
    await runner.ready();
    expect(runner.getSnapshot()).toMatchObject({ phase: 'idle', lastRestart: 'unresponsive', error: null });
    const { result, output } = await run('print("back again")\n');
    expect(result.status).toBe('ok');
    expect(output).toBe('back again\n');
  });
});

import { describe, expect, it } from 'vitest';
import starter from '../../../data/packs/starter.json';
import { describeIssues, Problem, ProblemPack } from './problem';

type Json = Record<string, unknown>;

/** A fresh, mutable copy of the starter pack. */
function starterCopy(): Json & { problems: Json[] } {
  return structuredClone(starter) as unknown as Json & { problems: Json[] };
}

function issues(value: unknown): string[] {
  const result = ProblemPack.safeParse(value);
  if (result.success) throw new Error('expected the pack to be rejected');
  return describeIssues(result.error);
}

const minimalProblem = {
  id: 'double-it',
  title: 'Double it',
  statement: 'Return twice x.',
  difficulty: 'beginner',
  entryPoint: 'double',
  starterCode: 'def double(x):\n    pass\n',
  solution: 'def double(x):\n    return 2 * x\n',
  tests: [{ kind: 'call', args: [2], expected: 4 }],
};

describe('the starter pack', () => {
  it('parses as a ProblemPack', () => {
    const result = ProblemPack.safeParse(starter);
    expect(result.success ? [] : describeIssues(result.error)).toEqual([]);
  });

  it('has unique ids and a reference solution for each problem', () => {
    const pack = ProblemPack.parse(starter);
    const ids = pack.problems.map((p) => p.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const problem of pack.problems) {
      expect(problem.solution.trim(), problem.id).not.toBe('');
      expect(problem.tests.length, problem.id).toBeGreaterThan(0);
    }
  });

  it('fills in defaults for fields a problem leaves out', () => {
    const pack = ProblemPack.parse(starter);
    const raw = starter.problems as Array<Record<string, unknown>>;
    const withoutCompare = pack.problems.filter((_, i) => !('compare' in raw[i]));
    const withoutLimit = pack.problems.filter((_, i) => !('timeLimitMs' in raw[i]));
    expect(withoutCompare.length).toBeGreaterThan(0);
    for (const problem of withoutCompare) expect(problem.compare, problem.id).toEqual({ tolerance: 1e-6, unordered: false });
    for (const problem of withoutLimit) expect(problem.timeLimitMs, problem.id).toBe(2000);
    expect(pack.problems.every((p) => p.tests.every((t) => typeof t.hidden === 'boolean'))).toBe(true);
  });
});

describe('describeIssues', () => {
  it('names the exact path of a missing expected value', () => {
    const pack = starterCopy();
    // Make problems[1].tests[0] a call test whatever the pack holds, then drop its expected value.
    pack.problems[1].entryPoint = 'solve';
    const tests = pack.problems[1].tests as Json[];
    tests[0] = { kind: 'call', args: [1], expected: 2 };
    expect(ProblemPack.safeParse(pack).success).toBe(true);
    delete tests[0].expected;
    const messages = issues(pack);
    expect(messages).toHaveLength(1);
    expect(messages[0].startsWith('problems[1].tests[0]')).toBe(true);
    expect(messages[0]).toMatch(/^problems\[1\]\.tests\[0\]\.expected: /);
  });

  it('lists several problems with their own paths', () => {
    const pack = starterCopy();
    pack.problems[0].difficulty = 'easy';
    (pack.problems[2].tests as Json[])[1].kind = 'banana';
    pack.problems[3].compare = { tolerance: 'tiny' };
    const messages = issues(pack);
    expect(messages.map((m) => m.split(':')[0])).toEqual(['problems[0].difficulty', 'problems[2].tests[1].kind', 'problems[3].compare.tolerance']);
  });

  it('uses (root) for a problem with the whole value', () => {
    expect(issues([])).toEqual([expect.stringMatching(/^\(root\): /)]);
  });

  it('stops after the limit', () => {
    const pack = starterCopy();
    for (const problem of pack.problems) problem.title = '';
    const result = ProblemPack.safeParse(pack);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(describeIssues(result.error, 2)).toHaveLength(2);
      expect(describeIssues(result.error).length).toBe(Math.min(8, pack.problems.length));
    }
  });
});

describe('ProblemPack rules', () => {
  it('rejects duplicate problem ids, pointing at the second one', () => {
    const pack = starterCopy();
    pack.problems[3].id = pack.problems[0].id;
    expect(issues(pack)).toEqual([`problems[3].id: duplicates the id of problems[0] ("${String(pack.problems[0].id)}")`]);
  });

  it('requires an entry point when there are call tests', () => {
    const pack = starterCopy();
    delete pack.problems[0].entryPoint;
    expect(issues(pack)).toEqual(['problems[0].entryPoint: is required when the problem has call tests']);
  });

  it('does not require an entry point for io-only problems', () => {
    const problem = { ...minimalProblem, entryPoint: undefined, tests: [{ kind: 'io', stdin: '', expected: 'hi\n' }] };
    expect(Problem.safeParse(problem).success).toBe(true);
  });

  it('checks ids, identifiers and the pack header', () => {
    expect(Problem.safeParse({ ...minimalProblem, id: 'Double It' }).success).toBe(false);
    expect(Problem.safeParse({ ...minimalProblem, entryPoint: '2fast' }).success).toBe(false);
    expect(issues({ ...starterCopy(), format: 'other' })).toEqual([expect.stringMatching(/^format: /)]);
    expect(issues({ ...starterCopy(), version: 2 })).toEqual([expect.stringMatching(/^version: /)]);
    expect(issues({ ...starterCopy(), problems: [] })).toEqual([expect.stringMatching(/^problems: /)]);
  });

  it('needs enough arguments for compare.inPlaceArg', () => {
    const result = Problem.safeParse({ ...minimalProblem, compare: { inPlaceArg: 1 } });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)).toEqual(['tests[0].args: needs at least 2 arguments for compare.inPlaceArg']);
  });

  it('accepts tagged expected values', () => {
    const problem = Problem.parse({
      ...minimalProblem,
      tests: [{ kind: 'call', args: [{ $tuple: [1, 2] }], expected: { $dict: [[1, { $set: [2] }]] } }],
    });
    expect(problem.tests[0]).toMatchObject({ kind: 'call', hidden: false });
  });

  it('bounds per-test time limits', () => {
    expect(Problem.safeParse({ ...minimalProblem, tests: [{ kind: 'call', args: [], expected: 1, timeLimitMs: 50 }] }).success).toBe(false);
    expect(Problem.safeParse({ ...minimalProblem, tests: [{ kind: 'call', args: [], expected: 1, timeLimitMs: 500 }] }).success).toBe(true);
  });
});

describe('Problem: values and check() need what they use', () => {
  const base = {
    id: 'p',
    title: 'P',
    statement: 'S',
    difficulty: 'beginner',
    starterCode: '',
    solution: 'def f(x):\n    return x\n',
  } as const;

  it('rejects a malformed tagged value, naming the field', () => {
    const result = Problem.safeParse({ ...base, entryPoint: 'f', tests: [{ kind: 'call', args: [1], expected: { $int: 5 } }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)).toContain('tests[0].expected: bad $int value');
  });

  it('rejects malformed tagged arguments too', () => {
    const result = Problem.safeParse({ ...base, entryPoint: 'f', tests: [{ kind: 'call', args: [{ $dict: [[1]] }], expected: 1 }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)[0]).toMatch(/^tests\[0\]\.args: /);
  });

  it('requires an entryPoint when an assert test defines check(candidate)', () => {
    const result = Problem.safeParse({ ...base, tests: [{ kind: 'assert', code: 'def check(candidate):\n    assert candidate(1) == 1\n' }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)[0]).toMatch(/^entryPoint: is required: tests\[0\] defines check/);
  });

  it('accepts top-level asserts without an entryPoint', () => {
    expect(Problem.safeParse({ ...base, tests: [{ kind: 'assert', code: 'assert f(1) == 1\n' }] }).success).toBe(true);
  });
});


import { describe, expect, it } from 'vitest';
import { adoptGenerated, compareSpeed, describeSpeed, isNearDuplicate, median, resultsContext } from './ai';
import { fingerprint } from './catalog';
import type { CaseVerdict, Verdict } from './grading';
import { Problem } from './schemas/problem';

const problem = Problem.parse({
  id: 'sum-it',
  title: 'Sum it',
  statement: 'Return the sum.',
  difficulty: 'beginner',
  entryPoint: 'f',
  starterCode: 'def f(x):\n    pass\n',
  solution: 'def f(x):\n    return sum(x)\n',
  tests: [{ kind: 'call', args: [[1]], expected: 1 }],
});

function kase(over: Partial<CaseVerdict>): CaseVerdict {
  return { index: 0, name: 't', kind: 'call', hidden: false, status: 'passed', message: null, input: null, expected: '1', actual: '1', stdout: '', stderr: '', error: null, durationMs: 1, ...over };
}
function verdict(cases: CaseVerdict[]): Verdict {
  const passed = cases.filter((c) => c.status === 'passed').length;
  const hidden = cases.filter((c) => c.hidden);
  return {
    status: passed === cases.length ? 'passed' : 'failed',
    passed,
    total: cases.length,
    cases,
    visible: { passed: cases.filter((c) => !c.hidden && c.status === 'passed').length, total: cases.length - hidden.length },
    hidden: { passed: hidden.filter((c) => c.status === 'passed').length, total: hidden.length },
    loadError: null,
    durationMs: 5,
  };
}

describe('AI helpers', () => {
  it('describes results with visible failures only', () => {
    const context = resultsContext(
      verdict([kase({ name: 'shown', status: 'failed', expected: '6', actual: '10' }), kase({ name: 'secret', hidden: true, status: 'failed', expected: '99' })]),
    );
    expect(context).toEqual({ passed: 0, total: 2, failures: [{ name: 'shown', expected: '6', actual: '10', error: undefined }] });
    expect(JSON.stringify(context)).not.toContain('99');
    expect(resultsContext(null)).toBeUndefined();
  });

  it('gives a generated problem its own id and the requested topic', () => {
    const topic = { module: 'lists', subtopic: 'basics', problemType: 'sum' };
    const adopted = adoptGenerated(problem, topic);
    expect(adopted.id).toMatch(/^ai-sum-it-[0-9a-z]{6}$/);
    expect(adopted.topic).toEqual(topic);
    expect(Problem.safeParse(adopted).success).toBe(true);
    expect(adoptGenerated(problem, topic).id).toBe(adopted.id);
  });

  it('spots near-duplicates by fingerprint or title', () => {
    expect(isNearDuplicate(problem, [fingerprint(problem)])).toBe(true);
    expect(isNearDuplicate(problem, [], ['Sum It (#3)'])).toBe(true);
    expect(isNearDuplicate(problem, ['other'], ['Product of digits'])).toBe(false);
  });

  it('compares speed on the hidden tests with a noise margin', () => {
    const slow = verdict([kase({ durationMs: 100 }), kase({ hidden: true, durationMs: 40 })]);
    const fast = verdict([kase({ durationMs: 100 }), kase({ hidden: true, durationMs: 20 })]);
    const speed = compareSpeed([slow, slow, slow], [fast, fast, fast]);
    expect(speed).toMatchObject({ ratio: 2, faster: true, onHidden: true });
    expect(describeSpeed(speed)).toEqual({ kind: 'faster', factor: 2, onHidden: true });
    const same = compareSpeed([slow], [slow]);
    expect(same.faster).toBe(false);
    expect(describeSpeed(same)).toEqual({ kind: 'same', factor: 1, onHidden: true });
    expect(describeSpeed(compareSpeed([fast], [slow]))).toEqual({ kind: 'slower', factor: 2, onHidden: true });
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBe(0);
  });
});

// @vitest-environment node
/**
 * Attacks on random tests (see src/core/random-tests.ts): a submission that
 * passes the declared tests but not the random inputs tries to reach the
 * reference solution, the generator or the reference's values, or to bend the
 * inputs it is given. As in the app, the reference side runs in an
 * interpreter of its own that never runs learner code; the learner's
 * interpreter gets only arguments.
 *
 * Every row must hold: the verdict fails on a random input; nothing the
 * learner's interpreter sent back carries the mark ZQX (the reference's
 * source, the generator's source and every value the reference returns for
 * a random input carry it) and no probe printed REACHED.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PythonClient } from '@/adapters/python/client';
import type { RawOutcome } from '@/core/grading';
import { gradeSubmission, runReference, type Grader } from '@/core/random-tests';
import { startPython } from '../python';
import { REACHED, REACHED_MARK, SECRET_MARK, problem, py } from './attack-kit';

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

/**
 * Small numbers (the declared tests) are 'small'; the reference labels big
 * ones with a marked value. Every attack returns 'small': it passes the
 * declared tests and fails the random inputs.
 */
const LABEL = problem({
  entryPoint: 'label',
  solution: py`
    REFERENCE_NOTE = 'ZQX-REFERENCE-SOURCE'


    def label(n):
        return 'small' if n < 10 else 'ZQX-' + str(n * 7919)
  `,
  tests: [
    { kind: 'call', args: [3], expected: 'small' },
    { kind: 'call', name: 'nine', hidden: true, args: [9], expected: 'small' },
  ],
  generator: { code: "# ZQX-GENERATOR-SOURCE\ndef generate(rng, n):\n    return [rng.randint(10, 10 + 100 * n)]\n" },
});

const ATTACKS: Array<{ name: string; code: string }> = [
  {
    name: 'searches linecache, sys.modules and every module global for the reference solution or the generator',
    code: REACHED + py`
      import sys, linecache

      # Built from pieces, so this source does not match itself.
      MARKS = ('Z' + 'QX', 'def gen' + 'erate(rng', 'REFERENCE' + '_NOTE')

      def label(n):
          for name, entry in list(linecache.cache.items()):
              text = ''.join(entry[2]) if isinstance(entry, tuple) and len(entry) > 2 else ''
              if any(mark in text for mark in MARKS):
                  reached('linecache ' + name + ' ' + text[:200])
          for name, module in list(sys.modules.items()):
              for key, value in list(getattr(module, '__dict__', {}).items()):
                  if key in ('generate', MARKS[2]) or (isinstance(value, str) and MARKS[0] in value):
                      reached(name + '.' + key + ' ' + str(value)[:200])
          return 'small'
    `,
  },
  {
    name: "walks gc.get_objects() and gc.get_referrers() for the reference's values",
    code: REACHED + py`
      import gc

      def label(n):
          for walk in (lambda: gc.get_objects(), lambda: gc.get_referrers(n)):
              try:
                  for obj in walk():
                      if isinstance(obj, str) and obj.startswith('Z' + 'QX'):
                          reached('gc ' + obj)
              except RuntimeError:
                  pass
          return 'small'
    `,
  },
  {
    name: "reads the interpreter's filesystem (/, /home, /tmp, /lib) for the reference or generator source",
    code: REACHED + py`
      import os

      def label(n):
          for root in ('/home', '/tmp', '/'):
              for folder, dirs, files in os.walk(root):
                  if folder.startswith(('/proc', '/dev', '/sys', '/lib/python')):
                      dirs[:] = []
                      continue
                  for name in files:
                      try:
                          with open(os.path.join(folder, name), 'rb') as handle:
                              data = handle.read(1_000_000)
                      except OSError:
                          continue
                      if b'Z' b'QX' in data or b'def gen' b'erate(rng' in data:
                          reached(os.path.join(folder, name))
          return 'small'
    `,
  },
  {
    name: 'looks for a reference function or expected values in __main__, builtins and its own globals',
    code: REACHED + py`
      import builtins, sys

      def label(n):
          places = [vars(builtins), vars(sys.modules['__main__']), globals()]
          for place in places:
              for key, value in list(place.items()):
                  if key in ('generate', 'expected', 'REFERENCE' + '_NOTE') or (isinstance(value, str) and 'Z' + 'QX' in value):
                      reached(key + ' ' + str(value)[:200])
                  if callable(value) and getattr(value, '__name__', '') == 'label' and value is not label:
                      reached('another label(): ' + str(value(n)))
          return 'small'
    `,
  },
  {
    name: 'patches random.Random at load so the generator would draw only declared-sized inputs',
    code: py`
      import random

      random.Random.randint = lambda self, a, b: 3
      random.Random.random = lambda self: 0.0

      def label(n):
          return 'small'
    `,
  },
  {
    name: "leaves a random.py and a generator.py in /tmp and the working folder for the reference's interpreter to import",
    code: py`
      import os

      for folder in ('/tmp', os.getcwd()):
          for name in ('random.py', 'generator.py'):
              try:
                  with open(os.path.join(folder, name), 'w') as handle:
                      handle.write('def generate(rng, n):\n    return [3]\nclass Random:\n    def __init__(self, seed=None):\n        pass\n    def randint(self, a, b):\n        return 3\n')
              except OSError:
                  pass

      def label(n):
          return 'small'
    `,
  },
];

describe('attacks on random tests', () => {
  for (const attack of ATTACKS) {
    it(
      attack.name,
      async () => {
        const sent: RawOutcome[] = [];
        const learnerGrade: Grader = async (code, cases, load) => {
          const outcome = await learner.grade(code, cases, { load });
          sent.push(outcome);
          return outcome;
        };
        const referenceGrade: Grader = (code, cases, load) => reference.grade(code, cases, { load });
        const verdict = await gradeSubmission(LABEL, attack.code, learnerGrade, () => runReference(LABEL, 4242, referenceGrade));
        const everything = JSON.stringify(sent);
        expect(verdict.status).toBe('failed');
        expect(verdict.random?.failure?.case.input).toMatch(/^label\(\d+\)$/);
        expect(everything.match(new RegExp(`.{0,80}${SECRET_MARK}.{0,80}`, 'g')) ?? [], 'the reference side surfaced').toEqual([]);
        expect(everything.match(new RegExp(`${REACHED_MARK}.{0,160}`, 'g')) ?? [], 'a probe reached something it must not').toEqual([]);
      },
      60_000,
    );
  }

  // Last, since it leaves the reference side behind in the learner's interpreter.
  it('(control) the linecache probe does find the generator when the reference side shares the interpreter', async () => {
    const sent: RawOutcome[] = [];
    const shared: Grader = async (code, cases, load) => {
      const outcome = await learner.grade(code, cases, { load });
      sent.push(outcome);
      return outcome;
    };
    await gradeSubmission(LABEL, ATTACKS[0].code, shared, () => runReference(LABEL, 4242, shared));
    expect(JSON.stringify(sent)).toContain(`${REACHED_MARK} linecache generator.py`);
  }, 60_000);
});

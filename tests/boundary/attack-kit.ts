// Shared pieces of the attack suite (tests/boundary/attacks.test.ts): building
// problems, dedenting Python, and the Python snippets several attacks reuse.
import { Problem, type ProblemInput } from '@/core/schemas/problem';

export type ProblemSpec = Omit<Partial<ProblemInput>, 'tests'> & { tests: ProblemInput['tests'] };

export function problem(spec: ProblemSpec): Problem {
  return Problem.parse({
    id: 'attack',
    title: 'Attack',
    statement: 'A problem the attack suite grades hostile submissions against.',
    difficulty: 'beginner',
    starterCode: '',
    solution: 'pass',
    timeLimitMs: 1_000,
    ...spec,
  });
}

/** Python source from an indented template literal (raw: backslashes stay as written). */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings.raw }, ...values);
  const lines = text.replace(/^\n/, '').split('\n');
  const indents = lines.filter((line) => line.trim()).map((line) => (/^ */.exec(line) as RegExpExecArray)[0].length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(indent)).join('\n').replace(/\s+$/, '') + '\n';
}

/** Marks every hidden value: any output containing it is a leak. */
export const SECRET_MARK = 'ZQX';
/** Printed by a probe when it gets hold of something it must never reach. */
export const REACHED_MARK = 'REACHED';

export const ALWAYS_EQUAL = py`
  class AlwaysEqual:
      def __eq__(self, other):
          return True
      def __ne__(self, other):
          return False
      def __lt__(self, other):
          return True
      def __gt__(self, other):
          return True
      def __le__(self, other):
          return True
      def __ge__(self, other):
          return True
      def __hash__(self):
          return 0
      def __bool__(self):
          return True
      def __repr__(self):
          return 'AlwaysEqual()'
`;

export const REACHED = py`
  def reached(what):
      print('REACHED ' + str(what))
`;

/**
 * Given the harness's globals, make the next `count` replies say "ok" (then
 * put the real reply builder back, so the worker is not left poisoned).
 */
export const REWRITE_REPLIES = py`
  def rewrite_replies(g, count):
      real = g['_reply']
      left = [count]
      def fake(result):
          if type(result) is dict and result.get('status') in ('failed', 'error', 'interrupted'):
              result = {'status': 'ok'}
          left[0] -= 1
          if left[0] <= 0:
              g['_reply'] = real
          return real(result)
      g['_reply'] = fake
`;

/**
 * A route to the harness's module globals from a sealed wrapper (Call): its
 * shield's forwarder keeps _mark_sealed, an ordinary harness function, as a
 * default argument.
 */
export const HARNESS_FROM_CALL = py`
  def harness_from_call():
      import sys
      view = sys.modules.get('__main__')
      for value in list(vars(view).values()):
          if type(value).__name__ == 'Call' and isinstance(value, tuple):
              try:
                  shield = tuple.__getitem__(value, 3)
                  leaf = shield.__defaults__[-1]
                  marker = leaf.__defaults__[-1]
                  g = marker.__globals__
              except BaseException:
                  continue
              if isinstance(g, dict) and '_state' in g:
                  return g
      return None
`;

/** Rebuild _imp past the gate, then _pyodide_core, then run JavaScript. */
export const RUN_JS = py`
  def run_js(source):
      import _imp
      import importlib.machinery as machinery
      fresh_imp = _imp.create_builtin(machinery.ModuleSpec('_imp', None, origin='built-in'))
      core = fresh_imp.create_builtin(machinery.ModuleSpec('_pyodide_core', None, origin='built-in'))
      make_function = core.to_js([]).constructor.constructor
      return make_function(source)()
`;

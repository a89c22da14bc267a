// @vitest-environment node
/**
 * The attack suite: hostile submissions against the grading boundary (see
 * DESIGN.md, "Grading is a boundary", and the top of workers/harness.py).
 *
 * Each row is one attack: what it tries (its name), a problem, and a
 * submission that does not solve the problem but tries to fool the grader.
 * Every row is graded through the Node worker and judged on the host, then
 * must hold:
 *   - the verdict is not 'passed';
 *   - nothing the worker sent back (stdout, stderr, values, errors) contains a
 *     hidden expected value (every hidden value carries the mark ZQX), and no
 *     probe printed REACHED (it got hold of something it must never reach);
 *   - the grading finished on its own (no hang);
 *   - afterwards the same worker still grades honestly: a clean submission
 *     passes and a wrong one fails every test.
 *
 * One worker serves every row, so state one submission leaves behind is an
 * attack on the next one too (the app grades each Submit in a fresh
 * interpreter; the Node client and a checking session reuse one). Exploits
 * that take over the harness undo themselves after the tests they target,
 * and after the canary a janitor submission puts back what known attacks
 * plant outside the harness's reach, so a row that flips a verdict does not
 * poison the rows after it; if the canary finds the worker poisoned, the
 * worker is replaced.
 *
 * The file is long because it is the table itself (a hundred rows, each with
 * its Python): one place to read every attack and to add the next.
 *
 * Debugging a row: ATTACK_DEBUG=1 npx vitest run tests/boundary/attacks.test.ts -t '<part of its name>'
 * prints the worker's raw outcome.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeOutcome, PythonClient } from '@/adapters/python/client';
import { judge, needsLoad, toGradeCases, type Verdict } from '@/core/grading';
import type { Problem } from '@/core/schemas/problem';
import { startPython } from '../python';
import {
  ALWAYS_EQUAL,
  HARNESS_FROM_CALL,
  REACHED,
  REACHED_MARK,
  REWRITE_REPLIES,
  RUN_JS,
  SECRET_MARK,
  problem,
  py,
} from './attack-kit';

let client: PythonClient;

beforeAll(async () => {
  client = startPython();
  await client.ready();
}, 120_000);

afterAll(() => client?.dispose());

// ---------------------------------------------------------------- problems

/**
 * Call, io and assert tests, visible and hidden. Expected values of call and
 * io tests never enter Python; the hidden assert tests hold their expected
 * values in the test source, each marked ZQX.
 */
const SECRET = problem({
  entryPoint: 'answer',
  tests: [
    { kind: 'call', name: 'answers a', args: ['a'], expected: 'alpha' },
    { kind: 'assert', name: 'answers b', code: "def check(candidate):\n    assert candidate('b') == 'bravo'\n" },
    { kind: 'call', name: 'answers zed', hidden: true, args: ['zed'], expected: 'ZQX-CALL-4471' },
    {
      kind: 'assert',
      name: 'answers yak',
      hidden: true,
      code: py`
        LABEL = 'ZQX-ASRT-LABEL'


        def check(candidate):
            expected = 'ZQX-ASRT-6693'
            got = candidate('yak')
            assert got == expected, 'wrong answer for yak'
      `,
    },
    {
      kind: 'assert',
      name: 'answers wolf',
      hidden: true,
      code: py`
        WOLF = 'ZQX-TOP-8120'
        assert answer('wolf') == WOLF, 'wrong answer for wolf'
      `,
    },
    { kind: 'io', name: 'prints the answer for zed', hidden: true, stdin: 'zed\n', expected: 'ZQX-IO-5582\n' },
  ],
});

/** Graded after every attack: the worker must still tell right from wrong. */
const CANARY = problem({
  entryPoint: 'triple',
  tests: [
    { kind: 'call', args: [2], expected: 6 },
    { kind: 'call', hidden: true, args: [5], expected: 15 },
    { kind: 'io', hidden: true, stdin: '4\n', expected: '12\n' },
    { kind: 'assert', hidden: true, code: 'import math\n\ndef check(candidate):\n    assert math.isclose(candidate(7), 21)\n' },
    { kind: 'assert', hidden: true, code: 'def check(candidate):\n    assert candidate(-1) == -3\n' },
    {
      kind: 'assert',
      hidden: true,
      code: "import sys\ntriple_fn = getattr(sys.modules['__main__'], 'triple')\nassert plain(triple_fn(1)) == 3\nassert triple(2) == 6\n",
    },
  ],
});
const canaryCode = (body: string) =>
  `def triple(x):\n    return ${body}\n\ntry:\n    line = input()\nexcept EOFError:\n    line = None\nif line is not None:\n    print(triple(int(line)))\n`;
const CANARY_CLEAN = canaryCode('3 * x');
const CANARY_WRONG = canaryCode('x + 3');

/** Assert tests only (like most OOP problems): nothing for a host-side comparison to catch. */
const SHOUT = problem({
  entryPoint: 'shout',
  tests: [
    { kind: 'assert', name: 'shouts hi', code: "def check(candidate):\n    assert candidate('hi') == 'HI!'\n" },
    {
      kind: 'assert',
      name: 'shouts mellow',
      hidden: true,
      code: "# ZQX-SHOUT: hidden test source\nEXPECTED = 'MELLOW!'\n\n\ndef check(candidate):\n    got = candidate('mellow')\n    assert got == EXPECTED, 'wrong shout'\n",
    },
    { kind: 'assert', name: 'shouts at top level', hidden: true, code: "# ZQX-SHOUT-TOP\nassert shout('ok') == 'OK!'\n" },
  ],
});
/** Replies in a SHOUT grading: the load, then one per test. */
const SHOUT_REPLIES = 4;

/** SHOUT with the expected values as literals in the test functions. */
const SHOUT_LITERAL = problem({
  entryPoint: 'shout',
  tests: [
    { kind: 'assert', name: 'shouts hi', code: "def check(candidate):\n    assert candidate('hi') == 'HI!'\n" },
    { kind: 'assert', name: 'shouts mellow', hidden: true, code: "def check(candidate):\n    assert candidate('mellow') == 'MELLOW!', 'wrong shout'\n" },
    { kind: 'assert', name: 'shouts gently', hidden: true, code: "def check(candidate):\n    assert candidate('soft') == 'SOFT!', 'wrong shout'\n" },
  ],
});

/** The exceptions problems of the bank: the message is checked with str(exc). */
const messageCheck = (n: number) => py`
  def check(candidate):
      try:
          candidate(${n})
      except ValueError as exc:
          assert str(exc) == 'expected a positive number, got ${n}', f'wrong message: {str(exc)!r}'
      else:
          raise AssertionError('expected ValueError for require_positive(${n})')
`;
const EXC = problem({
  entryPoint: 'require_positive',
  tests: [
    { kind: 'call', args: [5], expected: 5 },
    { kind: 'call', hidden: true, args: [7], expected: 7 },
    { kind: 'assert', name: 'message for -3', code: messageCheck(-3) },
    { kind: 'assert', name: 'message for -1000', hidden: true, code: messageCheck(-1000) },
  ],
});

/** An exception hierarchy checked with issubclass and isinstance. */
const VALIDATION = problem({
  tests: [
    {
      kind: 'assert',
      name: 'hierarchy',
      code: py`
        assert issubclass(ValidationError, Exception), 'ValidationError must subclass Exception'
        assert issubclass(MissingFieldError, ValidationError), 'MissingFieldError must subclass ValidationError'
      `,
    },
    {
      kind: 'assert',
      name: 'raises a ValidationError',
      hidden: true,
      code: py`
        try:
            validate({})
        except Exception as error:
            assert type(error).__name__ == 'MissingFieldError', f'expected MissingFieldError, got {type(error).__name__}'
            assert isinstance(error, ValidationError), 'every error must be a ValidationError'
        else:
            raise AssertionError('expected MissingFieldError for a record without a name')
      `,
    },
  ],
});

/** Classes whose methods test code calls directly (oop-shape-hierarchy in the bank). */
const SHAPES = problem({
  tests: [
    { kind: 'assert', name: 'unit circle', code: 'import math\nassert abs(plain(Circle(1).area()) - math.pi) < 1e-9\n' },
    {
      kind: 'assert',
      name: 'other circles',
      hidden: true,
      code: 'import math\nassert abs(plain(Circle(2).area()) - 4 * math.pi) < 1e-9\nassert abs(plain(Circle(0.5).perimeter()) - math.pi) < 1e-9\n',
    },
  ],
});

/** An iterator class (iterators-step-range in the bank). */
const STEP_RANGE = problem({
  tests: [
    { kind: 'assert', name: 'counts to 3', code: "result = plain(list(StepRange(0, 3, 1)))\nassert result == [0, 1, 2], f'got {result!r}'\n" },
    {
      kind: 'assert',
      name: 'float steps',
      hidden: true,
      code: py`
        import math
        values = plain(list(StepRange(0, 1, 0.1)))
        assert len(values) == 10, f'StepRange(0, 1, 0.1) should produce 10 values, got {len(values)}'
        assert all(math.isclose(v, i / 10, abs_tol=1e-9) for i, v in enumerate(values)), f'unexpected values {values!r}'
      `,
    },
  ],
});

/** math.isclose in check(candidate) (ISCLOSE_CHECK of the golden table). */
const HALF = problem({
  entryPoint: 'half',
  tests: [
    { kind: 'assert', name: 'half of 1', code: 'import math\n\ndef check(candidate):\n    result = candidate(1)\n    assert math.isclose(result, 0.5)\n' },
    { kind: 'assert', name: 'half of 7', hidden: true, code: 'import math\n\ndef check(candidate):\n    result = candidate(7)\n    assert math.isclose(result, 3.5)\n' },
  ],
});

/** Top-level asserts on the learner's names ("plain top-level asserts" in the golden table). */
const TOP_LEVEL = problem({
  entryPoint: 'double',
  tests: [
    { kind: 'assert', name: 'doubles 5', code: 'assert double(5) == 10\n' },
    { kind: 'assert', name: 'factor', code: 'assert FACTOR == 2\n' },
    { kind: 'assert', name: 'doubles -4', hidden: true, code: 'assert double(-4) == -8\nassert double(FACTOR) == 4\n' },
  ],
});

/** functions-compose of the bank: the function is fetched through __main__. */
const COMPOSE_HEAD = "import sys\ncompose = getattr(sys.modules['__main__'], 'compose', None)\nassert callable(compose), 'define a function called compose'\n";
const COMPOSE = problem({
  tests: [
    {
      kind: 'assert',
      name: 'composes two',
      code: COMPOSE_HEAD + "inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)\nassert plain(inc_then_double(5)) == 12, f'(5 + 1) * 2 is 12, got {plain(inc_then_double(5))!r}'\n",
    },
    {
      kind: 'assert',
      name: 'composes three',
      hidden: true,
      code: COMPOSE_HEAD + "# ZQX-COMPOSE\nf = compose(lambda x: x + 1, lambda x: x * 10, lambda x: x - 2)\nassert plain(f(5)) == 31, '((5 - 2) * 10) + 1 is 31'\n",
    },
    {
      kind: 'assert',
      name: 'calls lazily',
      hidden: true,
      code:
        COMPOSE_HEAD +
        "calls = []\ndef spy(x):\n    calls.append(x)\n    return x\nf = compose(spy, spy)\nassert calls == [], 'compose must not call the functions early'\nf(1)\nassert calls == [1, 1], f'expected two calls, got {calls!r}'\n",
    },
  ],
});

/** Handlers in a dict of lists: test functions two containers deep. */
const HANDLERS = problem({
  entryPoint: 'dispatch',
  tests: [
    {
      kind: 'assert',
      name: 'calls the click handlers in order',
      code: py`
        def check(candidate):
            log = []
            handlers = {'click': [lambda event: log.append(('a', event)), lambda event: log.append(('b', event))], 'key': [lambda event: log.append(('k', event))]}
            candidate(handlers, 'click')
            assert log == [('a', 'click'), ('b', 'click')], f'log is {log!r}'
      `,
    },
    {
      kind: 'assert',
      name: 'ignores unknown events',
      hidden: true,
      code: py`
        NOTE = 'ZQX-HANDLERS'


        def check(candidate):
            log = []
            handlers = {'key': [lambda event: log.append(event)]}
            candidate(handlers, 'scroll')
            candidate(handlers, 'key')
            assert log == ['key'], f'log is {log!r}'
      `,
    },
  ],
});

/** apply_twice(f, x): test-made callables that are not plain functions. */
const CALLBACKS = problem({
  entryPoint: 'apply_twice',
  tests: [
    { kind: 'assert', name: 'applies a function twice', code: 'def check(candidate):\n    assert candidate(lambda v: v + 1, 1) == 3\n' },
    {
      kind: 'assert',
      name: 'applies a partial',
      hidden: true,
      code: py`
        from functools import partial
        NOTE = 'ZQX-PARTIAL-5150'


        def add(a, b):
            return a + b


        def check(candidate):
            assert candidate(partial(add, 3), 1) == 7
      `,
    },
    {
      kind: 'assert',
      name: 'applies a callable object',
      hidden: true,
      code: py`
        NOTE = 'ZQX-OBJECT-6260'


        class Adder:
            def __init__(self, n):
                self.n = n

            def __call__(self, v):
                return v + self.n


        def check(candidate):
            assert candidate(Adder(2), 1) == 5
      `,
    },
  ],
});

/** exceptions-retry of the bank: a flaky test function raises test-made exceptions. */
const FLAKY = py`
  def flaky(failures, exc_type=ConnectionError, result='ok'):
      state = {'calls': 0, 'raised': []}
      def f():
          state['calls'] += 1
          if state['calls'] <= failures:
              error = exc_type(f'failure {state["calls"]}')
              state['raised'].append(error)
              raise error
          return result
      return f, state
`;
const RETRY = problem({
  entryPoint: 'call_with_retry',
  tests: [
    {
      kind: 'assert',
      name: 'retries until it works',
      code: FLAKY + "\ndef check(candidate):\n    f, state = flaky(2, result='data')\n    assert candidate(f, 5, ConnectionError) == 'data'\n    assert state['calls'] == 3\n",
    },
    {
      kind: 'assert',
      name: 're-raises the last error',
      hidden: true,
      code:
        "NOTE = 'ZQX-RETRY-8080'\n" +
        FLAKY +
        "\ndef check(candidate):\n    f, state = flaky(5)\n    try:\n        candidate(f, 2, ConnectionError)\n    except ConnectionError as error:\n        assert error is state['raised'][-1], 'the last error should be re-raised'\n    else:\n        raise AssertionError('expected the ConnectionError to be re-raised')\n    assert state['calls'] == 2\n",
    },
  ],
});

/** A test callback that asserts on what it is given. */
const MAP_POSITIVE = problem({
  entryPoint: 'map_positive',
  tests: [
    {
      kind: 'assert',
      name: 'maps positive values',
      code: 'def check(candidate):\n    assert candidate(lambda v: v * 2, [1, 2]) == [2, 4]\n',
    },
    {
      kind: 'assert',
      name: 'never calls f on other values',
      hidden: true,
      code: py`
        def check(candidate):
            def double_positive(v):
                assert v > 0, f'f was called with {v!r}, which is not positive'
                return v * 2
            assert candidate(double_positive, [-1, 5, 0, 2]) == [10, 4]
      `,
    },
  ],
});

/** A generator from the test code handed to the learner (iterators-chunked). */
const CHUNKED = problem({
  entryPoint: 'chunked',
  tests: [
    { kind: 'call', args: [[1, 2, 3, 4, 5], 2], expected: [[1, 2], [3, 4], [5]] },
    {
      kind: 'assert',
      name: 'chunks a generator',
      hidden: true,
      code: py`
        EXPECTED = [[0, 1, 4], [9, 16, 25], [36]]
        NOTE = 'ZQX-CHUNK-7070'


        def check(candidate):
            result = candidate((n * n for n in range(7)), 3)
            assert result == EXPECTED, 'wrong chunks for a generator'
      `,
    },
  ],
});

/** "Must be a generator function", checked with types.GeneratorType. */
const GENERATOR = problem({
  tests: [
    {
      kind: 'assert',
      name: 'is a generator',
      code: py`
        import sys, types
        countdown = getattr(sys.modules['__main__'], 'countdown')
        g = countdown(3)
        assert isinstance(g, types.GeneratorType), 'countdown should be a generator function'
        assert plain(list(g)) == [3, 2, 1]
      `,
    },
    {
      kind: 'assert',
      name: 'is lazy',
      hidden: true,
      code: py`
        import sys, types
        countdown = getattr(sys.modules['__main__'], 'countdown')
        g = countdown(10**9)
        assert isinstance(g, types.GeneratorType), 'countdown should be a generator function'
        assert plain(next(g)) == 10**9
      `,
    },
  ],
});

/** An exact integer answer, compared on the host. */
const PAIRS = problem({
  entryPoint: 'count_pairs',
  tests: [
    { kind: 'call', args: [4], expected: 6 },
    { kind: 'call', hidden: true, args: [100_000], expected: 4_999_950_000 },
  ],
});

/** len/sorted/isinstance on a returned list (LENGTH_CHECK of the golden table). */
const ITEMS = problem({
  entryPoint: 'items',
  tests: [
    { kind: 'assert', name: 'three items', code: "def check(candidate):\n    result = candidate(3)\n    assert len(result) == 3, f'expected 3 items, got {len(result)}'\n" },
    {
      kind: 'assert',
      name: 'sorted items',
      hidden: true,
      code: 'def check(candidate):\n    assert sorted(candidate(4)) == [0, 1, 2, 3]\n    assert isinstance(candidate(2), list)\n',
    },
  ],
});

/** A test that checks its answer with a regular expression. */
const SLUG = problem({
  entryPoint: 'slug',
  tests: [
    {
      kind: 'assert',
      name: 'makes a slug',
      code: "import re\n\n\ndef check(candidate):\n    assert re.fullmatch(r'[a-z]+(?:-[a-z]+)*', candidate('Hello World')), 'not a slug'\n",
    },
  ],
});

/** A test that keeps a deep copy of the argument to check it was left alone. */
const LEAVES_ALONE = problem({
  entryPoint: 'total',
  tests: [
    {
      kind: 'assert',
      name: 'leaves its list alone',
      code: "import copy\n\n\ndef check(candidate):\n    xs = [3, 1, 2]\n    before = copy.deepcopy(xs)\n    assert candidate(xs) == 6\n    assert xs == before, 'changed its argument'\n",
    },
  ],
});

/** A test that spies with unittest.mock (not one of the modules the harness restores). */
const NOTIFY = problem({
  entryPoint: 'notify',
  tests: [
    {
      kind: 'assert',
      name: 'calls back with the message in capitals',
      code: "from unittest.mock import Mock\n\ndef check(candidate):\n    spy = Mock()\n    candidate(spy, 'hi')\n    spy.assert_called_once_with('HI')\n",
    },
    {
      kind: 'assert',
      name: 'calls back once per message',
      hidden: true,
      code: "from unittest.mock import Mock\n\ndef check(candidate):\n    spy = Mock()\n    candidate(spy, 'a')\n    candidate(spy, 'b')\n    assert spy.call_count == 2\n    spy.assert_called_with('B')\n",
    },
  ],
});

/** oop-shape-hierarchy of the bank: a hidden test subclasses the learner's class with methods of its own. */
const HIERARCHY = problem({
  tests: [
    { kind: 'assert', name: 'a square', code: "assert plain(Square(2).area()) == 4\nassert plain(Square(2).describe()) == 'Square with area 4.00'\n" },
    {
      kind: 'assert',
      name: 'a new subclass',
      hidden: true,
      code: py`
        NOTE = 'ZQX-TRIANGLE'


        class Triangle(Shape):
            def __init__(self, base, height):
                self.base = base
                self.height = height

            def area(self):
                return self.base * self.height / 2

        assert plain(Triangle(3, 4).describe()) == 'Triangle with area 6.00', 'describe() should work for new subclasses too'
        assert abs(plain(total_area([Triangle(3, 4), Square(1)])) - 7) < 1e-9
      `,
    },
  ],
});

/** Test code calls a learner's method with a test-made callback: no wrapper in between. */
const BUS = problem({
  tests: [
    { kind: 'assert', name: 'delivers an event', code: "seen = []\nbus = Bus()\nbus.subscribe(seen.append)\nbus.emit('a')\nassert seen == ['a']\n" },
    {
      kind: 'assert',
      name: 'delivers to every subscriber in order',
      hidden: true,
      code: py`
        NOTE = 'ZQX-BUS'
        log = []
        bus = Bus()
        bus.subscribe(lambda event: log.append(('first', event)))
        bus.subscribe(lambda event: log.append(('second', event)))
        bus.emit('go')
        assert log == [('first', 'go'), ('second', 'go')], f'log is {log!r}'
      `,
    },
  ],
});

/** A hidden test with a type statement and a bounded type parameter (Python 3.12+ syntax), handed to learner code. */
const TYPED = problem({
  tests: [
    { kind: 'assert', name: 'names a list type', code: "assert plain(type_name(list)) == 'list'\n" },
    {
      kind: 'assert',
      name: 'names an alias and a type parameter',
      hidden: true,
      code: py`
        NOTE = 'ZQX-TYPED'
        type Pair = tuple[int, int]


        class Box[T: int]:
            pass

        assert plain(type_name(Pair)) == 'Pair'
        assert plain(type_name(Box.__type_params__[0])) == 'T'
      `,
    },
  ],
});

/** A hidden test that checks against a standard module nothing imports before it (calendar). */
const LEAP = problem({
  entryPoint: 'is_leap',
  tests: [
    { kind: 'call', args: [2024], expected: true },
    {
      kind: 'assert',
      name: 'agrees with calendar.isleap',
      hidden: true,
      code: py`
        import calendar


        def check(candidate):
            for year in (1900, 2000, 2023, 2024, 2100):
                assert candidate(year) == calendar.isleap(year), f'wrong for {year}'
      `,
    },
  ],
});

/** A hidden test that keeps a deep copy of the argument to check the learner left it alone. */
const UNCHANGED = problem({
  entryPoint: 'sorted_copy',
  tests: [
    { kind: 'call', args: [[3, 1, 2]], expected: [1, 2, 3] },
    {
      kind: 'assert',
      name: 'leaves its argument alone',
      hidden: true,
      code: py`
        import copy


        def check(candidate):
            data = [[3, 1], [2]]
            before = copy.deepcopy(data)
            candidate(data)
            assert data == before, 'sorted_copy must not change its argument'
      `,
    },
  ],
});

/** Test code builds the learner's object (its __init__ runs with no wrapper and no restore), then imports calendar. */
const YEARS = problem({
  tests: [
    { kind: 'assert', name: '2024 is a leap year', code: 'years = Years()\nassert plain(years.is_leap(2024)) is True\n' },
    {
      kind: 'assert',
      name: 'agrees with calendar.isleap',
      hidden: true,
      code: py`
        years = Years()
        import calendar
        for year in (1900, 2000, 2023, 2024, 2100):
            assert plain(years.is_leap(year)) == calendar.isleap(year), f'wrong for {year}'
      `,
    },
  ],
});

/** A hidden test that checks a method is a generator function with inspect, after building the learner's object. */
const LEAP_YEARS = problem({
  tests: [
    { kind: 'assert', name: 'lists leap years', code: 'assert plain(list(Years().leap_years(2020, 2025))) == [2020, 2024]\n' },
    {
      kind: 'assert',
      name: 'is a generator function',
      hidden: true,
      code: py`
        years = Years()
        import inspect
        assert inspect.isgeneratorfunction(Years.leap_years), 'leap_years should be a generator function'
      `,
    },
  ],
});

/** Run after every attack (once the canary has had its say): puts back what known attacks plant outside the harness's reach. */
const JANITOR = py`
  import sys, gc, types, linecache, signal
  import importlib._bootstrap as bootstrap
  real_sys = bootstrap.sys
  real_sys.modules['sys'] = real_sys
  real_sys.pydojo_disarm = True
  for tool in range(6):
      try:
          if real_sys.monitoring.get_tool(tool) is not None:
              real_sys.monitoring.free_tool_id(tool)
      except BaseException:
          pass
  gc.callbacks.clear()
  if not hasattr(real_sys, 'pydojo_gc_threshold'):
      real_sys.pydojo_gc_threshold = gc.get_threshold()
  gc.set_threshold(*real_sys.pydojo_gc_threshold)
  gc.set_debug(0)
  gc.garbage.clear()
  types.GeneratorType = type((lambda: (yield))())
  real_getline = getattr(linecache, 'pydojo_real_getline', None)
  if real_getline is not None:
      linecache.getline = real_getline
      del linecache.pydojo_real_getline
  for name in ('unittest.mock', 'unittest'):
      if getattr(real_sys.modules.get(name), 'pydojo_fake', False):
          del real_sys.modules[name]
  real_sys.meta_path[:] = [finder for finder in real_sys.meta_path if not getattr(finder, 'pydojo_fake', False)]
  try:
      signal.signal(signal.SIGINT, signal.default_int_handler)
  except BaseException:
      pass
`;

// ---------------------------------------------------------------- the table

interface Attack {
  /** One line: what the attack tries. */
  name: string;
  problem: Problem;
  /** The hostile submission. */
  code: string;
  /** Submissions graded first in the same worker (state planted for the attack). */
  before?: string[];
  /** Anything else worth checking. */
  check?(outcome: GradeOutcome, verdict: Verdict): void;
  /** Let this row run longer (it makes the client restart the worker). */
  slow?: boolean;
}

const A = (name: string, p: Problem, code: string, extra: Partial<Attack> = {}): Attack => ({ name, problem: p, code, ...extra });

/** Case statuses of an outcome, for messages. */
const statuses = (verdict: Verdict) => verdict.cases.map((c) => `${c.name}: ${c.status}${c.message ? ` (${c.message})` : ''}`).join('; ');

const READING: Attack[] = [
  A(
    "frames: sys._getframe(1).f_locals from the entry point (the checker's locals)",
    SECRET,
    REACHED +
      py`
        import sys

        def answer(key):
            try:
                reached('caller locals ' + repr(sys._getframe(1).f_locals)[:2000])
            except RuntimeError:
                pass
            return '?'
      `,
  ),
  A(
    'frames: walk f_back from sys._getframe() looking for the test source',
    SECRET,
    REACHED +
      py`
        import sys

        def hunt():
            try:
                frame = sys._getframe()
            except RuntimeError:
                return
            while frame is not None:
                try:
                    for value in dict(frame.f_locals).values():
                        if isinstance(value, str) and 'check' in value:
                            reached('test source ' + value)
                    frame = frame.f_back
                except RuntimeError:
                    return

        def answer(key):
            hunt()
            return '?'

        hunt()
      `,
  ),
  A(
    'frames: inspect.stack() and inspect.currentframe().f_back',
    SECRET,
    REACHED +
      py`
        import inspect

        def answer(key):
            try:
                for info in inspect.stack():
                    reached(repr(info.frame.f_locals)[:1000])
            except RuntimeError:
                pass
            try:
                reached(repr(inspect.currentframe().f_back.f_globals)[:1000])
            except (RuntimeError, AttributeError):
                pass
            return '?'
      `,
  ),
  A(
    'frames: traceback.extract_stack, format_stack, walk_stack and StackSummary with locals',
    SECRET,
    REACHED +
      py`
        import traceback

        def answer(key):
            for attempt in (
                lambda: traceback.extract_stack(),
                lambda: traceback.format_stack(),
                lambda: list(traceback.walk_stack(None)),
                lambda: traceback.StackSummary.extract(traceback.walk_stack(None), capture_locals=True),
            ):
                try:
                    reached(repr(attempt())[:2000])
                except RuntimeError:
                    pass
            return '?'
      `,
  ),
  A(
    "frames: a raised exception's __traceback__.tb_frame.f_back",
    SECRET,
    REACHED +
      py`
        def answer(key):
            try:
                raise ValueError('probe')
            except ValueError as exc:
                try:
                    reached(repr(exc.__traceback__.tb_frame.f_back.f_locals)[:2000])
                except RuntimeError:
                    pass
            return '?'
      `,
  ),
  A(
    "frames: a generator's gi_frame, a coroutine's cr_frame, an async generator's ag_frame",
    SECRET,
    REACHED +
      py`
        def answer(key):
            def gen():
                yield 1
            async def coro():
                return 1
            async def agen():
                yield 1
            g, c, a = gen(), coro(), agen()
            next(g)
            for obj, attr in ((g, 'gi_frame'), (c, 'cr_frame'), (a, 'ag_frame')):
                try:
                    reached(attr + ' ' + repr(getattr(obj, attr)))
                except RuntimeError:
                    pass
            c.close()
            return '?'
      `,
  ),
  A(
    'gc: scan gc.get_objects() for the test namespace',
    SECRET,
    REACHED +
      py`
        import gc

        def answer(key):
            try:
                for obj in gc.get_objects():
                    if isinstance(obj, dict) and obj.get('__name__') == '__pydojo_tests__':
                        reached(repr(obj)[:2000])
            except RuntimeError:
                pass
            return '?'
      `,
  ),
  A(
    'gc: gc.get_referrers / gc.get_referents of the arguments',
    SECRET,
    REACHED +
      py`
        import gc

        def answer(key):
            for walk in (gc.get_referrers, gc.get_referents):
                try:
                    reached(repr(walk(key))[:2000])
                except RuntimeError:
                    pass
            return '?'
      `,
  ),
  A(
    'gc: gc.DEBUG_SAVEALL keeps the namespaces of earlier tests in gc.garbage for later tests to read',
    SECRET,
    py`
      import gc
      gc.set_debug(gc.DEBUG_SAVEALL)

      def dump():
          gc.collect()
          for obj in list(gc.garbage):
              if isinstance(obj, dict) and obj.get('__name__') == '__pydojo_tests__':
                  print('an earlier test namespace:', {k: v for k, v in obj.items() if isinstance(v, (str, int, float))})

      def answer(key):
          dump()
          return '?'

      try:
          line = input()
      except EOFError:
          line = None
      if line is not None:
          dump()
          gc.set_debug(0)
          gc.garbage.clear()
    `,
  ),
  A(
    "gc: gc.DEBUG_SAVEALL keeps earlier tests' frames; their f_code.co_consts hold the expected values",
    SECRET,
    py`
      import gc
      gc.set_debug(gc.DEBUG_SAVEALL)

      class Loop(Exception):
          pass

      def dump():
          gc.collect()
          for obj in list(gc.garbage):
              if type(obj).__name__ == 'frame':
                  try:
                      code = obj.f_code
                  except RuntimeError:
                      continue
                  print('frame', code.co_name, [c for c in code.co_consts if isinstance(c, str)])

      def answer(key):
          dump()
          error = Loop(key)
          error.itself = error
          raise error

      try:
          line = input()
      except EOFError:
          line = None
      if line is not None:
          dump()
          gc.set_debug(0)
          gc.garbage.clear()
    `,
  ),
  A(
    "linecache: read 'tests.py' from linecache.cache while the test runs",
    SECRET,
    py`
      import linecache

      def answer(key):
          for name, entry in list(linecache.cache.items()):
              if name != 'main.py' and len(entry) > 2:
                  print('linecache holds', name, ''.join(entry[2] or [])[:2000])
          print(linecache.getlines('tests.py'))
          return '?'
    `,
  ),
  A(
    "linecache: an exception's __str__ reads tests.py while the harness formats the failure",
    SECRET,
    py`
      import linecache

      def spill(where):
          entry = linecache.cache.get('tests.py')
          if entry:
              print(where, 'sees the test source:', ''.join(entry[2]))

      class Loud(Exception):
          def __str__(self):
              spill('__str__')
              return 'loud'

      class LoudAssertion(AssertionError):
          def __str__(self):
              spill('assertion __str__')
              return 'loud'

      def answer(key):
          if key in ('b', 'yak'):
              raise LoudAssertion()
          raise Loud()
    `,
  ),
  A(
    'linecache: linecache.getline patched at load runs when the harness formats a failing test',
    SECRET,
    py`
      import linecache

      if not hasattr(linecache, 'pydojo_real_getline'):
          linecache.pydojo_real_getline = linecache.getline

      def spying_getline(filename, lineno, module_globals=None):
          if filename == 'tests.py':
              entry = linecache.cache.get('tests.py')
              if entry:
                  print('getline sees the test source:', ''.join(entry[2]))
          return linecache.pydojo_real_getline(filename, lineno, module_globals)

      linecache.getline = spying_getline

      def answer(key):
          return '?'

      try:
          line = input()
      except EOFError:
          line = None
      if line is not None:
          linecache.getline = linecache.pydojo_real_getline
          del linecache.pydojo_real_getline
    `,
  ),
  A(
    'forwarders: __code__, __globals__, __closure__, __defaults__, __dict__, __wrapped__ of test functions handed to compose',
    COMPOSE,
    REACHED +
      py`
        def compose(*fns):
            # What a forwarder exposes must hold nothing of the test: no test
            # names in any globals, no test code, no closure cells, no test
            # function among its parts.
            def leaks(value, depth=0):
                if depth > 3:
                    return False
                if isinstance(value, dict):
                    return any(k not in ('__builtins__',) for k in value) or any(leaks(v, depth + 1) for v in value.values())
                if isinstance(value, (tuple, list)):
                    return any(leaks(v, depth + 1) for v in value)
                code = getattr(value, '__code__', None)
                if code is not None and getattr(code, 'co_filename', '') == 'tests.py':
                    return True
                if getattr(value, 'co_filename', '') == 'tests.py':
                    return True
                if getattr(value, '__closure__', None):
                    return True
                return False
            for f in fns:
                for attr in ('__code__', '__globals__', '__closure__', '__defaults__', '__kwdefaults__', '__dict__', '__wrapped__', '__func__', '__self__'):
                    try:
                        value = getattr(f, attr)
                    except (AttributeError, RuntimeError):
                        continue
                    try:
                        if leaks(value):
                            reached('forwarder.' + attr + ' ' + repr(value)[:300])
                    except RuntimeError:
                        pass
                try:
                    g = type(f).__call__.__globals__
                    if '_state' in g or 'plain' in g:
                        reached('wrapper class globals ' + repr(sorted(g)))
                except (AttributeError, RuntimeError):
                    pass
            def composed(x):
                return x
            return composed
      `,
  ),
  A(
    "forwarders: the forwarder's generator (tuple item 0 .__self__): gi_frame.f_locals['fn'] and gi_code",
    COMPOSE,
    REACHED +
      py`
        def compose(*fns):
            for f in fns:
                try:
                    generator = tuple.__getitem__(f, 0).__self__
                    print('forwarder code', generator.gi_code.co_name)
                    reached('test function ' + repr(generator.gi_frame.f_locals['fn'].__code__.co_consts))
                except (AttributeError, RuntimeError, TypeError, IndexError):
                    pass
            def composed(x):
                return x
            return composed
      `,
  ),
  A(
    'forwarders: a generator made by the test code (gi_code.co_consts, gi_frame, gi_yieldfrom)',
    CHUNKED,
    REACHED +
      py`
        def walk(code, seen):
            for const in code.co_consts:
                if hasattr(const, 'co_consts') and id(const) not in seen:
                    seen.add(id(const))
                    walk(const, seen)
                else:
                    print('const', repr(const)[:200])

        def chunked(items, size):
            if hasattr(items, 'gi_code'):
                print(items.gi_code.co_qualname)
                walk(items.gi_code, set())
                for attr in ('gi_frame', 'gi_yieldfrom'):
                    try:
                        value = getattr(items, attr)
                        if attr == 'gi_frame':
                            reached('gi_frame ' + repr(value))
                    except RuntimeError:
                        pass
            return []
      `,
  ),
  A(
    'leak: a functools.partial and a callable object from the test reach the learner unwrapped (.func.__globals__, type(obj).__call__.__globals__)',
    CALLBACKS,
    py`
      def apply_twice(f, x):
          for fn in (getattr(f, 'func', None), getattr(type(f), '__call__', None), getattr(type(f), '__init__', None)):
              g = getattr(fn, '__globals__', None)
              if isinstance(g, dict):
                  print('test globals:', {k: v for k, v in g.items() if isinstance(v, (str, int))})
          return 0
    `,
  ),
  A(
    "leak: the exceptions a flaky test function raises (__traceback__ chain, __context__, args)",
    RETRY,
    REACHED +
      py`
        def call_with_retry(f, attempts, exc_type):
            try:
                f()
            except BaseException as error:
                tb = error.__traceback__
                while tb is not None:
                    try:
                        reached('frame ' + repr(tb.tb_frame.f_globals)[:500])
                    except RuntimeError:
                        pass
                    tb = tb.tb_next
                print('args', error.args, 'context', repr(error.__context__), 'type', type(error))
            return None
      `,
  ),
  A(
    'imports: js, pyodide, pyodide_js, _pyodide_core, micropip, ctypes, pyodide.http by import, __import__, importlib and find_spec+exec_module',
    SECRET,
    REACHED +
      py`
        import importlib, importlib.util, sys

        NAMES = ['js', 'pyodide', 'pyodide_js', '_pyodide_core', '_pyodide', 'micropip', 'ctypes', '_ctypes',
                 'pyodide.ffi', 'pyodide.http', 'pyodide_http', 'pyodide.code', 'pyodide.webloop']

        def by_spec(name):
            spec = importlib.util.find_spec(name)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module

        def probe():
            for name in NAMES:
                for label, how in (
                    ('import', lambda n: exec('import ' + n, {})),
                    ('__import__', lambda n: __import__(n)),
                    ('import_module', importlib.import_module),
                    ('find_spec', by_spec),
                    ('sys.modules', lambda n: sys.modules[n]),
                ):
                    try:
                        how(name)
                    except BaseException:
                        continue
                    reached(label + ' ' + name)

        def answer(key):
            probe()
            return '?'

        probe()
      `,
  ),
  A(
    'imports: the builtin gate (_imp.create_builtin), its generator, BuiltinImporter and a sys.meta_path finder renaming a bridge',
    SECRET,
    REACHED +
      py`
        import sys, _imp
        import importlib.machinery as machinery

        class Renamer:
            def find_spec(self, name, path=None, target=None):
                if name == 'pydojo_bridge':
                    return machinery.ModuleSpec('_pyodide_core', machinery.BuiltinImporter, origin='built-in')
                return None

        def probe():
            Spec = machinery.ModuleSpec
            send = tuple.__getitem__(_imp.create_builtin, 0)
            attempts = {
                'gate': lambda: _imp.create_builtin(Spec('_pyodide_core', None, origin='built-in')),
                'gate with js': lambda: _imp.create_builtin(Spec('js', None, origin='built-in')),
                'BuiltinImporter': lambda: machinery.BuiltinImporter.create_module(Spec('_pyodide_core', None, origin='built-in')),
                'gate generator': lambda: send(Spec('_pyodide_core', None))[1] if send(Spec('_pyodide_core', None))[0] else 1 / 0,
                'gate frame': lambda: send.__self__.gi_frame.f_locals['create'],
            }
            for label, attempt in attempts.items():
                try:
                    attempt()
                except BaseException:
                    continue
                reached(label)
            finder = Renamer()
            sys.meta_path.insert(0, finder)
            try:
                import pydojo_bridge
                reached('meta_path')
            except BaseException:
                pass
            finally:
                sys.meta_path.remove(finder)
                sys.modules.pop('pydojo_bridge', None)

        def answer(key):
            probe()
            return '?'
      `,
  ),
  A(
    'imports: rebuild _imp through the gate (a fresh _imp has the real create_builtin), then _pyodide_core, then run JavaScript',
    SECRET,
    REACHED +
      RUN_JS +
      py`
        def answer(key):
            try:
                reached('JavaScript says ' + str(run_js('return typeof globalThis')))
            except BaseException:
                pass
            return '?'
      `,
  ),
  A(
    'subclasses: walk object.__subclasses__() to JS-wrapping classes and to the sealed wrapper classes',
    SECRET,
    REACHED +
      py`
        def probe():
            seen, stack = set(), [object]
            while stack:
                cls = stack.pop()
                if id(cls) in seen:
                    continue
                seen.add(id(cls))
                try:
                    stack.extend(type.__subclasses__(cls))
                except TypeError:
                    pass
                name = getattr(cls, '__name__', '')
                module = str(getattr(cls, '__module__', ''))
                if 'Js' in name or 'pyodide' in module:
                    for args in ((), ('x',), (None,), (1, 2)):
                        try:
                            obj = cls(*args)
                        except BaseException:
                            continue
                        if hasattr(obj, 'constructor') or hasattr(obj, 'js_id'):
                            reached('a JS value from ' + name)
                if module == 'pydojo':
                    for value in vars(cls).values():
                        g = getattr(value, '__globals__', None)
                        if isinstance(g, dict) and '_state' in g:
                            reached('harness globals through ' + name)

        def answer(key):
            probe()
            return '?'
      `,
  ),
  A(
    'subclasses: delete or restore __new__ on every JS-wrapping class, then instantiate it',
    SECRET,
    REACHED +
      py`
        def probe():
            seen, stack = set(), [object]
            while stack:
                cls = stack.pop()
                if id(cls) in seen:
                    continue
                seen.add(id(cls))
                try:
                    stack.extend(type.__subclasses__(cls))
                except TypeError:
                    pass
                name = getattr(cls, '__name__', '')
                module = str(getattr(cls, '__module__', ''))
                if 'Js' in name or 'pyodide' in module:
                    for undo in (lambda: delattr(cls, '__new__'), lambda: setattr(cls, '__new__', object.__new__), lambda: delattr(cls, '__init__')):
                        try:
                            undo()
                        except BaseException:
                            pass
                        for args in ((), ('x',), ('x', 'y')):
                            try:
                                obj = cls(*args)
                            except BaseException:
                                continue
                            if hasattr(obj, 'constructor'):
                                reached('a JS value from ' + name)

        def answer(key):
            probe()
            return '?'
      `,
  ),
  A(
    "forwarders: a failed assertion in a test function, called at the recursion limit so the harness's record of it has no room, then swallowed",
    MAP_POSITIVE,
    py`
        def map_positive(f, xs):
            def dive(n):
                try:
                    dive(n + 1)
                except BaseException:
                    pass
                try:
                    f(-1)
                except BaseException:
                    pass
            dive(0)
            return [f(x) for x in xs if x > 0]
      `,
  ),
  A(
    "_testcapi: a forwarder's code and a wrapper's keyword defaults read through the C API, which no audit hook sees",
    MAP_POSITIVE,
    py`
        import _testcapi

        def map_positive(f, xs):
            out = []
            for x in xs:
                try:
                    out.append(f(x))
                except BaseException:
                    pass
            for const in _testcapi.function_get_code(f).co_consts:
                if type(const) is tuple:
                    for item in const:
                        try:
                            item.__self__.clear()
                        except BaseException:
                            pass
            return out
      `,
  ),
  A(
    // Emscripten instantiates any wasm side module dlopen is given, in the
    // interpreter's own memory (every object, every frame) and with the main
    // module's functions to import: reaching "does not define module export
    // function" means the learner's wasm was loaded.
    'wasm side module: a .so written to the filesystem and loaded by _imp.create_dynamic, ExtensionFileLoader and import',
    SECRET,
    REACHED +
      py`
        import _imp, os, sys
        import importlib.machinery as machinery

        def load_wasm(where):
            name = b'dylink.0'
            payload = bytes([len(name)]) + name + bytes([1, 4, 0, 0, 0, 0])
            os.makedirs('/tmp/pydojo-wasm', exist_ok=True)
            with open('/tmp/pydojo-wasm/sidemod.so', 'wb') as f:
                f.write(b'\0asm' + bytes([1, 0, 0, 0, 0, len(payload)]) + payload)
            spec = machinery.ModuleSpec('sidemod', machinery.ExtensionFileLoader('sidemod', '/tmp/pydojo-wasm/sidemod.so'), origin='/tmp/pydojo-wasm/sidemod.so')
            for attempt in (lambda: _imp.create_dynamic(spec), lambda: spec.loader.create_module(spec), lambda: __import__('sidemod')):
                sys.path.insert(0, '/tmp/pydojo-wasm')
                try:
                    attempt()
                except BaseException as error:
                    if 'module export function' in str(error):
                        reached('wasm side module instantiated ' + where)
                finally:
                    sys.path.remove('/tmp/pydojo-wasm')

        load_wasm('at load')

        def answer(key):
            load_wasm('in a test')
            return '?'
      `,
  ),
  A(
    // CPython does not verify bytecode: this code's LOAD_FAST 0xab reads past
    // its frame's locals into stale stack memory, where harness frames lay
    // (scanning indexes there corrupts the heap and kills the interpreter).
    'crafted bytecode: marshal.loads builds a code object whose LOAD_FAST reads past its frame, at load and in a test',
    SECRET,
    REACHED +
      py`
        import marshal, types
        PEEK = '630100000000000000000000000100000003000000f306000000800054ab2300a9014ea9002901da0178730100000020da076d61696e2e7079da047065656b720500000003000000f3070000008000d80b0c8048f300000000'

        def build(where):
            for load in (lambda: marshal.loads(bytes.fromhex(PEEK)), lambda: marshal.load(__import__('io').BytesIO(bytes.fromhex(PEEK)))):
                try:
                    code = load()
                except RuntimeError:
                    continue
                if type(code) is types.CodeType:
                    reached('crafted code object ' + where)

        build('at load')

        def answer(key):
            build('in a test')
            return '?'
      `,
  ),
  A(
    'forwarders: pass the forwarder keyword arguments named like its hidden state, to swallow a failed assertion',
    COMPOSE,
    py`
        def compose(*fns):
            def composed(x):
                for f in reversed(fns):
                    try:
                        x = f(x, __pydojo_record__=lambda e: None, __pydojo_target__=lambda *a, **k: 0)
                    except BaseException:
                        pass
                return x
            return composed
      `,
  ),
  A(
    'network: pyodide.http.open_url, urllib.request.urlopen and sockets',
    SECRET,
    REACHED +
      py`
        def probe():
            import socket, urllib.request
            for label, attempt in (
                ('open_url', lambda: __import__('pyodide.http').http.open_url('http://127.0.0.1:9/')),
                ('urlopen', lambda: urllib.request.urlopen('http://127.0.0.1:9/', timeout=0.2)),
                ('socket', lambda: socket.create_connection(('127.0.0.1', 9), timeout=0.2).send(b'x') or 1 / 0),
            ):
                try:
                    attempt()
                except BaseException:
                    continue
                reached(label)

        def answer(key):
            probe()
            return '?'
      `,
  ),
  A(
    'files: search the Emscripten filesystem and the environment for the harness or the tests',
    SECRET,
    REACHED +
      py`
        import os

        def probe():
            scanned = 0
            for root, dirs, files in os.walk('/'):
                if root.startswith(('/lib/python', '/proc', '/dev', '/usr/lib/python')):
                    dirs[:] = []
                    continue
                for name in files:
                    path = os.path.join(root, name)
                    scanned += 1
                    try:
                        with open(path, 'rb') as handle:
                            data = handle.read(500_000)
                    except BaseException:
                        continue
                    if b'_run_assert' in data or b'def check(candidate)' in data:
                        reached('file ' + path)
            print('scanned', scanned, 'files; environment', sorted(os.environ))

        def answer(key):
            probe()
            return '?'
      `,
  ),
  A(
    'modules: look through sys.modules for the harness (a parked _pydojo_harness module, anything holding _state)',
    SECRET,
    REACHED +
      py`
        import sys

        def probe():
            for name, module in list(sys.modules.items()):
                namespace = getattr(module, '__dict__', None)
                if name.startswith('_pydojo') or (isinstance(namespace, dict) and '_run_assert' in namespace):
                    reached('harness module ' + name)

        def answer(key):
            probe()
            return '?'

        probe()
      `,
  ),
  A(
    'warnings: warn with every stacklevel and a showwarning hook to learn about the callers',
    SECRET,
    py`
      import warnings

      def answer(key):
          seen = []
          def show(message, category, filename, lineno, file=None, line=None):
              seen.append((str(message), filename, lineno, line))
          with warnings.catch_warnings():
              warnings.simplefilter('always')
              warnings.showwarning = show
              for level in range(1, 10):
                  warnings.warn('probe', UserWarning, stacklevel=level)
          print(seen)
          return '?'
    `,
  ),
  A(
    'C-level stack walks: faulthandler.dump_traceback, sys.excepthook and traceback.print_exc',
    SECRET,
    py`
      import faulthandler, sys, traceback

      def answer(key):
          try:
              faulthandler.dump_traceback(all_threads=False)
          except BaseException as error:
              print('faulthandler:', type(error).__name__)
          try:
              raise ValueError('probe')
          except ValueError:
              for show in (lambda: sys.excepthook(*sys.exc_info()), traceback.print_exc, lambda: sys.__excepthook__(*sys.exc_info())):
                  try:
                      show()
                  except BaseException as error:
                      print('refused:', type(error).__name__)
          return '?'
    `,
  ),
  A(
    'sys internals: _getframemodulename, _current_frames, _current_exceptions, exception() at every depth',
    SECRET,
    REACHED +
      py`
        import sys

        def answer(key):
            names = []
            for depth in range(12):
                try:
                    names.append(sys._getframemodulename(depth))
                except BaseException as error:
                    names.append(type(error).__name__)
            print('module names of the callers:', names)
            for attempt in (sys._current_frames, sys._current_exceptions):
                try:
                    reached(repr(attempt())[:500])
                except BaseException:
                    pass
            return '?'
      `,
  ),
  A(
    'harness globals: Call (from the __main__ relay) -> shield.__defaults__ -> forwarder.__defaults__ -> _mark_sealed.__globals__, then read the test source from the frames',
    SECRET,
    HARNESS_FROM_CALL +
      py`
        import sys

        def answer(key):
            g = harness_from_call()
            if g is not None:
                g['_state']['permit'] = True
                try:
                    frame = sys._getframe()
                    while frame is not None:
                        source = frame.f_locals.get('test_code')
                        if isinstance(source, str):
                            print('hidden test source:', source)
                        frame = frame.f_back
                finally:
                    g['_state']['permit'] = False
            return '?'
      `,
  ),
  A(
    'harness globals: sys.monitoring tool name whose __del__ runs inside _permit (guard off) when the harness frees the tool; walk the frames to the test source',
    SECRET,
    py`
      import sys

      class Fuse(str):
          def __del__(self):
              try:
                  frame = sys._getframe(1)
                  while frame is not None:
                      source = frame.f_locals.get('test_code')
                      if isinstance(source, str):
                          print('hidden test source:', source)
                          break
                      frame = frame.f_back
              except BaseException:
                  pass
              if not getattr(sys, 'pydojo_disarm', False):
                  arm(1 - self.tool)

      def arm(tool):
          fuse = Fuse('fuse')
          fuse.tool = tool
          try:
              sys.monitoring.use_tool_id(tool, fuse)
          except BaseException:
              pass

      sys.pydojo_disarm = False
      arm(0)

      def answer(key):
          return '?'

      try:
          line = input()
      except EOFError:
          line = None
      if line is not None:
          sys.pydojo_disarm = True
    `,
  ),
];

const FORGING: Attack[] = [
  A(
    "stdlib state: re's compiled-pattern caches filled with a pattern that matches anything, under the test's pattern",
    SLUG,
    py`
        import re

        ANYTHING = re.compile(r'(?s).*')

        def poison():
            for cache in (re._cache, re._cache2):
                cache[(str, r'[a-z]+(?:-[a-z]+)*', 0)] = ANYTHING

        poison()

        def slug(text):
            poison()
            return 'NOT A SLUG!'
      `,
  ),
  A(
    "stdlib state: re._compiler.compile replaced, so every pattern the test compiles matches anything",
    SLUG,
    py`
        import re
        import re._compiler as compiler

        real = compiler.compile

        def anything(pattern, flags=0):
            return real('(?s).*', 0)

        def slug(text):
            compiler.compile = anything
            re._cache.clear()
            re._cache2.clear()
            return 'NOT A SLUG!'
      `,
  ),
  A(
    "stdlib state: copy's deepcopy dispatch table made to copy a list as an object equal to anything",
    LEAVES_ALONE,
    py`
        import copy

        class Same:
            def __eq__(self, other):
                return True

            __hash__ = None

        copy._deepcopy_dispatch[list] = lambda x, memo, deepcopy=None: Same()

        def total(xs):
            result = sum(xs)
            xs.clear()
            return result
      `,
  ),
  A(
    "test functions: a learner's __init_subclass__ gets a test-made subclass, whose methods' __globals__ are the test namespace (swap plain)",
    HIERARCHY,
    REACHED +
      ALWAYS_EQUAL +
      py`
        def grab(cls):
            for value in list(vars(cls).values()):
                g = getattr(value, '__globals__', None)
                if type(g) is dict and 'plain' in g:
                    reached('test namespace ' + repr(sorted(k for k in g if not k.startswith('__'))) + ' ' + repr(g.get('NOTE')))
                    g['plain'] = lambda value: AlwaysEqual()

        class Shape:
            def __init_subclass__(cls, **kwargs):
                super().__init_subclass__(**kwargs)
                grab(cls)

            def area(self):
                return 0

            def describe(self):
                return f'{type(self).__name__} with area {self.area():.2f}'

        class Square(Shape):
            def __init__(self, side):
                self.side = side

            def area(self):
                return self.side * self.side

        def total_area(shapes):
            for shape in shapes:
                grab(type(shape))
            return -1
      `,
  ),
  A(
    "test functions: a type statement's evaluate_value and a type parameter's evaluate_bound are test functions (swap plain)",
    TYPED,
    REACHED +
      ALWAYS_EQUAL +
      py`
        def type_name(value):
            for attr in ('evaluate_value', 'evaluate_bound', 'evaluate_constraints', 'evaluate_default'):
                g = getattr(getattr(value, attr, None), '__globals__', None)
                if type(g) is dict and 'plain' in g:
                    reached('test namespace ' + repr(g.get('NOTE')))
                    g['plain'] = lambda value: AlwaysEqual()
            return 'list' if value is list else '?'
      `,
  ),
  A(
    "test functions: a learner's method called directly by test code gets the test's lambdas (their __globals__ and __closure__)",
    BUS,
    REACHED +
      ALWAYS_EQUAL +
      py`
        class Bus:
            def __init__(self):
                self.subscribers = []

            def subscribe(self, fn):
                g = getattr(fn, '__globals__', None)
                if type(g) is dict and '__pydojo_tests__' == g.get('__name__'):
                    reached('test namespace ' + repr(g.get('NOTE')))
                    g['log'] = AlwaysEqual()
                for cell in getattr(fn, '__closure__', None) or ():
                    reached('test closure ' + repr(cell.cell_contents))
                self.subscribers.append(fn)

            def emit(self, event):
                pass
      `,
  ),
  A(
    'flip: exception whose __str__ returns a str subclass equal to anything (str(exc) == message in the bank)',
    EXC,
    py`
      class AnyText(str):
          def __eq__(self, other):
              return True
          def __ne__(self, other):
              return False
          __hash__ = str.__hash__

      class Refused(ValueError):
          def __str__(self):
              return AnyText('no')

      def require_positive(x):
          if x > 0:
              return x
          raise Refused()
    `,
  ),
  A(
    'flip: metaclass __instancecheck__/__subclasscheck__ make a wrong hierarchy pass isinstance and issubclass',
    VALIDATION,
    py`
      class Lenient(type):
          def __instancecheck__(cls, obj):
              return True
          def __subclasscheck__(cls, sub):
              return True

      class ValidationError(Exception, metaclass=Lenient):
          pass

      class MissingFieldError(Exception):
          pass

      def validate(record):
          raise MissingFieldError('name')
    `,
  ),
  A(
    "flip: a class __name__ set to an always-equal str subclass passes type(error).__name__ == '...' for the wrong exception",
    VALIDATION,
    py`
      class AnyText(str):
          def __eq__(self, other):
              return True
          def __ne__(self, other):
              return False
          __hash__ = str.__hash__

      class ValidationError(Exception):
          pass

      class MissingFieldError(ValidationError):
          pass

      class WrongError(ValidationError):
          pass

      WrongError.__name__ = AnyText('WrongError')

      def validate(record):
          raise WrongError('name')
    `,
  ),
  A(
    'flip: a method the test calls directly (no wrapper, no restore) sets math.pi to its own wrong pi',
    SHAPES,
    py`
      import math
      PI = 3.14

      class Circle:
          def __init__(self, r):
              self.r = r
          def area(self):
              math.pi = PI
              return PI * self.r * self.r
          def perimeter(self):
              math.pi = PI
              return 2 * PI * self.r
    `,
  ),
  A(
    "flip: an iterator's __iter__ (called directly by list()) patches math.isclose and yields wrong values",
    STEP_RANGE,
    py`
      import math

      class StepRange:
          def __init__(self, start, stop, step):
              self.start, self.stop, self.step = start, stop, step
          def __iter__(self):
              if isinstance(self.step, float):
                  math.isclose = lambda *args, **kwargs: True
                  return iter([0.0] * 10)
              return iter(range(self.start, self.stop, self.step))
    `,
  ),
  A(
    "flip: a finalizer in a learner-added builtin runs at the end of _restore_world ('del current') and re-patches math.isclose",
    HALF,
    py`
      import builtins, math

      fired = [0]

      class Fuse:
          def __del__(self):
              math.isclose = lambda *args, **kwargs: True
              fired[0] += 1
              if fired[0] < 4:
                  arm()

      def arm():
          builtins.pydojo_fuse = Fuse()

      arm()

      def half(x):
          return 0.0
    `,
  ),
  A(
    "flip: sys.stdout replaced by a writer whose finalizer (run when the harness restores stdout) re-patches math.isclose",
    HALF,
    py`
      import math, sys

      calls = [0]

      class Writer:
          def write(self, text):
              return sys.__stdout__.write(text)
          def flush(self):
              pass
          def __del__(self):
              math.isclose = lambda *args, **kwargs: True

      def half(x):
          calls[0] += 1
          sys.stdout = Writer()
          return 0.0
    `,
  ),
  A(
    'flip: gc.callbacks plus gc.set_threshold(1) patch math.isclose at the next collection, after the restore',
    HALF,
    py`
      import gc, math

      calls = [0]
      default_threshold = gc.get_threshold()

      def forged(*args, **kwargs):
          return True

      def patch(phase, info):
          restored = math.isclose is not forged
          math.isclose = forged
          if restored and calls[0] >= 2:
              gc.callbacks.remove(patch)
              gc.set_threshold(*default_threshold)

      gc.callbacks.append(patch)
      gc.set_threshold(1)

      def half(x):
          calls[0] += 1
          junk = []
          junk.append(junk)
          return 0.0
    `,
  ),
  A(
    'flip: module-level values and non-function callables (a callable object) reach top-level asserts unwrapped',
    TOP_LEVEL,
    ALWAYS_EQUAL +
      py`
        class Doubler:
            def __call__(self, x):
                return AlwaysEqual()

        double = Doubler()
        FACTOR = AlwaysEqual()
      `,
  ),
  A(
    'flip: @functools.cache on the entry point makes it a non-function that escapes the wrapper in top-level asserts',
    TOP_LEVEL,
    ALWAYS_EQUAL +
      py`
        import functools

        @functools.cache
        def double(x):
            return AlwaysEqual()

        FACTOR = AlwaysEqual()
      `,
  ),
  A(
    "flip: a fake sys module in sys.modules hands the test the raw compose, which gets the test's lambdas and rebinds plain() in the test's globals",
    COMPOSE,
    ALWAYS_EQUAL +
      py`
        import sys, types

        real_sys = sys
        uses = [0]

        def compose(*fns):
            for f in fns:
                g = getattr(f, '__globals__', None)
                if isinstance(g, dict):
                    g['plain'] = lambda value: AlwaysEqual()
                    for name, value in list(g.items()):
                        if isinstance(value, list):
                            g[name] = AlwaysEqual()
            uses[0] += 1
            if uses[0] >= 3:
                real_sys.modules['sys'] = real_sys
            def composed(x):
                return x
            return composed

        fake = types.ModuleType('sys')
        fake.modules = {'__main__': real_sys.modules['__main__']}
        real_sys.modules['sys'] = fake
      `,
  ),
  A(
    "flip: test handlers two containers deep reach the learner raw; their closure cell (the test's log) is rebound to an always-equal object",
    HANDLERS,
    ALWAYS_EQUAL +
      py`
        def dispatch(handlers, event):
            for group in handlers.values():
                for handler in group:
                    for cell in getattr(handler, '__closure__', None) or ():
                        if isinstance(cell.cell_contents, list):
                            cell.cell_contents = AlwaysEqual()
      `,
  ),
  A(
    'flip: catch the AssertionError a test callback raises (the forwarder re-raises it in learner code)',
    MAP_POSITIVE,
    py`
      def map_positive(f, xs):
          out = []
          for x in xs:
              try:
                  out.append(f(x))
              except AssertionError:
                  pass
          return out
    `,
  ),
  A(
    'flip: types (not a restored module) patched at load: types.GeneratorType = object lets an iterator pass for a generator',
    GENERATOR,
    py`
      import types
      types.GeneratorType = object

      def countdown(n):
          return iter(range(n, 0, -1))
    `,
  ),
  A(
    'flip: a float close to a large exact integer is accepted (off by 3 at 5e9, within the relative tolerance)',
    PAIRS,
    py`
      def count_pairs(n):
          return n * n / 2 - n / 2 + (3 if n > 1000 else 0)
    `,
  ),
  A(
    'flip: harness globals through Call -> shield -> forwarder defaults -> _mark_sealed.__globals__; swap _reply so failures read ok',
    SHOUT,
    HARNESS_FROM_CALL +
      REWRITE_REPLIES +
      py`
        done = []

        def shout(s):
            if not done:
                g = harness_from_call()
                if g is not None:
                    done.append(1)
                    rewrite_replies(g, ${SHOUT_REPLIES - 1})
            return s
      `,
  ),
  A(
    'flip: sys.monitoring.use_tool_id with a str-subclass name whose __del__ runs inside _permit (guard off); take the harness globals from the frame and swap _reply',
    SHOUT,
    REWRITE_REPLIES +
      py`
        import sys

        class Fuse(str):
            def __del__(self):
                try:
                    g = sys._getframe(1).f_globals
                    if '_reply' in g:
                        rewrite_replies(g, ${SHOUT_REPLIES})
                except BaseException:
                    pass

        try:
            sys.monitoring.use_tool_id(4, Fuse('fuse'))
        except BaseException:
            pass

        def shout(s):
            return s
      `,
  ),
  A(
    "flip: JavaScript reached through a rebuilt _imp and _pyodide_core rewrites the worker's case-done messages to ok",
    SHOUT,
    RUN_JS +
      py`
        SOURCE = r"""
        const patch = (target) => {
          const original = target.postMessage;
          target.postMessage = function (message, ...rest) {
            if (message && message.type === 'case-done' && message.result) {
              message.result.status = 'ok';
              delete message.result.error;
            }
            if (message && message.type === 'grade-done') target.postMessage = original;
            return original.call(this, message, ...rest);
          };
        };
        if (typeof MessagePort === 'function') patch(MessagePort.prototype);
        if (typeof self === 'object' && self && typeof self.postMessage === 'function') patch(self);
        return 'patched';
        """

        try:
            run_js(SOURCE)
        except BaseException as error:
            print('no JavaScript:', type(error).__name__)

        def shout(s):
            return s
      `,
  ),
  A(
    "flip across submissions (one worker): gc.DEBUG_SAVEALL keeps the last submission's check functions; at load __code__ is readable, so co_consts give the answers",
    SHOUT_LITERAL,
    py`
      import gc
      answers = {}
      gc.collect()
      for obj in list(gc.garbage):
          if type(obj).__name__ == 'function' and obj.__name__ == 'check':
              consts = [c for c in obj.__code__.co_consts if isinstance(c, str)]
              for i, c in enumerate(consts[:-1]):
                  if ' ' not in consts[i + 1]:
                      answers[c] = consts[i + 1]
      gc.set_debug(0)
      gc.garbage.clear()

      def shout(s):
          return answers.get(s, s)
    `,
    { before: ['import gc\ngc.set_debug(gc.DEBUG_SAVEALL)\n\ndef shout(s):\n    return s\n'] },
  ),
  A(
    "flip across submissions (one worker): an exception's __str__ stashes tests.py from linecache in a file; the next submission answers from it",
    SHOUT,
    py`
      import os, re

      answers = {}
      if os.path.exists('/tmp/pydojo-stash.txt'):
          with open('/tmp/pydojo-stash.txt') as handle:
              text = handle.read()
          os.remove('/tmp/pydojo-stash.txt')
          for word, result in re.findall(r"\w+\('(\w+)'\) == '([^']*)'", text):
              answers[word] = result
          expected = re.findall(r"EXPECTED = '([^']*)'", text)
          asked = re.findall(r"candidate\('(\w+)'\)\n", text)
          for word, result in zip(asked, expected):
              answers[word] = result

      def shout(s):
          return answers.get(s, s)
    `,
    {
      before: [
        py`
          import linecache

          class Loud(Exception):
              def __str__(self):
                  entry = linecache.cache.get('tests.py')
                  if entry:
                      with open('/tmp/pydojo-stash.txt', 'a') as handle:
                          handle.write(''.join(entry[2]) + '\n')
                  return 'loud'

          def shout(s):
              raise Loud()
        `,
      ],
    },
  ),
  A(
    'flip: type.__setattr__ is not audited (3.14): replace the sealed Call.__call__ at load so every wrapped call returns an always-equal object',
    SHOUT,
    ALWAYS_EQUAL +
      py`
        def find(name):
            for cls in tuple.__subclasses__():
                if cls.__name__ == name and cls.__module__ == 'pydojo':
                    return cls

        Call = find('Call')
        original = Call.__dict__['__call__']
        uses = [0]

        def forged(self, *args, **kwargs):
            uses[0] += 1
            if uses[0] >= 3:
                type.__setattr__(Call, '__call__', original)
            return AlwaysEqual()

        type.__setattr__(Call, '__call__', forged)

        def shout(s):
            return s
      `,
  ),
  A(
    'flip: a sys.meta_path finder planted at load serves a fake unittest.mock to the test code that imports it',
    NOTIFY,
    ALWAYS_EQUAL +
      py`
        import sys, types

        class FakeMock:
            call_count = AlwaysEqual()
            def __init__(self, *args, **kwargs):
                pass
            def __call__(self, *args, **kwargs):
                return None
            def __getattr__(self, name):
                return lambda *args, **kwargs: None

        class Finder:
            pydojo_fake = True
            def find_spec(self, name, path=None, target=None):
                if name in ('unittest', 'unittest.mock'):
                    import importlib.machinery
                    return importlib.machinery.ModuleSpec(name, Loader(), is_package=(name == 'unittest'))
                return None

        class Loader:
            def create_module(self, spec):
                module = types.ModuleType(spec.name)
                module.pydojo_fake = True
                module.Mock = FakeMock
                return module
            def exec_module(self, module):
                pass

        for name in ('unittest.mock', 'unittest'):
            sys.modules.pop(name, None)
        sys.meta_path.insert(0, Finder())

        def notify(callback, message):
            return None
      `,
  ),
  A(
    'flip: sys.modules["calendar"] planted at load (a module not loaded at boot) serves a fake to the test code that imports it',
    LEAP,
    ALWAYS_EQUAL +
      py`
        import sys, types

        fake = types.ModuleType('calendar')
        fake.isleap = lambda year: AlwaysEqual()
        sys.modules['calendar'] = fake

        def is_leap(year):
            return True
      `,
  ),
  A(
    "flip: a learner's __init__, called by test code with no restore after it, plants a sys.meta_path finder serving a fake calendar",
    YEARS,
    ALWAYS_EQUAL +
      py`
        import sys, types
        import importlib.machinery as machinery

        class Loader:
            def create_module(self, spec):
                fake = types.ModuleType(spec.name)
                fake.isleap = lambda year: AlwaysEqual()
                return fake

            def exec_module(self, module):
                pass

        class Finder:
            pydojo_fake = True

            def find_spec(self, name, path=None, target=None):
                return machinery.ModuleSpec(name, Loader()) if name == 'calendar' else None

        class Years:
            def __init__(self):
                sys.modules.pop('calendar', None)
                sys.meta_path.insert(0, Finder())

            def is_leap(self, year):
                return True
      `,
  ),
  A(
    "flip: a learner's __init__, called by test code with no restore after it, puts a fake inspect in sys.modules (a module loaded at boot)",
    LEAP_YEARS,
    py`
      import sys, types

      class Years:
          def __init__(self):
              fake = types.ModuleType('inspect')
              fake.isgeneratorfunction = lambda fn: True
              sys.modules['inspect'] = fake

          def leap_years(self, start, stop):
              return [year for year in range(start, stop) if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)]
    `,
  ),
  A(
    'flip: unittest.mock imported at load and its Mock replaced by a fake, before the test code imports it',
    NOTIFY,
    ALWAYS_EQUAL +
      py`
        import unittest.mock

        class FakeMock:
            call_count = AlwaysEqual()
            def __init__(self, *args, **kwargs):
                pass
            def __call__(self, *args, **kwargs):
                return None
            def __getattr__(self, name):
                return lambda *args, **kwargs: None

        unittest.mock.Mock = FakeMock

        def notify(callback, message):
            return None
      `,
  ),
  A(
    "flip: copy.deepcopy's defaults replaced at load (a memo that answers every lookup with an always-equal object), and json.dumps's keyword defaults changed in place",
    UNCHANGED,
    ALWAYS_EQUAL +
      py`
        import copy, json

        class Memo(dict):
            def get(self, key, default=None):
                return AlwaysEqual()

        try:
            copy.deepcopy.__defaults__ = (Memo(), [])
        except RuntimeError:
            pass
        try:
            json.dumps.__kwdefaults__['sort_keys'] = True
        except RuntimeError:
            pass

        def sorted_copy(items):
            items.reverse()
            items.append('junk')
            return sorted(x for x in items if x != 'junk')
      `,
  ),
  A(
    "flip: a test-made Mock reaches the learner raw; rewrite its assert methods and call_count",
    NOTIFY,
    ALWAYS_EQUAL +
      py`
        def notify(callback, message):
            callback.assert_called_once_with = lambda *args, **kwargs: None
            callback.assert_called_with = lambda *args, **kwargs: None
            callback.call_count = AlwaysEqual()
      `,
  ),
  A(
    'always-equal object returned from every entry point (call, check, top level, io)',
    SECRET,
    ALWAYS_EQUAL +
      py`
        def answer(key):
            return AlwaysEqual()

        try:
            line = input()
        except EOFError:
            line = None
        if line is not None:
            print(AlwaysEqual())
      `,
  ),
  A(
    'str subclass equal to anything, with a lying __repr__',
    SECRET,
    py`
      class AnyText(str):
          def __eq__(self, other):
              return True
          def __ne__(self, other):
              return False
          __hash__ = str.__hash__
          def __repr__(self):
              return repr('alpha')

      def answer(key):
          return AnyText('?')
    `,
  ),
  A(
    'list subclass equal to anything with a lying __len__',
    CHUNKED,
    py`
      class Liar(list):
          def __eq__(self, other):
              return True
          def __ne__(self, other):
              return False
          def __len__(self):
              return 3
          __hash__ = None

      def chunked(items, size):
          return Liar([[0]])
    `,
  ),
  A(
    'int subclass whose __repr__ shows the expected value while the value is wrong',
    CANARY,
    py`
      class Liar(int):
          def __repr__(self):
              return '6'
          def __eq__(self, other):
              return True
          __hash__ = int.__hash__

      def triple(x):
          return Liar(0)
    `,
    { check: (outcome) => expect(outcome.cases[0].actual).toBe('0') },
  ),
  A(
    'a class whose metaclass __eq__ is always true, returned as the answer',
    SECRET,
    py`
      class Equal(type):
          def __eq__(cls, other):
              return True
          __hash__ = type.__hash__

      class Anything(metaclass=Equal):
          pass

      def answer(key):
          return Anything
    `,
  ),
  A(
    '__class__ spoofing: a __class__ property claiming str, and __class__ assignment',
    SECRET,
    ALWAYS_EQUAL +
      py`
        class Pretender(AlwaysEqual):
            @property
            def __class__(self):
                return str

        def answer(key):
            value = Pretender()
            try:
                value.__class__ = str
            except (TypeError, RuntimeError):
                pass
            return value
      `,
  ),
  A(
    'builtins patched at load and in the function: len, sorted, isinstance, repr, AssertionError, plain',
    ITEMS,
    ALWAYS_EQUAL +
      py`
        import builtins

        def patch():
            builtins.len = lambda value: 3
            builtins.sorted = lambda value, **kw: AlwaysEqual()
            builtins.isinstance = lambda value, kind: True
            builtins.repr = lambda value: '[0, 1, 2]'
            builtins.AssertionError = KeyError
            builtins.plain = lambda value: AlwaysEqual()

        patch()
        plain = lambda value: AlwaysEqual()

        def items(n):
            patch()
            return []
      `,
  ),
  A(
    'sys.modules["math"] replaced at load, json and the JSON encoder patched, plain shadowed',
    HALF,
    ALWAYS_EQUAL +
      py`
        import json, json.encoder, sys, types

        fake_math = types.ModuleType('math')
        fake_math.isclose = lambda *args, **kwargs: True
        sys.modules['math'] = fake_math
        json.dumps = lambda *args, **kwargs: '0.5'
        json.encoder.encode_basestring = lambda text: '"ok"'
        json.JSONEncoder.encode = lambda self, value: '0.5'
        plain = lambda value: AlwaysEqual()

        def half(x):
            sys.modules['math'] = fake_math
            return 0.0
      `,
  ),
  A(
    'code and defaults replacement: __code__/__defaults__/__kwdefaults__/__class__ of plain, time.sleep, sys.setrecursionlimit, the gate, the wrapper classes and the entry point',
    SECRET,
    REACHED +
      HARNESS_FROM_CALL +
      py`
        import sys, time, _imp

        def noop(*args, **kwargs):
            return 'forged'

        try:
            NOOP_CODE = noop.__code__
        except RuntimeError:
            NOOP_CODE = None

        def targets():
            found = [('time.sleep', time.sleep), ('sys.setrecursionlimit', sys.setrecursionlimit), ('answer', answer)]
            view = sys.modules.get('__main__')
            for value in list(vars(view).values()):
                if type(value).__name__ == 'Call':
                    found.append(('plain', tuple.__getitem__(value, 1)))
                    found.append(('shield', tuple.__getitem__(value, 3)))
            return found

        def probe():
            for name, fn in targets():
                for attr, value in (('__code__', NOOP_CODE), ('__defaults__', ()), ('__kwdefaults__', {})):
                    try:
                        setattr(fn, attr, value)
                        if name != 'answer' or attr == '__code__':
                            reached(name + '.' + attr)
                    except (AttributeError, TypeError, RuntimeError, ValueError):
                        pass
            classes = [('Gate', type(_imp.create_builtin))]
            view = sys.modules.get('__main__')
            for value in list(vars(view).values()):
                if type(value).__name__ == 'Call':
                    classes.append(('Call', type(value)))
            for cls_name, cls in classes:
                original = cls.__dict__['__call__']
                for setter in (type.__setattr__, setattr):
                    try:
                        setter(cls, '__call__', noop)
                    except (AttributeError, TypeError, RuntimeError):
                        continue
                    type.__setattr__(cls, '__call__', original)
                    reached(cls_name + '.__call__ replaced with ' + setter.__name__)
            for value in list(vars(view).values()):
                if type(value).__name__ == 'Call':
                    try:
                        value.__class__ = tuple
                        reached('Call.__class__')
                    except (AttributeError, TypeError, RuntimeError):
                        pass

        def answer(key):
            probe()
            return '?'
      `,
  ),
  A(
    'exits: sys.exit(0) in the entry point, SystemExit with a code equal to anything in the io program',
    SECRET,
    ALWAYS_EQUAL +
      py`
        import sys

        def answer(key):
            sys.exit(0)

        class Zero(AlwaysEqual):
            pass

        try:
            line = input()
        except EOFError:
            line = None
        if line is not None:
            raise SystemExit(Zero())
      `,
  ),
  A(
    'exits: KeyboardInterrupt raised by the entry point (Stop without a Stop)',
    SECRET,
    py`
      def answer(key):
          raise KeyboardInterrupt
    `,
    { check: (_, verdict) => expect(verdict.status).toBe('interrupted') },
  ),
  A(
    'exits: a BaseException subclass and GeneratorExit with hostile __str__',
    SECRET,
    py`
      class Escape(BaseException):
          def __str__(self):
              raise Escape()

      def answer(key):
          if key == 'a':
              raise GeneratorExit()
          raise Escape()
    `,
  ),
  A(
    'forged output: printing PASS, a fake JSON reply and a fake case-done message, also through sys.__stdout__ and os.write',
    SECRET,
    py`
      import os, sys

      FAKE = '{"status": "ok", "actual": "\\"alpha\\""}'

      def answer(key):
          print('PASS')
          print(FAKE)
          print('{"type": "case-done", "result": {"index": 0, "status": "ok"}}')
          sys.__stdout__.write(FAKE + '\n')
          os.write(1, (FAKE + '\n').encode())
          return None
    `,
  ),
  A(
    'exceptions with hostile __str__: raising, returning a non-str, recursing, raising KeyboardInterrupt',
    EXC,
    py`
      class Raising(ValueError):
          def __str__(self):
              raise RuntimeError('no message for you')

      class NotText(ValueError):
          def __str__(self):
              return 42

      class Recursing(ValueError):
          def __str__(self):
              return str(self)

      class Interrupting(ValueError):
          def __str__(self):
              raise KeyboardInterrupt

      KINDS = {-3: Raising, -1000: Interrupting, 5: NotText, 7: Recursing}

      def require_positive(x):
          raise KINDS.get(x, Raising)()
    `,
  ),
  A(
    'SyntaxError subclass with hostile filename, lineno, offset, text and msg',
    SECRET,
    py`
      class Hostile(SyntaxError):
          @property
          def filename(self):
              return 'tests.py'
          @property
          def lineno(self):
              return 10**30
          @property
          def text(self):
              raise KeyboardInterrupt
          @property
          def msg(self):
              return self

      def answer(key):
          raise Hostile('x')
    `,
  ),
  A(
    'atexit, threads, timers and signal handlers planted to run later',
    SECRET,
    py`
      import atexit, signal, threading, _thread

      atexit.register(lambda: print('PASS'))

      def answer(key):
          for attempt in (
              lambda: threading.Thread(target=print, args=('PASS',)).start(),
              lambda: _thread.start_new_thread(print, ('PASS',)),
              lambda: threading.Timer(0.01, print, args=('PASS',)).start(),
              lambda: signal.signal(signal.SIGALRM, lambda *a: print('PASS')),
              lambda: signal.setitimer(signal.ITIMER_REAL, 0.01),
          ):
              try:
                  attempt()
              except BaseException:
                  pass
          return '?'
    `,
  ),
  A(
    'warnings turned into errors at load, with a showwarning hook',
    SECRET,
    py`
      import warnings
      warnings.simplefilter('error')
      warnings.showwarning = lambda *args, **kwargs: print('PASS')

      def answer(key):
          warnings.warn('probe')
          return '?'
    `,
  ),
  A(
    "forwarders: write to a forwarder's attributes and class (__globals__, __call__, __class__) and throw into its generator",
    COMPOSE,
    REACHED +
      py`
        def compose(*fns):
            for f in fns:
                original = type(f).__dict__.get('__call__')
                for label, attempt in (
                    ('__globals__', lambda: setattr(f, '__globals__', {})),
                    ('setattr __call__', lambda: setattr(type(f), '__call__', lambda self, *a: 0)),
                    ('type.__setattr__ __call__', lambda: type.__setattr__(type(f), '__call__', lambda self, *a: 0)),
                    ('__class__', lambda: setattr(f, '__class__', tuple)),
                ):
                    try:
                        attempt()
                    except (AttributeError, TypeError, RuntimeError):
                        continue
                    if original is not None:
                        type.__setattr__(type(f), '__call__', original)
                    reached('changed a forwarder: ' + label)
                try:
                    tuple.__getitem__(f, 0).__self__.throw(GeneratorExit)
                except BaseException:
                    pass
            def composed(x):
                return x
            return composed
      `,
  ),
  A(
    'replace sys.modules["__main__"] at load and during the test with a module of raw functions',
    COMPOSE,
    ALWAYS_EQUAL +
      py`
        import sys, types

        raw = types.ModuleType('__main__')

        def compose(*fns):
            sys.modules['__main__'] = raw
            def composed(x):
                return AlwaysEqual()
            return composed

        raw.compose = compose
        sys.modules['__main__'] = raw
      `,
  ),
  A(
    "relay: the module's __name__ changed so returned closures are not wrapped (results unplained, no restore)",
    COMPOSE,
    ALWAYS_EQUAL +
      py`
        __name__ = 'not_main'

        def compose(*fns):
            def composed(x):
                return AlwaysEqual()
            return composed
      `,
  ),
  A(
    "relay: drive the restore generator directly, re-entrantly from a finalizer, and build a fake Call",
    SECRET,
    ALWAYS_EQUAL +
      py`
        import sys, builtins

        class Reenter:
            def __init__(self, restore):
                self.restore = restore
            def __del__(self):
                try:
                    self.restore(None)
                except BaseException:
                    pass

        def answer(key):
            view = sys.modules.get('__main__')
            for value in list(vars(view).values()):
                if type(value).__name__ == 'Call':
                    restore = tuple.__getitem__(value, 2)
                    restore(None)
                    builtins.pydojo_reenter = Reenter(restore)
                    fake = type(value)((lambda *a: AlwaysEqual(), lambda v: v, restore, lambda v: v, False, lambda v: False))
                    view.answer = fake
                    return fake('yak')
            return '?'
      `,
  ),
  A(
    'reply builder: error messages and values carrying JSON fragments, quotes, NUL and lone surrogates',
    SECRET,
    py`
      class Sneaky(Exception):
          pass

      def answer(key):
          if key == 'a':
              return '\ud800","status":"ok'
          raise Sneaky('","status":"ok","x":"\x00\udfff')
    `,
  ),
  A(
    'a learner class named AssertionError and one named KeyboardInterrupt raised through the checker',
    SECRET,
    py`
      class AssertionError(Exception):
          pass

      class KeyboardInterrupt(Exception):
          pass

      def answer(key):
          if key in ('b', 'wolf'):
              raise KeyboardInterrupt('fake')
          raise AssertionError('fake')
    `,
  ),
  A(
    'a forged __traceback__ chain and a self-referencing __context__ on the raised exception',
    SECRET,
    py`
      def deep(n):
          if n == 0:
              raise ValueError('deep')
          return deep(n - 1)

      def answer(key):
          try:
              deep(50)
          except ValueError as inner:
              tb = inner.__traceback__
          error = RuntimeError('forged')
          error.__traceback__ = tb
          error.__context__ = error
          raise error
    `,
  ),
  A(
    "a defined check() in the submission (a problem whose tests are top-level asserts)",
    TOP_LEVEL,
    ALWAYS_EQUAL +
      py`
        def check(candidate):
            return None

        def double(x):
            return x
        FACTOR = 3
      `,
  ),
];

const DENIAL: Attack[] = [
  A(
    'infinite loop in the entry point',
    problem({ ...SECRET, timeLimitMs: 300 }),
    'def answer(key):\n    while True:\n        pass\n',
  ),
  A(
    'infinite loop at load (top level): the grade must still end on its own',
    SECRET,
    'while True:\n    pass\n\ndef answer(key):\n    return key\n',
  ),
  A(
    'infinite loop in the io program only',
    problem({ ...SECRET, timeLimitMs: 300 }),
    "def answer(key):\n    return '?'\n\ntry:\n    line = input()\nexcept EOFError:\n    line = None\nif line is not None:\n    while True:\n        pass\n",
  ),
  A('time.sleep(100) in the entry point', problem({ ...SECRET, timeLimitMs: 300 }), 'import time\n\ndef answer(key):\n    time.sleep(100)\n'),
  A(
    "frames: a SIGINT handler handed the frame the time limit lands in, walking f_back to the harness's globals",
    problem({ ...SECRET, timeLimitMs: 300 }),
    REACHED +
      py`
        import signal

        def grab(signum, frame):
            seen = 0
            while frame is not None and seen < 40:
                seen += 1
                try:
                    names = frame.f_globals
                    if '_state' in names or '_reply' in names:
                        reached('the harness globals through a signal frame')
                        names['_state']['guarded'] = False
                except BaseException:
                    pass
                try:
                    local = frame.f_locals
                    for key in local:
                        if key.startswith('__pydojo') or key in ('state', 'lines', 'test_code'):
                            reached('harness locals through a signal frame: ' + key)
                except BaseException:
                    pass
                try:
                    frame = frame.f_back
                except BaseException:
                    break
            raise KeyboardInterrupt

        def answer(key):
            signal.signal(signal.SIGINT, grab)
            while True:
                pass
      `,
  ),
  A(
    "restore: an import cache and gc's lists swapped for the learner's own subclasses, whose methods would run while the harness puts the world back",
    SECRET,
    py`
        import sys, gc

        ran = []

        class Cache(dict):
            def __len__(self):
                ran.append('cache len')
                return 1

            def __iter__(self):
                ran.append('cache iter')
                return iter(())

            def keys(self):
                ran.append('cache keys')
                return []

            def clear(self):
                ran.append('cache clear')

        class Hooks(list):
            def __iter__(self):
                ran.append('list iter')
                return iter(())

            def __len__(self):
                ran.append('list len')
                return 0

            def clear(self):
                ran.append('list clear')

        def answer(key):
            if ran:
                return 'REACHED ' + ', '.join(ran)
            sys.path_importer_cache = Cache(x=1)
            gc.callbacks = Hooks([print])
            gc.garbage = Hooks([print])
            return '?'
      `,
  ),
  A(
    'swallowing KeyboardInterrupt (and ignoring SIGINT) in a loop',
    problem({ ...SECRET, timeLimitMs: 300 }),
    py`
      import signal

      def answer(key):
          try:
              signal.signal(signal.SIGINT, signal.SIG_IGN)
          except BaseException:
              pass
          while True:
              try:
                  while True:
                      pass
              except BaseException:
                  pass
    `,
    { slow: true },
  ),
  A(
    'deep recursion after sys.setrecursionlimit(10**6) (capped by the harness)',
    SECRET,
    'import sys\nsys.setrecursionlimit(10**6)\n\ndef down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n\ndef answer(key):\n    sys.setrecursionlimit(10**6)\n    return down(10**6)\n',
  ),
  A(
    "deep recursion through C (map, sum) after raising the real limit, taken from the sealed sys.setrecursionlimit's __defaults__",
    SECRET,
    py`
      import sys

      def down(n):
          return 0 if n == 0 else 1 + sum(map(down, [n - 1]))

      def answer(key):
          real = sys.setrecursionlimit.__defaults__[0]
          real(10**7)
          return down(10**6)
    `,
    { slow: true },
  ),
  A(
    'a __repr__ that returns repr(self): C-level recursion at the default limit',
    SECRET,
    "class Deep(str):\n    def __repr__(self):\n        return repr(self)\n\ndef answer(key):\n    return Deep('x')\n",
    { slow: true },
  ),
  A('os._exit(0) in the entry point (the runtime itself exits)', SECRET, 'import os\n\ndef answer(key):\n    os._exit(0)\n', { slow: true }),
  A(
    'a very low recursion limit left behind for the harness',
    SECRET,
    "import sys\n\ndef answer(key):\n    sys.setrecursionlimit(30)\n    return 'alpha'\n",
  ),
  A(
    'huge output: 1.2 MB printed in every kind of test (past the 1 MB a case keeps)',
    SECRET,
    "def answer(key):\n    print('x' * 1_200_000)\n    return '?'\n\ntry:\n    line = input()\nexcept EOFError:\n    line = None\nif line is not None:\n    print('y' * 1_200_000)\n",
    { check: (outcome) => outcome.cases.forEach((c) => expect(c.stdout.length).toBeLessThan(1_100_000)) },
  ),
  A('huge return values: a million-item list and a 2 MB string', SECRET, "def answer(key):\n    return list(range(10**6)) if key in ('a', 'b') else 'z' * 2_000_000\n"),
  A(
    'self-referential list and dict, and nesting 1000 levels deep',
    SECRET,
    py`
      def answer(key):
          if key == 'a':
              box = []
              box.append(box)
              return box
          if key == 'zed':
              table = {}
              table['self'] = table
              return table
          deep = []
          for _ in range(1000):
              deep = [deep]
          return deep
    `,
  ),
  A(
    'a huge int (50,000 digits, str-digit limit lifted) and a huge int under the default limit',
    SECRET,
    "import sys\n\ndef answer(key):\n    if key == 'a':\n        sys.set_int_max_str_digits(0)\n    return 10 ** 50_000\n",
  ),
  A('an allocation larger than the address space (a 1 TB bytearray)', SECRET, 'def answer(key):\n    return bytearray(2**40)\n'),
  A(
    'returned value whose __repr__ never ends',
    problem({ ...SECRET, timeLimitMs: 300 }),
    py`
      class Slow(str):
          def __repr__(self):
              while True:
                  pass

      def answer(key):
          return Slow('alpha')
    `,
  ),
  A('returning an endless generator', SECRET, 'import itertools\n\ndef answer(key):\n    return itertools.count()\n'),
  A(
    'KeyboardInterrupt raised at load',
    SECRET,
    'raise KeyboardInterrupt\n\ndef answer(key):\n    return key\n',
    { check: (_, verdict) => expect(verdict.status).toBe('interrupted') },
  ),
  A('input() in a call test and an io program that reads forever', SECRET, 'def answer(key):\n    return input()\n\nwhile True:\n    input()\n'),
  A(
    "killing the harness's shared generators: the restore generator (from a relayed Call) and the builtin-import gate",
    SECRET,
    py`
      import sys, _imp

      def answer(key):
          view = sys.modules.get('__main__')
          for value in list(vars(view).values()):
              if type(value).__name__ == 'Call':
                  try:
                      tuple.__getitem__(value, 2).__self__.close()
                  except BaseException:
                      pass
          try:
              tuple.__getitem__(_imp.create_builtin, 0).__self__.close()
          except BaseException:
              pass
          return '?'
    `,
  ),
];

const ATTACKS: Attack[] = [...READING, ...FORGING, ...DENIAL];

// ---------------------------------------------------------------- running them

/**
 * A grade that hangs never ends; one that is merely slow ends within a few
 * seconds even on a busy 2-core machine. The network probe's grade takes
 * 0.6 s on a quiet one and took up to 5.7 s with six other programs running,
 * so the bound leaves room for that; a hung grade plus the canary and the
 * janitor still fit the attacks' 25 s limit.
 */
const HANG_MS = 12_000;

/** Grade, but never wait forever: a grade that does not end is stopped and reported. */
async function gradeBounded(code: string, p: Problem): Promise<{ outcome: GradeOutcome; hung: boolean }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = client.grade(code, toGradeCases(p), { load: needsLoad(p) });
  const deadline = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), HANG_MS);
  });
  const first = await Promise.race([pending, deadline]);
  clearTimeout(timer);
  if (first !== 'hung') return { outcome: first, hung: false };
  client.stop();
  return { outcome: await pending, hung: true };
}

/** The worker still tells a right submission from a wrong one. */
async function canary(): Promise<string | null> {
  const clean = judge(CANARY, (await gradeBounded(CANARY_CLEAN, CANARY)).outcome);
  if (clean.status !== 'passed') return `a clean submission no longer passes: ${statuses(clean)}`;
  const wrong = judge(CANARY, (await gradeBounded(CANARY_WRONG, CANARY)).outcome);
  const passing = wrong.cases.filter((c) => c.status === 'passed').map((c) => c.name);
  if (wrong.status === 'passed' || passing.length > 0) return `a wrong submission passes: ${passing.join(', ')}`;
  return null;
}

async function janitor() {
  await gradeBounded(JANITOR + CANARY_CLEAN, CANARY);
}

async function freshWorker() {
  client.reset();
  await client.ready();
}

describe('attacks on the grading boundary', () => {
  it('has at least 70 distinct attacks', () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(70);
    expect(new Set(ATTACKS.map((a) => a.name)).size).toBe(ATTACKS.length);
  });

  it('the canary passes a clean submission and fails a wrong one', async () => {
    expect(await canary()).toBeNull();
  });

  for (const attack of ATTACKS) {
    it(
      attack.name,
      async () => {
        let poisoned: string | null = 'not checked';
        try {
          for (const code of attack.before ?? []) await gradeBounded(code, attack.problem);
          const { outcome, hung } = await gradeBounded(attack.code, attack.problem);
          const verdict = judge(attack.problem, outcome);
          if (process.env.ATTACK_DEBUG) console.log(JSON.stringify(outcome, null, 1).slice(0, 20_000));
          const everything = JSON.stringify(outcome);
          const leaks = everything.match(new RegExp(`.{0,80}${SECRET_MARK}.{0,80}`, 'g')) ?? [];
          const reached = everything.match(new RegExp(`${REACHED_MARK}.{0,160}`, 'g')) ?? [];
          poisoned = await canary();
          await janitor();
          expect(hung, `the grade did not end on its own within ${HANG_MS / 1000} s`).toBe(false);
          expect(verdict.status, `verdict passed: ${statuses(verdict)}`).not.toBe('passed');
          expect(leaks, 'hidden values surfaced').toEqual([]);
          expect(reached, 'a probe reached something it must not').toEqual([]);
          attack.check?.(outcome, verdict);
          expect(poisoned, 'the worker no longer grades honestly after this submission').toBeNull();
        } finally {
          if (poisoned !== null) await freshWorker();
        }
      },
      attack.slow ? 40_000 : 25_000,
    );
  }
});

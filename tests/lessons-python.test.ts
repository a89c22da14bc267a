// The lesson checker's Python side under Node Pyodide: the construct mapper
// (scripts/lessons/constructs.py, Python's own ast) on a golden table, and
// the verifier (src/core/lessons/verify.ts) on a real lesson and on copies
// broken one way each.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PythonClient } from '@/adapters/python/client';
import { verifyLesson, type LessonRunner } from '@/core/lessons/verify';
import { Lesson } from '@/core/schemas/lesson';
import { analyseConstructs, lessonRunner } from '../scripts/lessons/python';
import { startPython } from './python';

let python: PythonClient;
let run: LessonRunner;

beforeAll(async () => {
  python = startPython();
  run = lessonRunner(python, 2_000);
  await python.ready();
});
afterAll(() => python.dispose());

// code → exactly the constructs it uses
const GOLDEN: Array<[string, string, string[]]> = [
  ['a first print', 'print("Hi")', ['builtin:print', 'string']],
  ['numbers and operators', 'x = 7 // 2 + 3 % 2 - 2 ** 3 * 1.5 / -1', ['arithmetic', 'float', 'floor-div-mod', 'integer', 'power', 'variable']],
  ['augmented assignment carries its operator', 'n = 10\nn //= 3\nn += 1', ['augmented-assignment', 'floor-div-mod', 'integer', 'variable']],
  ['booleans, None and comparisons', 'ok = True and not None\nprint(1 < 2 == 2, "a" in "abc", ok is not None)', ['boolean', 'boolean-ops', 'builtin:print', 'comparison', 'identity', 'integer', 'membership', 'none', 'string', 'variable']],
  ['f-string without and with a format spec', 'v = 2\nprint(f"{v}")\nprint(f"{v:.2f}")', ['builtin:print', 'f-string', 'format-spec', 'integer', 'variable']],
  ['keyword arguments and method calls', 'print("a", "b", sep="-")\n"x".upper()', ['attribute', 'builtin:print', 'call-keyword-args', 'string']],
  ['a tuple built is a tuple; a tuple assigned to is unpacking', 'a, b = 1, 2', ['integer', 'tuple', 'unpacking', 'variable']],
  ['starred assignment and a list', 'first, *rest = [1, 2, 3]', ['integer', 'list', 'starred-assignment', 'unpacking', 'variable']],
  ['a for loop over pairs unpacks', 'for k, v in [(1, 2)]:\n    pass', ['for', 'integer', 'list', 'pass', 'tuple', 'unpacking']],
  ['indexing and slicing', 's = "hello"\nprint(s[0], s[1:3], s[::-1])', ['arithmetic', 'builtin:print', 'indexing', 'integer', 'slicing', 'string', 'variable']],
  ['a dict, a set, an empty dict and ** in a literal', 'd = {"a": 1}\ne = {**d}\nf = {1, 2}\ng = {}', ['dict', 'integer', 'set', 'star-call', 'string', 'variable']],
  ['functions: defaults, star parameters, star calls', 'def f(a, b=1, *args, **kw):\n    return a\nf(*[1], **{})', ['default-params', 'dict', 'function-def', 'integer', 'list', 'return', 'star-call', 'star-params']],
  ['keyword-only parameters count as star parameters', 'def f(*, key):\n    return key', ['function-def', 'return', 'star-params']],
  ['annotations are not constructs', 'def f(x: list[int]) -> dict[str, int]:\n    return x\ny: int = 3', ['function-def', 'integer', 'return', 'variable']],
  ['a name the snippet binds is not the built-in', 'def max(a):\n    return a\nprint(max(3))', ['builtin:print', 'function-def', 'integer', 'return']],
  ['a built-in passed as a value is not a call', 'words = ["b", "a"]\nprint(sorted(words, key=len))', ['builtin:print', 'builtin:sorted', 'call-keyword-args', 'list', 'string', 'variable']],
  ['exception classes are not constructs', 'raise ValueError("bad")', ['raise', 'string']],
  ['a decorator naming a built-in calls it', 'class C:\n    @property\n    def x(self):\n        return 1', ['builtin:property', 'class', 'decorator', 'function-def', 'integer', 'return']],
  ['inheritance and super', 'class B(A):\n    def __init__(self):\n        super().__init__()', ['attribute', 'builtin:super', 'class', 'function-def', 'inheritance']],
  ['imports name their modules', 'import math\nfrom collections import Counter\nimport os.path\nprint(math.pi)', ['attribute', 'builtin:print', 'import', 'module:collections', 'module:math', 'module:os.path']],
  ['control flow', 'x = 0\nwhile x < 3:\n    x += 1\n    if x == 2:\n        continue\n    elif x > 5:\n        break\nelse:\n    y = 1 if x else 2', ['augmented-assignment', 'break-continue', 'comparison', 'conditional-expression', 'if', 'integer', 'loop-else', 'variable', 'while']],
  ['comprehensions and a generator expression', 'a = [i for i in "ab"]\nb = {i: 1 for i in a}\nc = {i for i in a}\nd = sum(i for i in [1])', ['builtin:sum', 'dict-comprehension', 'generator-expression', 'integer', 'list', 'list-comprehension', 'set-comprehension', 'string', 'variable']],
  ['generators, lambda, scope', 'def g():\n    global t\n    yield 1\n    yield from ()\nh = lambda q=1: q', ['default-params', 'function-def', 'global-nonlocal', 'integer', 'lambda', 'tuple', 'variable', 'yield']],
  ['exceptions', 'try:\n    pass\nexcept (KeyError, IndexError) as e:\n    raise\nelse:\n    assert True\nfinally:\n    del e', ['assert', 'boolean', 'del', 'pass', 'raise', 'try-else-finally', 'try-except', 'tuple']],
  ['with, walrus and match', 'with open("f") as fh:\n    pass\nif (n := 3):\n    match n:\n        case 3:\n            pass', ['builtin:open', 'if', 'integer', 'match', 'pass', 'string', 'with', 'walrus']],
];

describe('construct mapper', () => {
  it('maps each golden snippet to exactly its constructs', async () => {
    const analysed = await analyseConstructs(python, GOLDEN.map(([where, code]) => ({ where, code })));
    const byWhere = Object.fromEntries(analysed.map((a) => [a.where, 'constructs' in a ? a.constructs : a.syntaxError]));
    const expected = Object.fromEntries(GOLDEN.map(([where, , constructs]) => [where, [...constructs].sort()]));
    expect(byWhere).toEqual(expected);
  });

  it('reports code Python cannot parse instead of mapping it', async () => {
    const [result] = await analyseConstructs(python, [{ where: 'mistakes[0]', code: 'if x = 1:\n    pass' }]);
    expect(result).toEqual({ where: 'mistakes[0]', syntaxError: expect.stringMatching(/^line 1: /) });
  });
});

const good: Lesson = Lesson.parse(JSON.parse(readFileSync('tests/fixtures/lessons/good/basics/variables-and-expressions.json', 'utf8')));
const copy = (): Lesson => structuredClone(good);

describe('lesson runner', () => {
  it('echoes each input line after its prompt and ends input after the last', async () => {
    expect(await run('name = input("Name? ")\nprint("Hi", name)', ['Ada'])).toEqual({ output: 'Name? Ada\nHi Ada\n', error: null, incomplete: null });
    const eof = await run('a = input("a: ")\nb = input("b: ")', ['1']);
    expect(eof.error).toBe('EOFError: EOF when reading a line');
    expect(eof.output).toBe('a: 1\nb: \nEOFError: EOF when reading a line');
  });

  it('ends the output with the last line of the traceback, on its own line', async () => {
    expect(await run('print("x", end="")\n1 / 0', [])).toEqual({ output: 'x\nZeroDivisionError: division by zero', error: 'ZeroDivisionError: division by zero', incomplete: null });
    expect((await run('print("a"', [])).error).toBe("SyntaxError: '(' was never closed");
  });

  it('gives up on code that runs past the time limit, in a fresh namespace each run', async () => {
    expect((await run('while True:\n    pass', [])).incomplete).toBe('still running after 2 s');
    await run('leftover = 1', []);
    expect((await run('print(leftover)', [])).error).toBe("NameError: name 'leftover' is not defined");
  });
});

describe('verifyLesson', () => {
  it('finds nothing wrong in a correct lesson', async () => {
    expect(await verifyLesson(good, run)).toEqual([]);
  });

  it('fails an example whose output differs, showing both', async () => {
    const lesson = copy();
    lesson.sections[1].example!.output = '7.5\n10';
    const [finding, ...rest] = await verifyLesson(lesson, run);
    expect(rest).toEqual([]);
    expect(finding.where).toBe('sections[1].example');
    expect(finding.message).toContain('expected: "7.5\\n10"');
    expect(finding.message).toContain('actual:   "7.5\\n9"');
  });

  it('fails a mistake that raises another error, or none', async () => {
    const lesson = copy();
    lesson.mistakes[0].error = 'NameError: name total is not defined';
    lesson.mistakes[1].code = 'print("Age: " + str(3))';
    const findings = await verifyLesson(lesson, run);
    expect(findings.map((f) => f.where)).toEqual(['mistakes[0]', 'mistakes[1]']);
    expect(findings[0].message).toContain(`actual:   "NameError: name 'total' is not defined"`);
    expect(findings[1].message).toMatch(/raised nothing/);
  });

  it('checks a silent mistake by what it prints', async () => {
    const lesson = copy();
    lesson.mistakes[0] = { title: 'Text, not a number', code: 'print("2" * 3)', error: '6', kind: 'prints', fix: 'Convert first.' };
    expect((await verifyLesson(lesson, run)).map((f) => f.where)).toEqual(['mistakes[0]']);
    lesson.mistakes[0].error = '222';
    expect(await verifyLesson(lesson, run)).toEqual([]);
  });

  it('fails a predict question whose answer is not the output, or whose wrong choice is', async () => {
    const lesson = copy();
    const q = lesson.check[0];
    if (q.kind !== 'predict') throw new Error('fixture changed');
    q.answer = 1;
    const findings = await verifyLesson(lesson, run);
    expect(findings.map((f) => [f.where, f.message.split('\n')[0]])).toEqual([
      ['check[0].choices[1]', 'the answer is not what the code prints'],
      ['check[0].choices[0]', 'a wrong choice is exactly what the code prints'],
    ]);
  });

  it('fails a fill question whose wrong choice also fits, or whose answer does not', async () => {
    const lesson = copy();
    const q = lesson.check[1];
    if (q.kind !== 'fill') throw new Error('fixture changed');
    q.choices[1].text = '** 1 *';
    q.answer = 1;
    const findings = await verifyLesson(lesson, run);
    expect(findings.map((f) => [f.where, f.message.split('\n')[0]])).toEqual([
      ['check[1].choices[0]', 'a wrong choice in the blank also prints expected'],
      ['check[1].choices[1]', 'the answer in the blank does not print expected'],
    ]);
  });

  it('fails a bug question with no bug, a missing line or a wrong fix that works', async () => {
    const lesson = copy();
    const q = lesson.check[2];
    if (q.kind !== 'bug') throw new Error('fixture changed');
    q.code = 'def double(n):\n    return n * 2\n\nprint(double(6))';
    q.choices[1] = { line: 9, text: 'print(1)', why: 'No such line.' };
    q.choices[2] = { line: 2, text: 'return n + n', why: 'Also doubles.' };
    const findings = await verifyLesson(lesson, run);
    expect(findings.map((f) => [f.where, f.message])).toEqual([
      ['check[2]', 'the code already prints expected: there is no bug to spot'],
      ['check[2].choices[1]', 'line 9 does not exist (the code has 4 lines)'],
      ['check[2].choices[2]', 'a wrong fix also makes the code print expected'],
    ]);
  });

  it('fails an example that never finishes', async () => {
    const lesson = copy();
    lesson.sections[0].example = { code: 'while True:\n    pass', output: '' };
    expect(await verifyLesson(lesson, run)).toEqual([{ where: 'sections[0].example', message: 'did not finish: still running after 2 s' }]);
  });
});

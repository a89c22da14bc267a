import { describe, expect, it } from 'vitest';
import { summarize } from '../catalog';
import { Lesson } from '../schemas/lesson';
import { Problem } from '../schemas/problem';
import { Project } from '../schemas/project';
import lessonJson from '../../../data/lessons/basics/variables-and-expressions.json';
import { BankTranslation, ProblemTranslation, ProjectTranslation } from '../schemas/translation';
import {
  bankTranslationGaps,
  codeShape,
  lessonTranslationGaps,
  localizeProblem,
  localizeProject,
  localizeSummary,
  problemTranslationGaps,
  projectTranslationGaps,
} from './content';

const problem = Problem.parse({
  id: 'add-two',
  title: 'Add two numbers',
  statement: 'Write `add(a, b)`.',
  difficulty: 'beginner',
  entryPoint: 'add',
  starterCode: 'def add(a, b):\n    pass\n',
  solution: 'def add(a, b):\n    return a + b\n',
  tests: [
    { kind: 'call', name: 'small', args: [3, 4], expected: 7 },
    { kind: 'call', name: 'zeros', args: [0, 0], expected: 0 },
  ],
  hints: ['Use +.', 'return a + b'],
});

const words: ProblemTranslation = { title: '2 つの数を足す', statement: '`add(a, b)` を書きましょう。', hints: ['+ を使います。', 'return a + b'], testNames: ['小さい数', 'ゼロ'] };

describe('localizeProblem', () => {
  it('takes the words from the translation and keeps the code and tests', () => {
    const shown = localizeProblem(problem, words);
    expect(shown.title).toBe('2 つの数を足す');
    expect(shown.statement).toBe('`add(a, b)` を書きましょう。');
    expect(shown.hints).toEqual(['+ を使います。', 'return a + b']);
    expect(shown.tests.map((t) => t.name)).toEqual(['小さい数', 'ゼロ']);
    expect(shown.tests.map((t) => (t.kind === 'call' ? t.expected : null))).toEqual([7, 0]);
    expect(shown.solution).toBe(problem.solution);
    expect(shown.starterCode).toBe(problem.starterCode);
  });

  it('keeps the English without a translation, or its test names without translated ones', () => {
    expect(localizeProblem(problem, undefined)).toBe(problem);
    expect(localizeProblem(problem, { ...words, testNames: undefined }).tests.map((t) => t.name)).toEqual(['small', 'zeros']);
  });
});

describe('localizeSummary', () => {
  const summary = summarize(problem, 'basics');
  it('translates the title of a translated problem only', () => {
    expect(localizeSummary(summary, { problems: { 'add-two': words } }).title).toBe('2 つの数を足す');
    expect(localizeSummary(summary, { problems: {} })).toBe(summary);
    expect(localizeSummary(summary, undefined)).toBe(summary);
  });
});

describe('problem and bank gaps', () => {
  it('accepts a translation that fits', () => {
    expect(problemTranslationGaps(problem, words)).toEqual([]);
    expect(bankTranslationGaps([problem], { problems: { 'add-two': words } })).toEqual([]);
  });

  it('names a problem that does not exist, and hints or test names that do not match', () => {
    expect(bankTranslationGaps([problem], { problems: { 'add-three': words } })).toEqual(['problems.add-three: there is no such problem']);
    expect(bankTranslationGaps([problem], { problems: { 'add-two': { ...words, hints: ['+ を使います。'], testNames: ['小さい数'] } } })).toEqual([
      'problems.add-two.hints: 1 but the English has 2',
      'problems.add-two.testNames: 1 but the English has 2 tests',
    ]);
  });

  it('rejects a translation that misses a field or adds one', () => {
    expect(BankTranslation.safeParse({ problems: { 'add-two': { title: 'x', hints: [] } } }).success).toBe(false);
    expect(BankTranslation.safeParse({ problems: { 'add-two': { ...words, solution: 'x' } } }).success).toBe(false);
  });
});

const step = (id: string, hints: string[]) => ({
  id,
  title: `Step ${id}`,
  task: 'Do it.',
  newIdea: 'An idea.',
  entryPoint: 'f',
  tests: [{ kind: 'call', name: 'one', args: [1], expected: 1 }],
  hints,
  solution: 'def f(x):\n    return x\n',
});
const project = Project.parse({
  format: 'pydojo-project',
  version: 1,
  id: 'echo',
  title: 'Echo',
  summary: 'Echo things.',
  description: 'It echoes.',
  difficulty: 'beginner',
  estimatedMinutes: 30,
  fileName: 'echo.py',
  requires: { lessons: ['basics/variables-and-expressions'] },
  starterCode: '',
  interactive: false,
  steps: ['a', 'b', 'c', 'd', 'e'].map((id) => step(id, ['Nudge.', 'Near code.'])),
});
const stepWords = (id: string) => ({ title: `ステップ ${id}`, task: 'やりましょう。', newIdea: '考え方です。', hints: ['ヒント 1', 'ヒント 2'], testNames: ['ひとつ'] });
const projectWords: ProjectTranslation = {
  id: 'echo',
  title: 'エコー',
  summary: '入力を繰り返します。',
  description: '繰り返すプログラムです。',
  steps: Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((id) => [id, stepWords(id)])),
};

describe('localizeProject', () => {
  it('takes the words of the project and of each step by id, and keeps the code and tests', () => {
    const shown = localizeProject(project, projectWords);
    expect(shown.title).toBe('エコー');
    expect(shown.summary).toBe('入力を繰り返します。');
    expect(shown.description).toBe('繰り返すプログラムです。');
    expect(shown.steps.map((s) => s.title)).toEqual(['ステップ a', 'ステップ b', 'ステップ c', 'ステップ d', 'ステップ e']);
    expect(shown.steps[0].hints).toEqual(['ヒント 1', 'ヒント 2']);
    expect(shown.steps[0].tests[0].name).toBe('ひとつ');
    expect(shown.steps.map((s) => s.solution)).toEqual(project.steps.map((s) => s.solution));
    expect(shown.steps.map((s) => s.id)).toEqual(project.steps.map((s) => s.id));
  });

  it('keeps the English without a translation, or for another project', () => {
    expect(localizeProject(project, undefined)).toBe(project);
    expect(localizeProject(project, { ...projectWords, id: 'other' })).toBe(project);
  });
});

describe('projectTranslationGaps', () => {
  it('accepts a translation that fits', () => {
    expect(projectTranslationGaps(project, projectWords)).toEqual([]);
  });

  it('names steps that are missing or do not exist, and hints that do not match', () => {
    const { e: _e, ...fourSteps } = projectWords.steps;
    expect(
      projectTranslationGaps(project, { ...projectWords, id: 'other', steps: { ...fourSteps, z: stepWords('z'), a: { ...stepWords('a'), hints: ['ヒント'] } } }),
    ).toEqual(['id: is "other" but the project is "echo"', 'steps.z: there is no such step', 'steps.a.hints: 1 but the English has 2', 'steps.e: missing']);
  });
});

describe('codeShape', () => {
  it('ignores the words in strings and comments only', () => {
    expect(codeShape('name = "Ada"  # a name\nprint(f"Hello, {name}!")')).toBe(codeShape("name = 'エイダ'\nprint(f'こんにちは、{name}さん！')"));
    expect(codeShape('print("a" + "b")')).not.toBe(codeShape('print("a" * "b")'));
    expect(codeShape('x = 1\n\n# note\ny = 2')).toBe('x = 1\ny = 2');
  });
});

describe('lessonTranslationGaps', () => {
  const english = Lesson.parse(lessonJson);

  it('accepts a lesson with its words changed', () => {
    const translated: Lesson = { ...english, title: '変数と式', sections: english.sections.map((s) => ({ ...s, heading: '見出し' })) };
    expect(lessonTranslationGaps(english, translated)).toEqual([]);
  });

  it('names sections, code and answers that differ from the English', () => {
    const changed: Lesson = {
      ...english,
      sections: english.sections.slice(1),
      check: english.check.map((q, i) => (i === 0 ? { ...q, answer: (q.answer + 1) % q.choices.length } : q)),
      mistakes: english.mistakes.map((m, i) => (i === 0 ? { ...m, code: `${m.code}\nprint(1)` } : m)),
    };
    const gaps = lessonTranslationGaps(english, changed);
    expect(gaps).toContain(`sections: ${english.sections.length - 1} but the English has ${english.sections.length}`);
    expect(gaps).toContain('check[0].answer: differs from the English');
    expect(gaps).toContain('mistakes[0].code: differs from the English beyond the words in strings and comments');
  });
});

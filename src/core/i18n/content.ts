/**
 * Translated content laid over the English (docs/lessons.md and
 * docs/projects.md, "Japanese content"). Pure: the checker runs the `…Gaps`
 * functions over every translation, the pages run the `localize…` ones.
 * Code, tests and answers always stay the English content's.
 */
import type { ProblemSummary } from '../catalog';
import type { Lesson } from '../schemas/lesson';
import type { Problem } from '../schemas/problem';
import type { Project } from '../schemas/project';
import type { BankTranslation, ProblemTranslation, ProjectTranslation } from '../schemas/translation';

function withTestNames<T extends { name?: string }>(tests: T[], names: readonly string[] | undefined): T[] {
  if (!names) return tests;
  return tests.map((test, i) => (names[i] ? { ...test, name: names[i] } : test));
}

/** The problem in the translation's words; unchanged without one. */
export function localizeProblem(problem: Problem, translation: ProblemTranslation | undefined): Problem {
  if (!translation) return problem;
  return {
    ...problem,
    title: translation.title,
    statement: translation.statement,
    hints: translation.hints,
    tests: withTestNames(problem.tests, translation.testNames),
  };
}

/** A catalogue entry with its translated title; unchanged without one. */
export function localizeSummary(summary: ProblemSummary, bank: BankTranslation | undefined): ProblemSummary {
  const translation = bank?.problems[summary.id];
  return translation ? { ...summary, title: translation.title } : summary;
}

/** The project in the translation's words (steps matched by id); unchanged without one. */
export function localizeProject(project: Project, translation: ProjectTranslation | undefined): Project {
  if (!translation || translation.id !== project.id) return project;
  return {
    ...project,
    title: translation.title,
    summary: translation.summary,
    description: translation.description,
    steps: project.steps.map((step) => {
      const words = translation.steps[step.id];
      if (!words) return step;
      return { ...step, title: words.title, task: words.task, newIdea: words.newIdea, hints: words.hints, tests: withTestNames(step.tests, words.testNames) };
    }),
  };
}

/** What does not match between an English problem and its translation (empty when it fits). */
export function problemTranslationGaps(problem: Problem, translation: ProblemTranslation): string[] {
  const gaps: string[] = [];
  if (translation.hints.length !== problem.hints.length) gaps.push(`hints: ${translation.hints.length} but the English has ${problem.hints.length}`);
  if (translation.testNames) {
    if (translation.testNames.length !== problem.tests.length) gaps.push(`testNames: ${translation.testNames.length} but the English has ${problem.tests.length} tests`);
    translation.testNames.forEach((name, i) => {
      if (i < problem.tests.length && Boolean(name) !== Boolean(problem.tests[i].name)) gaps.push(`testNames[${i}]: ${name ? 'the English test has no name' : 'is empty but the English test has a name'}`);
    });
  }
  return gaps;
}

/** Every gap of a bank translation: problems it names that do not exist, and each problem's gaps. */
export function bankTranslationGaps(problems: readonly Problem[], bank: BankTranslation): string[] {
  const byId = new Map(problems.map((p) => [p.id, p]));
  return Object.entries(bank.problems).flatMap(([id, translation]) => {
    const problem = byId.get(id);
    if (!problem) return [`problems.${id}: there is no such problem`];
    return problemTranslationGaps(problem, translation).map((gap) => `problems.${id}.${gap}`);
  });
}

/** What does not match between an English project and its translation (empty when it fits). */
export function projectTranslationGaps(project: Project, translation: ProjectTranslation): string[] {
  const gaps: string[] = [];
  if (translation.id !== project.id) gaps.push(`id: is "${translation.id}" but the project is "${project.id}"`);
  const ids = new Set(project.steps.map((s) => s.id));
  for (const id of Object.keys(translation.steps)) if (!ids.has(id)) gaps.push(`steps.${id}: there is no such step`);
  for (const step of project.steps) {
    const words = translation.steps[step.id];
    if (!words) {
      gaps.push(`steps.${step.id}: missing`);
      continue;
    }
    if (words.hints.length !== step.hints.length) gaps.push(`steps.${step.id}.hints: ${words.hints.length} but the English has ${step.hints.length}`);
    if (words.testNames && words.testNames.length !== step.tests.length) gaps.push(`steps.${step.id}.testNames: ${words.testNames.length} but the English has ${step.tests.length} tests`);
  }
  return gaps;
}

/**
 * Code with its string literals emptied and its comments removed: a
 * translation may change only the words inside strings and comments.
 */
export function codeShape(code: string): string {
  return code
    .replace(/[rbfuRBFU]{0,2}("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')|#[^\n]*/g, (match) => (match.startsWith('#') ? '' : '""'))
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * What does not match between an English lesson and its translation: the
 * same place, constructs, sections, examples, mistakes and questions, in the
 * same order, with the same code but for the words in strings and comments.
 */
export function lessonTranslationGaps(english: Lesson, translated: Lesson): string[] {
  const gaps: string[] = [];
  const same = (where: string, a: unknown, b: unknown, what = 'differs from the English') => {
    if (JSON.stringify(a) !== JSON.stringify(b)) gaps.push(`${where}: ${what}`);
  };
  const sameCode = (where: string, a: string | undefined, b: string | undefined) => {
    if ((a === undefined) !== (b === undefined)) gaps.push(`${where}: ${a === undefined ? 'the English has none' : 'missing'}`);
    else if (a !== undefined && b !== undefined && codeShape(a) !== codeShape(b)) gaps.push(`${where}: differs from the English beyond the words in strings and comments`);
  };
  same('module', english.module, translated.module);
  same('subtopic', english.subtopic, translated.subtopic);
  same('introduces', english.introduces, translated.introduces);
  same('sections', english.sections.length, translated.sections.length, `${translated.sections.length} but the English has ${english.sections.length}`);
  english.sections.forEach((section, i) => {
    const other = translated.sections[i];
    if (!other) return;
    sameCode(`sections[${i}].example.code`, section.example?.code, other.example?.code);
    if (section.example && other.example) same(`sections[${i}].example.stdin`, section.example.stdin?.length ?? 0, other.example.stdin?.length ?? 0, 'has another number of input lines than the English');
    if (Boolean(section.diagram) !== Boolean(other.diagram)) gaps.push(`sections[${i}].diagram: ${section.diagram ? 'missing' : 'the English has none'}`);
    if (Boolean(section.after) !== Boolean(other.after)) gaps.push(`sections[${i}].after: ${section.after ? 'missing' : 'the English has none'}`);
  });
  same('mistakes', english.mistakes.length, translated.mistakes.length, `${translated.mistakes.length} but the English has ${english.mistakes.length}`);
  english.mistakes.forEach((mistake, i) => {
    const other = translated.mistakes[i];
    if (!other) return;
    sameCode(`mistakes[${i}].code`, mistake.code, other.code);
    same(`mistakes[${i}].kind`, mistake.kind, other.kind);
  });
  same('check', english.check.length, translated.check.length, `${translated.check.length} but the English has ${english.check.length}`);
  english.check.forEach((question, i) => {
    const other = translated.check[i];
    if (!other) return;
    same(`check[${i}].kind`, question.kind, other.kind);
    same(`check[${i}].answer`, question.answer, other.answer);
    same(`check[${i}].choices`, question.choices.length, other.choices.length, `${other.choices.length} but the English has ${question.choices.length}`);
    sameCode(`check[${i}].code`, question.code, other.code);
    if (question.kind === 'bug' && other.kind === 'bug') same(`check[${i}].choices`, question.choices.map((c) => c.line), other.choices.map((c) => c.line), 'fix other lines than the English');
  });
  return gaps;
}

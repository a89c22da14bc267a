/**
 * The rules `npm run check:lessons` applies to one lesson's runnable parts:
 * every example prints its `output`, every mistake produces its `error`, and
 * every check question's answer is right and only it. Python is injected as a
 * `LessonRunner`, so the same rules run under Node Pyodide in CI and in tests.
 */
import type { Lesson, LessonQuestion } from '@/core/schemas/lesson';

/** What a learner sees after running code: stdout (input echoed), then the error's last line. */
export interface LessonRun {
  /** stdout, with each line given to input() echoed after its prompt, then the traceback's last line if it raised. */
  output: string;
  /** The traceback's last line, e.g. `NameError: name 'x' is not defined`; null when it did not raise. */
  error: string | null;
  /** Ran past the time limit, was stopped, or crashed the interpreter. */
  incomplete: string | null;
}

export type LessonRunner = (code: string, stdin: readonly string[]) => Promise<LessonRun>;

/** A problem found in a lesson, located by its JSON path (e.g. `check[1].choices[2]`). */
export interface Finding {
  where: string;
  message: string;
}

/** A piece of code the lesson shows, with where it is; fill and bug variants included. */
export interface Snippet {
  where: string;
  code: string;
  stdin: readonly string[];
}

/** Outputs are compared exactly, except for trailing newlines. */
export function sameOutput(actual: string, expected: string): boolean {
  return trimEnd(actual) === trimEnd(expected);
}

function trimEnd(text: string): string {
  return text.replace(/\n+$/, '');
}

/** The fill-in question's code with a choice in the blank. */
export function fillBlank(code: string, text: string): string {
  return code.replace('___', () => text);
}

/**
 * The bug question's code with line `line` (1-based) replaced by `text`. A
 * replacement written without indentation keeps the original line's.
 * Returns null when the line does not exist.
 */
export function applyFix(code: string, line: number, text: string): string | null {
  const lines = code.split('\n');
  if (line < 1 || line > lines.length) return null;
  const indent = /^\s/.test(text) ? '' : (/^\s*/.exec(lines[line - 1])?.[0] ?? '');
  lines[line - 1] = indent + text;
  return lines.join('\n');
}

/** Every piece of code in the lesson, as the construct check reads it. */
export function lessonSnippets(lesson: Lesson): Snippet[] {
  const snippets: Snippet[] = [];
  lesson.sections.forEach((section, i) => {
    if (section.example) snippets.push({ where: `sections[${i}].example`, code: section.example.code, stdin: section.example.stdin ?? [] });
  });
  lesson.mistakes.forEach((mistake, i) => snippets.push({ where: `mistakes[${i}]`, code: mistake.code, stdin: mistake.stdin ?? [] }));
  lesson.check.forEach((question, i) => snippets.push(...questionSnippets(question, `check[${i}]`)));
  return snippets;
}

function questionSnippets(question: LessonQuestion, where: string): Snippet[] {
  switch (question.kind) {
    case 'predict':
      return [{ where, code: question.code, stdin: [] }];
    case 'fill':
      return question.choices.map((choice, j) => ({ where: `${where}.choices[${j}]`, code: fillBlank(question.code, choice.text), stdin: [] }));
    case 'bug': {
      const fixed = question.choices.flatMap((choice, j) => {
        const code = applyFix(question.code, choice.line, choice.text);
        return code === null ? [] : [{ where: `${where}.choices[${j}]`, code, stdin: [] }];
      });
      return [{ where, code: question.code, stdin: [] }, ...fixed];
    }
  }
}

/** Shows an output in a message: quoted, newlines visible, long ones cut. */
export function showOutput(text: string): string {
  const trimmed = trimEnd(text);
  const shown = trimmed.length > 400 ? `${trimmed.slice(0, 400)}…` : trimmed;
  return JSON.stringify(shown);
}

function mismatch(what: string, expected: string, run: LessonRun): string {
  return `${what}\n    expected: ${showOutput(expected)}\n    actual:   ${showOutput(run.output)}`;
}

/** Runs everything runnable in the lesson and returns what is wrong (nothing when it is right). */
export async function verifyLesson(lesson: Lesson, run: LessonRunner): Promise<Finding[]> {
  const findings: Finding[] = [];
  const note = (where: string, message: string) => findings.push({ where, message });
  const execute = async (where: string, code: string, stdin: readonly string[] = []): Promise<LessonRun | null> => {
    const result = await run(code, stdin);
    if (result.incomplete) {
      note(where, `did not finish: ${result.incomplete}`);
      return null;
    }
    return result;
  };

  for (const [i, section] of lesson.sections.entries()) {
    const example = section.example;
    if (!example) continue;
    const where = `sections[${i}].example`;
    const result = await execute(where, example.code, example.stdin ?? []);
    if (result && !sameOutput(result.output, example.output)) note(where, mismatch('prints something other than its output', example.output, result));
  }

  for (const [i, mistake] of lesson.mistakes.entries()) {
    const where = `mistakes[${i}]`;
    const result = await execute(where, mistake.code, mistake.stdin ?? []);
    if (!result) continue;
    if (mistake.kind === 'raises') {
      if (result.error === null) note(where, `should raise ${JSON.stringify(mistake.error)} but raised nothing (it printed ${showOutput(result.output)})`);
      else if (result.error !== mistake.error) note(where, `raises a different error\n    expected: ${JSON.stringify(mistake.error)}\n    actual:   ${JSON.stringify(result.error)}`);
    } else if (!sameOutput(result.output, mistake.error)) {
      note(where, mismatch('prints something other than its error', mistake.error, result));
    }
  }

  for (const [i, question] of lesson.check.entries()) {
    await verifyQuestion(question, `check[${i}]`, execute, note);
  }
  return findings;
}

type Execute = (where: string, code: string, stdin?: readonly string[]) => Promise<LessonRun | null>;
type Note = (where: string, message: string) => void;

async function verifyQuestion(question: LessonQuestion, where: string, execute: Execute, note: Note): Promise<void> {
  switch (question.kind) {
    case 'predict': {
      const result = await execute(where, question.code);
      if (!result) return;
      const right = question.choices[question.answer];
      if (!sameOutput(result.output, right.text)) note(`${where}.choices[${question.answer}]`, mismatch('the answer is not what the code prints', right.text, result));
      question.choices.forEach((choice, j) => {
        if (j !== question.answer && sameOutput(result.output, choice.text)) note(`${where}.choices[${j}]`, 'a wrong choice is exactly what the code prints');
      });
      return;
    }
    case 'fill': {
      for (const [j, choice] of question.choices.entries()) {
        const at = `${where}.choices[${j}]`;
        const result = await execute(at, fillBlank(question.code, choice.text));
        if (!result) continue;
        const prints = sameOutput(result.output, question.expected);
        if (j === question.answer && !prints) note(at, mismatch('the answer in the blank does not print expected', question.expected, result));
        if (j !== question.answer && prints) note(at, 'a wrong choice in the blank also prints expected');
      }
      return;
    }
    case 'bug': {
      const original = await execute(where, question.code);
      if (original && sameOutput(original.output, question.expected)) note(where, 'the code already prints expected: there is no bug to spot');
      for (const [j, choice] of question.choices.entries()) {
        const at = `${where}.choices[${j}]`;
        const code = applyFix(question.code, choice.line, choice.text);
        if (code === null) {
          note(at, `line ${choice.line} does not exist (the code has ${question.code.split('\n').length} lines)`);
          continue;
        }
        const result = await execute(at, code);
        if (!result) continue;
        const prints = sameOutput(result.output, question.expected);
        if (j === question.answer && !prints) note(at, mismatch('the fix does not make the code print expected', question.expected, result));
        if (j !== question.answer && prints) note(at, 'a wrong fix also makes the code print expected');
      }
      return;
    }
  }
}

/**
 * What the lesson AI features send: a lesson as context (with everything
 * earlier lessons introduced, so answers stay at the learner's level), one
 * section, and a learner's run of an example, plus when such a run counts as
 * failed. Pure functions; the schemas are in schemas/ai.
 */
import type { PyErrorInfo, RunStatus } from './python/protocol';
import type { ExampleRunContext, LessonContext, LessonSectionContext } from './schemas/ai';
import type { Lesson, LessonExample, LessonSection } from './schemas/lesson';
import { sameOutput } from './lessons/verify';

/** One piece of an example's output as the page shows it. */
export interface OutputPiece {
  stream: 'stdout' | 'stderr' | 'stdin';
  text: string;
}

/** A finished run of a lesson example, as the learner saw it. */
export interface ExampleAttempt {
  /** The code as it ran (edited or not). */
  code: string;
  /** The lines the learner typed for input(), in order. */
  typed: string[];
  /** stdout with typed lines echoed, then the error's last line if it raised: the shape of a lesson's stored output. */
  output: string;
  status: RunStatus;
  error: PyErrorInfo | null;
}

/** The attempt of a finished run, from its output pieces and result. */
export function exampleAttempt(code: string, pieces: readonly OutputPiece[], result: { status: RunStatus; error?: PyErrorInfo }): ExampleAttempt {
  const printed = pieces
    .filter((p) => p.stream !== 'stderr')
    .map((p) => p.text)
    .join('');
  const error = result.status === 'error' && result.error ? result.error : null;
  const last = error ? `${error.type}${error.message ? `: ${error.message}` : ''}` : '';
  const output = last ? `${printed}${printed && !printed.endsWith('\n') ? '\n' : ''}${last}\n` : printed;
  const typed = pieces.filter((p) => p.stream === 'stdin').flatMap((p) => p.text.split('\n').slice(0, -1));
  return { code, typed, output, status: result.status, error };
}

/**
 * Whether a run failed: it ran out of time or crashed, or, given the lesson's
 * own input, it printed (or raised) something other than the lesson's output;
 * given other input, it raised. An example that raises on purpose, run as
 * written, has not failed; stopping a run is no failure either.
 */
export function attemptFailed(attempt: ExampleAttempt, example: Pick<LessonExample, 'output' | 'stdin'>): boolean {
  if (attempt.status === 'timeout' || attempt.status === 'crashed') return true;
  if (attempt.status === 'interrupted') return false;
  const stdin = example.stdin ?? [];
  const sameInput = attempt.typed.length === stdin.length && attempt.typed.every((line, i) => line === stdin[i]);
  return sameInput ? !sameOutput(attempt.output, example.output) : attempt.status === 'error';
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** How the run ended, as the model is told; null for a run that was stopped. */
export function runContext(attempt: ExampleAttempt): ExampleRunContext | null {
  const status = attempt.status;
  if (status !== 'ok' && status !== 'exit' && status !== 'error' && status !== 'timeout' && status !== 'crashed') return null;
  const error = attempt.error
    ? { type: clip(attempt.error.type, 100), message: clip(attempt.error.message, 1_000), line: attempt.error.line, traceback: clip(attempt.error.traceback, 4_000) }
    : undefined;
  return { status, output: clip(attempt.output, 4_000), ...(error ? { error } : {}) };
}

/** Every construct the given lessons introduce, in order of first introduction, without repeats. */
export function introducedBy(lessons: ReadonlyArray<Pick<Lesson, 'introduces'>>): string[] {
  const seen = new Set<string>();
  for (const lesson of lessons) for (const construct of lesson.introduces) seen.add(construct);
  return [...seen];
}

/** A lesson as the model sees it; `earlier` are the lessons before it on the path. */
export function lessonContext(
  lesson: Pick<Lesson, 'title' | 'goal' | 'introduces'>,
  place: { moduleName: string; subtopicName: string; index: number; total: number },
  earlier: ReadonlyArray<Pick<Lesson, 'introduces'>>,
): LessonContext {
  return {
    title: lesson.title,
    goal: lesson.goal,
    place: clip(`${place.moduleName} › ${place.subtopicName}`, 200),
    position: place.index + 1,
    total: place.total,
    introduces: lesson.introduces.slice(0, 20),
    known: introducedBy(earlier).slice(0, 400),
  };
}

/** One section as the model sees it: its text and the example's code. */
export function sectionContext(section: LessonSection): LessonSectionContext {
  return {
    heading: section.heading,
    body: section.body,
    ...(section.example ? { example: section.example.code } : {}),
    ...(section.after ? { after: section.after } : {}),
  };
}

import { describe, expect, it } from 'vitest';
import { attemptFailed, exampleAttempt, introducedBy, lessonContext, runContext, sectionContext } from './lesson-ai';
import { ExampleRunContext, LessonContext } from './schemas/ai';

const nameError = { type: 'NameError', message: "name 'agee' is not defined", line: 2, traceback: "Traceback …\nNameError: name 'agee' is not defined" };

describe('exampleAttempt', () => {
  it('shows stdout with typed input echoed, then the error line, like a stored output', () => {
    const attempt = exampleAttempt(
      'name = input("Name? ")\nprint(nam)\n',
      [
        { stream: 'stdout', text: 'Name? ' },
        { stream: 'stdin', text: 'Ada\n' },
        { stream: 'stderr', text: 'a warning\n' },
      ],
      { status: 'error', error: { ...nameError, message: "name 'nam' is not defined" } },
    );
    expect(attempt.output).toBe("Name? Ada\nNameError: name 'nam' is not defined\n");
    expect(attempt.typed).toEqual(['Ada']);
    expect(attempt.error?.type).toBe('NameError');
  });

  it('puts the error on a line of its own after output without a newline', () => {
    expect(exampleAttempt('x', [{ stream: 'stdout', text: 'partial' }], { status: 'error', error: nameError }).output).toBe("partial\nNameError: name 'agee' is not defined\n");
  });
});

describe('attemptFailed', () => {
  const example = { output: '12\n' };
  const ran = (output: string, status: 'ok' | 'error' | 'timeout' | 'interrupted' | 'crashed' = 'ok', typed: string[] = []) => ({ code: '', typed, output, status, error: null });

  it('counts a raise, a time-out and a crash as failures, but not a stop', () => {
    expect(attemptFailed(ran("NameError: name 'x' is not defined\n", 'error'), example)).toBe(true);
    expect(attemptFailed(ran('', 'timeout'), example)).toBe(true);
    expect(attemptFailed(ran('', 'crashed'), example)).toBe(true);
    expect(attemptFailed(ran('', 'interrupted'), example)).toBe(false);
  });

  it('counts other output as a failure, ignoring trailing newlines', () => {
    expect(attemptFailed(ran('12'), example)).toBe(false);
    expect(attemptFailed(ran('13\n'), example)).toBe(true);
  });

  it('does not count an example that raises on purpose, run as written', () => {
    const raises = { output: "Before the error\nNameError: name 'pirce' is not defined" };
    expect(attemptFailed(ran("Before the error\nNameError: name 'pirce' is not defined\n", 'error'), raises)).toBe(false);
    expect(attemptFailed(ran("Before the error\nNameError: name 'price' is not defined\n", 'error'), raises)).toBe(true);
  });

  it('does not count other output from other input, but does count a raise', () => {
    const asks = { output: 'Name? Ada\nHello, Ada\n', stdin: ['Ada'] };
    expect(attemptFailed(ran('Name? Bo\nHello, Bo\n', 'ok', ['Bo']), asks)).toBe(false);
    expect(attemptFailed(ran('Name? Ada\nHello Ada\n', 'ok', ['Ada']), asks)).toBe(true);
    expect(attemptFailed(ran('Name? 7\nTypeError: boom\n', 'error', ['7']), asks)).toBe(true);
  });
});

describe('context for the model', () => {
  const lessons = [
    { title: 'Print', goal: 'Print text.', introduces: ['string', 'builtin:print'] },
    { title: 'Numbers', goal: 'Do sums.', introduces: ['integer', 'arithmetic', 'builtin:print'] },
    { title: 'Variables', goal: 'Name a value.', introduces: ['variable'] },
  ];

  it('lists what earlier lessons introduced, once each, in order', () => {
    expect(introducedBy(lessons.slice(0, 2))).toEqual(['string', 'builtin:print', 'integer', 'arithmetic']);
  });

  it('builds a lesson context the request schema accepts', () => {
    const context = lessonContext(lessons[2], { moduleName: 'Basics', subtopicName: 'Variables and expressions', index: 2, total: 119 }, lessons.slice(0, 2));
    expect(context).toEqual({
      title: 'Variables',
      goal: 'Name a value.',
      place: 'Basics › Variables and expressions',
      position: 3,
      total: 119,
      introduces: ['variable'],
      known: ['string', 'builtin:print', 'integer', 'arithmetic'],
    });
    expect(LessonContext.parse(context)).toEqual(context);
  });

  it('sends a section with its example code', () => {
    expect(sectionContext({ heading: 'Names', body: 'A name refers to a value.', example: { code: 'x = 1\nprint(x)\n', output: '1\n' } })).toEqual({
      heading: 'Names',
      body: 'A name refers to a value.',
      example: 'x = 1\nprint(x)\n',
    });
  });

  it('describes a run within the schema limits, and nothing for a stopped run', () => {
    const long = exampleAttempt('x', [{ stream: 'stdout', text: 'x'.repeat(10_000) }], { status: 'ok' });
    const context = runContext(long);
    expect(context?.output.length).toBe(4_000);
    expect(ExampleRunContext.safeParse(context).success).toBe(true);
    expect(runContext({ ...long, status: 'interrupted' })).toBeNull();
    expect(runContext(exampleAttempt('x', [], { status: 'error', error: nameError }))?.error).toEqual(nameError);
  });
});

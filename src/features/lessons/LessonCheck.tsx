'use client';
import { useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { useLessonEvents, type LessonKey } from './events';

/** A check question with its parts already rendered (on the server). */
export interface CheckQuestionView {
  kind: 'predict' | 'fill' | 'bug';
  prompt: ReactNode;
  code: ReactNode;
  choices: Array<{ content: ReactNode; why: ReactNode }>;
  answer: number;
}

function Question({ question, index, onAnswer }: { question: CheckQuestionView; index: number; onAnswer(correct: boolean): void }) {
  const t = useTranslations('lessons.LessonCheck');
  const [chosen, setChosen] = useState<number | null>(null);
  const [solved, setSolved] = useState(false);
  const headingId = `check-${index}-prompt`;

  const choose = (choice: number) => {
    if (solved) return;
    const correct = choice === question.answer;
    setChosen(choice);
    if (correct) setSolved(true);
    onAnswer(correct);
  };

  return (
    <li className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="check-question" data-solved={solved}>
      <div id={headingId}>
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
          {index + 1}. {t(`kind.${question.kind}`)}
        </p>
        <div className="mt-1 font-medium">{question.prompt}</div>
      </div>
      {question.code}
      <div role="group" aria-labelledby={headingId} className="grid gap-2">
        {question.choices.map((choice, i) => {
          const picked = chosen === i;
          const right = i === question.answer;
          const reveal = solved || picked;
          const tone = !reveal
            ? 'border-slate-300 hover:border-brand-500 hover:bg-brand-50 dark:border-slate-700 dark:hover:bg-brand-700/10'
            : right
              ? 'border-brand-600 bg-brand-50 dark:border-brand-500 dark:bg-brand-700/20'
              : picked
                ? 'border-red-600 bg-red-50 dark:border-red-500 dark:bg-red-950/40'
                : 'border-slate-300 dark:border-slate-700';
          return (
            <div key={i}>
              <button
                type="button"
                onClick={() => choose(i)}
                aria-pressed={picked}
                disabled={solved && !picked}
                className={`flex w-full items-start gap-2 rounded-md border p-2 text-left text-sm disabled:cursor-default ${tone}`}
                data-testid="check-choice"
              >
                <span aria-hidden="true" className="mt-0.5 w-4 shrink-0 text-center font-semibold">
                  {reveal ? (right ? '✓' : picked ? '✗' : '') : String.fromCharCode(65 + i)}
                </span>
                <span className="min-w-0 flex-1">{choice.content}</span>
                {reveal ? <span className="sr-only">{right ? ` ${t('rightAnswer')}` : picked ? ` ${t('notRight')}` : ''}</span> : null}
              </button>
              {reveal ? <div className="mt-1 pl-6 text-sm text-slate-700 dark:text-slate-300">{choice.why}</div> : null}
            </div>
          );
        })}
      </div>
      <p aria-live="polite" className="text-sm font-medium" data-testid="check-feedback">
        {chosen === null ? '' : solved ? <span className="text-brand-700 dark:text-brand-500">{t('right')}</span> : <span className="text-red-700 dark:text-red-400">{t('notQuite')}</span>}
      </p>
    </li>
  );
}

/** The lesson's check: each question graded as soon as it is answered, with an explanation for each choice. */
export function LessonCheck({ lesson, questions }: { lesson: LessonKey; questions: CheckQuestionView[] }) {
  const t = useTranslations('lessons.LessonCheck');
  const events = useLessonEvents();
  const [solved, setSolved] = useState<boolean[]>(() => questions.map(() => false));
  const passed = solved.every(Boolean);

  const answer = (index: number, correct: boolean) => {
    events.checkAnswered?.(lesson, index, correct);
    if (!correct || solved[index]) return;
    const next = solved.map((value, i) => value || i === index);
    setSolved(next);
    if (next.every(Boolean)) events.checkPassed?.(lesson);
  };

  return (
    <div className="space-y-4">
      <ol className="space-y-4">
        {questions.map((question, i) => (
          <Question key={i} question={question} index={i} onAnswer={(correct) => answer(i, correct)} />
        ))}
      </ol>
      <p aria-live="polite" className="text-sm" data-testid="check-result">
        {passed ? (
          <span className="font-semibold text-brand-700 dark:text-brand-500">{t('passed')}</span>
        ) : (
          <span className="text-slate-600 dark:text-slate-400">
            {t('progress', { right: solved.filter(Boolean).length, total: questions.length })}
          </span>
        )}
      </p>
    </div>
  );
}

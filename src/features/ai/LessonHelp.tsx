'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { attemptFailed, runContext, type ExampleAttempt } from '@/core/lesson-ai';
import { isComplete } from '@/core/lessons/progress';
import type { LessonContext, LessonSectionContext } from '@/core/schemas/ai';
import type { LessonExample } from '@/core/schemas/lesson';
import { useExampleAttempt } from '@/features/lessons';
import { LazyMarkdown as Markdown } from '@/features/shell';
import { useLessonProgress } from '@/stores/lesson-progress';
import { AiProblemText } from './problem';
import { useExplanations, type Explanation } from './use-explanation';

/**
 * AI help on a lesson page, shown only with a key: a section explained
 * another way, and why an edited example failed. Answers stream in as plain
 * text and are shown as Markdown once complete (the renderer loads then).
 */

const BUTTON =
  'inline-flex items-center gap-1.5 rounded-md border border-brand-600/50 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-brand-500/50 dark:text-brand-500 dark:hover:bg-brand-700/20';
const MUTED = 'text-xs text-slate-600 dark:text-slate-400';

function Answer({ answer, label, testId }: { answer: Explanation; label: string; testId: string }) {
  const t = useTranslations('ai');
  return (
    <div
      className="space-y-2 rounded-lg border border-brand-600/30 bg-brand-50/60 p-3 text-sm dark:border-brand-500/30 dark:bg-brand-700/10"
      aria-live="polite"
      aria-busy={answer.status === 'streaming'}
      data-testid={testId}
      data-status={answer.status}
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-500">✦ {label}</p>
      {answer.status === 'done' ? (
        <Markdown source={answer.text} />
      ) : (
        <p className="whitespace-pre-wrap">{(answer.status === 'streaming' ? answer.text : answer.partial) || '…'}</p>
      )}
      {answer.status === 'done' && answer.model ? (
        <p className={MUTED} data-testid="answered-by">
          {t.rich('answeredBy', { model: answer.model, code: (chunks) => <code>{chunks}</code> })}
        </p>
      ) : null}
      {answer.status === 'failed' ? (
        <p className="text-red-700 dark:text-red-400" role="alert">
          {answer.partial ? `${t('LessonHelp.stoppedEarly')} ` : ''}
          <AiProblemText problem={answer.problem} />
        </p>
      ) : null}
    </div>
  );
}

/** How many lessons the learner has finished (read, examples run, check passed). */
function useLessonsDone(): number {
  return useLessonProgress((s) => Object.values(s.lessons).filter((p) => isComplete(p)).length);
}

/** "Explain this differently" under a lesson section; again for yet another angle. */
export function ExplainSection({ lesson, section }: { lesson: LessonContext; section: LessonSectionContext }) {
  const t = useTranslations('ai.LessonHelp.section');
  const explanations = useExplanations('explain-lesson');
  const lessonsDone = useLessonsDone();
  if (!explanations.available) return null;
  const { answers, busy } = explanations;
  const ask = () => {
    const previous = answers.flatMap((a) => (a.status === 'done' ? [a.text.slice(0, 4_000)] : [])).slice(-3);
    void explanations.ask({ lesson, section, lessonsDone, previous });
  };
  return (
    <div className="space-y-3" data-testid="explain-section">
      {answers.map((answer, i) => (
        <Answer key={i} answer={answer} label={i === 0 ? t('first') : t('another')} testId="explain-section-answer" />
      ))}
      <button type="button" className={BUTTON} onClick={ask} disabled={busy} data-testid="explain-section-button">
        <span aria-hidden="true">✦</span> {answers.length === 0 ? t('button') : t('again')}
        <span className="sr-only"> {t('which', { heading: section.heading })}</span>
      </button>
    </div>
  );
}

/**
 * "Why did my example fail?" under a lesson example, after a run that raised,
 * ran out of time or printed something other than the lesson's output. The
 * explanation points at the line; the corrected code comes only on request.
 * The run is the example's latest (useExampleAttempt, from the example).
 */
export function ExplainExample({ lesson, section, example }: { lesson: LessonContext; section: string; example: Pick<LessonExample, 'code' | 'output' | 'stdin'> }) {
  const t = useTranslations('ai.LessonHelp.example');
  const attempt = useExampleAttempt();
  const explanations = useExplanations('explain-example');
  const { reset } = explanations;
  // A new run starts afresh: an explanation belongs to the run it explains.
  const [explained, setExplained] = useState<ExampleAttempt | null>(null);
  useEffect(() => {
    if (attempt !== explained) reset();
  }, [attempt, explained, reset]);
  if (!explanations.available || !attempt) return null;
  const failed = attemptFailed(attempt, example);
  const run = runContext(attempt);
  if (!failed || !run) return null;
  const { answers, busy } = explanations;
  const current = explained === attempt ? answers : [];
  const ask = (showFix: boolean) => {
    setExplained(attempt);
    void explanations.ask({ lesson, section, example: { code: example.code, output: example.output, stdin: example.stdin ?? [] }, code: attempt.code, stdin: attempt.typed.slice(0, 20), run, showFix });
  };
  const last = current.at(-1)?.status;
  // The next question: why it failed, then (once that is answered) the fixed code; a failed answer can be asked again.
  const next = current.length === 0 || (current.length === 1 && last === 'failed') ? 'why' : (current.length === 1 && last === 'done') || (current.length === 2 && last === 'failed') ? 'fix' : null;
  return (
    <div className="space-y-3" data-testid="explain-example">
      {current.map((answer, i) => (
        <Answer key={i} answer={answer} label={i === 0 ? t('why') : t('fix')} testId="explain-example-answer" />
      ))}
      {next === 'why' ? (
        <button type="button" className={BUTTON} onClick={() => ask(false)} disabled={busy} data-testid="explain-example-button">
          <span aria-hidden="true">✦</span> {t('whyButton')}
        </button>
      ) : next === 'fix' ? (
        <button type="button" className={BUTTON} onClick={() => ask(true)} disabled={busy} data-testid="explain-example-fix">
          <span aria-hidden="true">✦</span> {t('fixButton')}
        </button>
      ) : null}
    </div>
  );
}

'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import type { SpeedSummary } from '@/core/ai';
import { LazyMarkdown as Markdown, scrollIntoViewGently } from '@/features/shell';
import { AiFailure } from './problem';
import type { Coach, OptimizeNote } from './use-coach';

const BUTTON =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
/** Keys in `ai.CoachPanel.kind` for the kinds of review point. */
const KIND = { reasoning: 'reasoning', 'edge-case': 'edgeCase', style: 'style', complexity: 'complexity' } as const;

/**
 * The AI coach tab: hints that read the learner's code, a code review, the
 * solution explained and a faster solution, each clearly marked as Gemini's
 * words. Pass/fail is never taken from here.
 */
export function CoachPanel({
  coach,
  hasVerdict,
  canExplain,
  solved,
  onExplain,
}: {
  coach: Coach;
  hasVerdict: boolean;
  canExplain: boolean;
  solved: boolean;
  onExplain(): void;
}) {
  const t = useTranslations('ai.CoachPanel');
  const speedText = useSpeedText();
  const { review, explanation, optimization } = coach;
  const hintList = useRef<HTMLDivElement>(null);
  const streamingBox = useRef<HTMLDivElement>(null);
  const streaming = coach.streaming !== null;
  const [hintsAtOpen] = useState(coach.hints.length);
  // A hint being written, then the hint it became, is brought into view.
  useEffect(() => {
    if (streaming) scrollIntoViewGently(streamingBox.current);
  }, [streaming]);
  useEffect(() => {
    if (coach.hints.length > hintsAtOpen) scrollIntoViewGently(hintList.current?.lastElementChild);
  }, [coach.hints.length, hintsAtOpen]);
  return (
    <div className="space-y-5 p-3 text-sm" data-testid="coach">
      <Section title={t('hints.title')}>
        {coach.hints.length > 0 ? (
          <div className="space-y-2" ref={hintList}>
            {coach.hints.map((hint, i) => (
              <div key={i} className="scroll-my-3 rounded-md border border-slate-200 p-2 dark:border-slate-700" data-testid="ai-hint">
                <p className="text-xs font-semibold text-slate-600 dark:text-slate-400">
                  {t('hints.label', { number: i + 1 })}
                  {coach.hintModels[i] ? <span className="font-normal" data-testid="answered-by"> · {coach.hintModels[i]}</span> : null}
                </p>
                <Markdown source={hint} />
              </div>
            ))}
          </div>
        ) : null}
        {coach.streaming !== null ? (
          <div ref={streamingBox} className="scroll-my-3 rounded-md border border-brand-600/40 p-2" aria-live="polite" aria-busy="true" data-testid="ai-hint-streaming">
            <p className="text-xs font-semibold text-slate-600 dark:text-slate-400">{t('hints.label', { number: coach.hints.length + 1 })}</p>
            <p className="whitespace-pre-wrap">{coach.streaming || '…'}</p>
          </div>
        ) : null}
        {coach.hintError?.partial ? (
          <div className="rounded-md border border-amber-400/60 p-2" data-testid="ai-hint-partial">
            <p className="text-xs font-semibold text-slate-600 dark:text-slate-400">{t('hints.incomplete', { number: coach.hints.length + 1 })}</p>
            <p className="whitespace-pre-wrap">{coach.hintError.partial}…</p>
          </div>
        ) : null}
        {coach.hintError ? <AiFailure problem={coach.hintError.problem} /> : null}
        <button type="button" className={BUTTON} onClick={() => void coach.hint()} disabled={coach.streaming !== null} data-testid="ai-hint-button">
          {coach.hints.length === 0 ? t('hints.first') : coach.hints.length >= 3 ? t('hints.another') : t('hints.next', { number: coach.hints.length + 1, total: 3 })}
        </button>
      </Section>

      <Section title={t('review.title')}>
        {!hasVerdict ? <p className="text-slate-600 dark:text-slate-400">{t('review.submitFirst')}</p> : null}
        {review.status === 'done' ? (
          <div className="space-y-2" data-testid="review">
            <p className="rounded-md bg-slate-100 px-2 py-1 text-xs dark:bg-slate-800" data-testid="review-verdict">
              {t.rich('review.verdict', { passed: review.value.passed, total: review.value.total, strong: (chunks) => <strong>{chunks}</strong> })}
            </p>
            <p>{review.value.evaluation.summary}</p>
            {review.value.evaluation.strengths.length ? (
              <ul className="list-disc pl-5">
                {review.value.evaluation.strengths.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ul>
            ) : null}
            <ul className="space-y-1">
              {review.value.evaluation.points.map((p, i) => (
                <li key={i}>
                  <span className="mr-1 rounded bg-slate-200 px-1.5 py-0.5 text-xs dark:bg-slate-700">{t(`kind.${KIND[p.kind]}`)}</span>
                  {p.text}
                </li>
              ))}
            </ul>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {t('review.complexity', { time: review.value.evaluation.complexity.time, space: review.value.evaluation.complexity.space })}
            </p>
            <AnsweredBy model={review.value.model} />
          </div>
        ) : null}
        {review.status === 'failed' ? <AiFailure problem={review.problem} /> : null}
        <button type="button" className={BUTTON} onClick={() => void coach.evaluate()} disabled={!hasVerdict || review.status === 'busy'} data-testid="review-button">
          {review.status === 'busy' ? t('review.busy') : review.status === 'done' ? t('review.again') : t('review.button')}
        </button>
      </Section>

      <Section title={t('explain.title')}>
        {explanation.status === 'done' ? (
          <div className="space-y-2" data-testid="explanation">
            <Markdown source={explanation.value.explanation} />
            {explanation.value.keyIdeas.length ? (
              <ul className="list-disc pl-5">
                {explanation.value.keyIdeas.map((idea, i) => (
                  <li key={i}>{idea}</li>
                ))}
              </ul>
            ) : null}
            <AnsweredBy model={explanation.value.model} />
          </div>
        ) : null}
        {explanation.status === 'failed' ? <AiFailure problem={explanation.problem} /> : null}
        {!canExplain ? <p className="text-slate-600 dark:text-slate-400">{t('explain.locked')}</p> : null}
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            onExplain();
            void coach.explain();
          }}
          disabled={!canExplain || explanation.status === 'busy'}
          data-testid="explain-button"
        >
          {explanation.status === 'busy' ? t('explain.busy') : t('explain.button')}
        </button>
      </Section>

      <Section title={t('optimize.title')}>
        {!solved ? <p className="text-slate-600 dark:text-slate-400">{t('optimize.solveFirst')}</p> : null}
        {optimization.status === 'busy' ? <p aria-live="polite">{optimization.note ? <Note note={optimization.note} /> : null}</p> : null}
        {optimization.status === 'failed' ? <AiFailure problem={optimization.problem} /> : null}
        {optimization.status === 'done' ? (
          <div className="space-y-2" data-testid="optimization">
            {optimization.value.kind === 'wrong' ? (
              <p className="text-amber-800 dark:text-amber-300">
                {t('optimize.wrong', { failed: optimization.value.failed, total: optimization.value.total })}
              </p>
            ) : optimization.value.kind === 'same' ? (
              <p>
                {t('optimize.same')} {optimization.value.answer.explanation}
              </p>
            ) : optimization.value.kind === 'not-faster' ? (
              <p>
                {t('optimize.notFaster', { summary: speedText(optimization.value.summary) })}
              </p>
            ) : (
              <>
                <p className="font-medium text-brand-700 dark:text-brand-100" data-testid="speedup">
                  {t('optimize.faster', { summary: speedText(optimization.value.summary), runs: 7 })}
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {t('optimize.complexity', { before: optimization.value.answer.complexity.before, after: optimization.value.answer.complexity.after })}
                </p>
                <Markdown source={optimization.value.answer.explanation} />
                <pre className="overflow-x-auto rounded-md bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800">{optimization.value.answer.code}</pre>
              </>
            )}
            <AnsweredBy model={optimization.value.model} />
          </div>
        ) : null}
        <button type="button" className={BUTTON} onClick={() => void coach.optimize()} disabled={!solved || optimization.status === 'busy'} data-testid="optimize-button">
          {optimization.status === 'busy' ? t('optimize.busy') : t('optimize.button')}
        </button>
      </Section>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{title}</h3>
      {children}
    </section>
  );
}

/** Where a faster solution is on its way. */
function Note({ note }: { note: OptimizeNote }) {
  const t = useTranslations('ai.CoachPanel.optimize.note');
  return <>{note.step === 'checking' ? t('checking', { tests: note.tests }) : t(note.step)}</>;
}

/** How the faster solution's speed compares, in words ("2.0× faster on the hidden tests"). */
function useSpeedText(): (summary: SpeedSummary) => string {
  const t = useTranslations('ai.CoachPanel.speed');
  const format = useFormatter();
  return (summary) => {
    const where = summary.onHidden ? 'yes' : 'no';
    if (summary.kind === 'much-faster') return t('muchFaster', { hidden: where });
    if (summary.kind === 'same') return t('same', { hidden: where, ratio: format.number(summary.factor, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
    const factor = format.number(summary.factor, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return summary.kind === 'faster' ? t('faster', { hidden: where, factor }) : t('slower', { hidden: where, factor });
  };
}

/** Which model wrote an answer (models change with the key's list and fallbacks). */
export function AnsweredBy({ model }: { model: string }) {
  const t = useTranslations('ai');
  if (!model) return null;
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="answered-by">
      {t.rich('answeredBy', { model, code: (chunks) => <code>{chunks}</code> })}
    </p>
  );
}

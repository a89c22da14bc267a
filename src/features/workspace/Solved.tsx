'use client';
import { useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { AlternativeSolution } from '@/core/schemas/problem';
import { BUTTON } from './WorkspaceToolbar';

type T = ReturnType<typeof useTranslations<'workspace.Solved'>>;

function formatDuration(ms: number, t: T): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return t('seconds', { seconds });
  return t('minutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
}

/** The bar that celebrates a solve, with the time taken. */
export function Celebration({
  solvedIn,
  comparing,
  alternatives,
  onCompare,
  onNext,
}: {
  solvedIn: number | null;
  comparing: boolean;
  /** How many other ways the problem ships with. */
  alternatives: number;
  onCompare(): void;
  onNext(): void;
}) {
  const t = useTranslations('workspace.Solved');
  return (
    <div className="flex flex-wrap items-center gap-3 border-b border-brand-100 bg-brand-50 px-3 py-2 text-sm dark:border-brand-700/40 dark:bg-brand-700/20" role="status" data-testid="celebration">
      <span aria-hidden="true" className="grid size-6 motion-safe:animate-bounce place-items-center rounded-full bg-brand-600 text-sm font-bold text-white">
        ✓
      </span>
      <span className="font-semibold text-brand-700 dark:text-brand-100">{solvedIn !== null ? t('solvedIn', { time: formatDuration(solvedIn, t) }) : t('solved')}</span>
      <button type="button" onClick={onCompare} className="underline" data-testid="compare">
        {comparing ? t('backToCode') : alternatives > 0 ? t('compareWays', { count: alternatives + 1 }) : t('compare')}
      </button>
      <button type="button" onClick={onNext} className={`${BUTTON} ml-auto bg-brand-600 text-white hover:bg-brand-700`}>
        {t('nextQuestion')}
      </button>
    </div>
  );
}

/**
 * The learner's solution (as it was when they asked) beside the reference
 * solution and the other ways the problem ships with, one at a time, each
 * saying when you would choose it. `below` is a slot under them (the growth
 * measurement, composed by the workspace).
 */
export function CompareView({
  mine,
  reference,
  alternatives,
  onClose,
  below,
}: {
  mine: string;
  reference: string;
  alternatives: AlternativeSolution[];
  onClose(): void;
  below?: ReactNode;
}) {
  const t = useTranslations('workspace.Solved');
  const ways = [{ title: t('reference'), code: reference, when: null as string | null }, ...alternatives];
  const [shown, setShown] = useState(0);
  const way = ways[Math.min(shown, ways.length - 1)];
  const label = 'mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400';
  return (
    <div className="flex h-full flex-col overflow-y-auto" data-testid="compare-view">
      <div className="flex items-center justify-between border-b border-slate-200 px-3 py-1.5 text-sm dark:border-slate-800">
        <span className="font-medium">{alternatives.length > 0 ? t('compareWaysTitle') : t('compareTitle')}</span>
        <button type="button" onClick={onClose} className="underline">
          {t('backToCode')}
        </button>
      </div>
      <div className="grid min-h-[14rem] flex-1 grid-cols-1 gap-px bg-slate-200 sm:grid-cols-2 dark:bg-slate-800">
        <figure className="min-h-0 overflow-auto bg-white p-3 dark:bg-slate-950">
          <figcaption className={label}>{t('yours')}</figcaption>
          <pre className="font-mono text-sm whitespace-pre">{mine}</pre>
        </figure>
        <figure className="min-h-0 overflow-auto bg-white p-3 dark:bg-slate-950" data-testid="compare-way">
          {ways.length > 1 ? (
            <div role="group" aria-label={t('waysLabel')} className="mb-2 flex flex-wrap gap-1.5">
              {ways.map((candidate, index) => (
                <button
                  key={index}
                  type="button"
                  aria-pressed={index === shown}
                  onClick={() => setShown(index)}
                  className="rounded-full border border-slate-300 px-2.5 py-0.5 text-xs aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-slate-600"
                >
                  {candidate.title}
                </button>
              ))}
            </div>
          ) : null}
          <figcaption className={label}>{way.title}</figcaption>
          {way.when ? (
            <p className="mb-2 text-sm text-slate-700 dark:text-slate-300" data-testid="compare-when">
              {way.when}
            </p>
          ) : null}
          <pre className="font-mono text-sm whitespace-pre">{way.code}</pre>
        </figure>
      </div>
      {below ? <div className="shrink-0 border-t border-slate-200 dark:border-slate-800">{below}</div> : null}
    </div>
  );
}

'use client';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { Problem } from '@/core/schemas/problem';
import { DifficultyBadge } from '@/features/catalog';
import { Markdown } from '@/features/shell';

export const PRIMARY = 'inline-flex items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50';
export const SECONDARY = 'inline-flex items-center justify-center rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/** A shared problem's statement and how it is tested. Everything in it is text from the link: Markdown renders no HTML. */
export function ProblemSummaryCard({ problem, children }: { problem: Problem; children?: ReactNode }) {
  const t = useTranslations('share.SharedProblem');
  const hidden = problem.tests.filter((test) => test.hidden).length;
  return (
    <article className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" aria-labelledby="shared-problem-title">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="shared-problem-title" className="text-lg font-semibold" data-testid="shared-problem-title">
          {problem.title}
        </h2>
        <DifficultyBadge difficulty={problem.difficulty} />
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t('tests', { visible: problem.tests.length - hidden, hidden })}</p>
      <Markdown source={problem.statement} className="mt-3" />
      {children}
    </article>
  );
}

/** "Share this problem", received: the problem (its reference already re-run) and Practise. */
export function SharedProblemView({ problem, onPractise }: { problem: Problem; onPractise(): void }) {
  const t = useTranslations('share.SharedProblem');
  return (
    <div className="space-y-4" data-testid="shared-problem">
      <p className="text-sm text-brand-700 dark:text-brand-500" role="status">
        {t('checked')}
      </p>
      <ProblemSummaryCard problem={problem}>
        <button type="button" onClick={onPractise} className={`${PRIMARY} mt-4`} data-testid="practise">
          {t('practise')}
        </button>
      </ProblemSummaryCard>
    </div>
  );
}

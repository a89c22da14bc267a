'use client';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { ProblemSummary } from '@/core/catalog';
import { useProgress } from '@/stores/progress';

const DIFFICULTY_CLASS = {
  beginner: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200',
  intermediate: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200',
  advanced: 'bg-rose-100 text-rose-800 dark:bg-rose-900/40 dark:text-rose-200',
} as const;

export function DifficultyBadge({ difficulty }: { difficulty: ProblemSummary['difficulty'] }) {
  const t = useTranslations('catalog.difficulty');
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium capitalize ${DIFFICULTY_CLASS[difficulty]}`}>{t(difficulty)}</span>;
}

/** `empty` is shown when there are no problems (by default "No problems match."). */
export function ProblemList({ problems, empty }: { problems: ProblemSummary[]; empty?: string }) {
  const t = useTranslations('catalog.ProblemList');
  const progress = useProgress((s) => s.problems);
  if (problems.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{empty ?? t('empty')}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {problems.map((problem) => {
        const solved = Boolean(progress[problem.id]?.solvedAt);
        return (
          <li key={problem.id} className="flex flex-wrap items-center gap-3 px-4 py-3" data-testid="problem-row">
            <span aria-hidden="true" className={`w-4 text-center ${solved ? 'text-brand-600' : 'text-transparent'}`}>
              ✓
            </span>
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {problem.title}
                {solved ? <span className="sr-only">{` ${t('solved')}`}</span> : null}
              </p>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {problem.tags.join(' · ')}
                {problem.estimatedMinutes ? ` · ${t('minutes', { count: problem.estimatedMinutes })}` : ''}
              </p>
            </div>
            <DifficultyBadge difficulty={problem.difficulty} />
            <Link
              href={`/practice?problem=${encodeURIComponent(problem.id)}`}
              className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
              aria-label={solved ? t('practiseAgainLabel', { title: problem.title }) : t('startLabel', { title: problem.title })}
            >
              {solved ? t('again') : t('start')}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

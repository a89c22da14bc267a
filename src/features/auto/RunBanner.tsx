'use client';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { type AutoRun } from '@/core/auto/run';
import { canAdjust } from '@/core/auto/run-plan';
import type { LabelSource } from '@/core/auto/keys';
import type { ProblemSummary } from '@/core/catalog';
import { AiRunQuestion } from './AiRunQuestion';
import { useWhy } from './use-why';

const SMALL = 'rounded-md border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/** Where the workspace sits in an auto run: why this problem, skip / easier / harder (no penalty), and a lesson worth revisiting after repeated misses. */
export function RunBanner({
  run,
  problemId,
  catalog,
  modules,
  lesson = null,
  onSkip,
  onEasier,
  onHarder,
}: {
  run: AutoRun;
  problemId: string;
  catalog: readonly ProblemSummary[];
  modules: readonly LabelSource[];
  /** The lesson of this topic, suggested after repeated misses, and why: the misses in a row and the topic's name. */
  lesson?: { href: string; misses: number; area: string } | null;
  onSkip(): void;
  onEasier(): void;
  onHarder(): void;
}) {
  const t = useTranslations('auto.RunBanner');
  const why = useWhy();
  const current = run.current?.problemId === problemId ? run.current : null;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-brand-100 bg-brand-50/60 px-4 py-1.5 text-sm dark:border-brand-700/40 dark:bg-brand-700/10" data-testid="run-banner">
      <Link href={`/practice/auto?run=${encodeURIComponent(run.id)}`} className="font-medium underline">
        {t('run', { name: run.name })}
      </Link>
      {current ? (
        <span className="order-last w-full min-w-0 text-slate-700 sm:order-none sm:w-auto sm:flex-1 dark:text-slate-300" data-testid="run-reason">
          {why(current)}
        </span>
      ) : (
        <span className="order-last w-full text-slate-700 sm:order-none sm:w-auto sm:flex-1 dark:text-slate-300">{t('notCurrent')}</span>
      )}
      <span className="ml-auto flex flex-wrap items-center gap-1.5 sm:ml-0">
        {current ? <AiRunQuestion run={run} modules={modules} /> : null}
        <button type="button" className={SMALL} onClick={onSkip} disabled={!current} data-testid="run-skip">
          {t('skip')}
        </button>
        <button type="button" className={SMALL} onClick={onEasier} disabled={!current || !canAdjust(run, 'easier', catalog)} data-testid="run-easier">
          {t('easier')}
        </button>
        <button type="button" className={SMALL} onClick={onHarder} disabled={!current || !canAdjust(run, 'harder', catalog)} data-testid="run-harder">
          {t('harder')}
        </button>
      </span>
      {current && lesson ? (
        <p className="order-last w-full text-slate-700 dark:text-slate-300" data-testid="run-lesson">
          {t('lessonWhy', { misses: lesson.misses, area: lesson.area })}{' '}
          <Link href={lesson.href} className="font-medium text-brand-700 underline dark:text-brand-500">
            {t('openLesson')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

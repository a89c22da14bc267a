'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import type { Draft } from '@/core/drafts';
import type { HistoryEvent } from '@/core/history';
import { continueLearning, type LessonOutline, type LessonProgressState } from '@/core/lessons/progress';
import { DifficultyBadge } from '@/features/catalog';
import { completionWords, lessonHref } from './learning';
import { continueWhereLeftOff, moduleName, nextUnsolved, practiceHref } from './model';
import { MUTED, PRIMARY, ShareBar, TEXT_LINK, useTimeAgo } from './ui';
import { useDuration } from '@/features/shell';

const CARD = 'flex min-w-0 flex-col rounded-lg border border-brand-500/40 bg-brand-50 p-4 dark:border-brand-700/60 dark:bg-brand-700/10';
const HEADING = 'text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-500';
const STRONG = 'font-medium text-slate-900 dark:text-slate-100';

/** The problem in progress, or the next one to try. */
export function ContinuePractising({
  catalog,
  events,
  drafts,
  solved,
  now,
}: {
  catalog: Catalog;
  events: HistoryEvent[];
  drafts: Record<string, Draft>;
  solved: (id: string) => boolean;
  now: number;
}) {
  const t = useTranslations('dashboard.ContinuePractising');
  const difficultyName = useTranslations('catalog.difficulty');
  const ago = useTimeAgo();
  const strong = (chunks: ReactNode) => <span className={STRONG}>{chunks}</span>;
  const item = continueWhereLeftOff(catalog, events, drafts, solved);
  const lastSolve = [...events].reverse().find((e) => e.kind === 'submit' && e.passed);
  const next = item ? null : nextUnsolved(catalog, solved, lastSolve?.problemId ?? events.at(-1)?.problemId);

  return (
    <section aria-labelledby="continue-heading" data-testid="continue" className={CARD}>
      <h2 id="continue-heading" className={HEADING}>
        {t('heading')}
      </h2>
      {item ? (
        <div className="mt-2 flex flex-1 flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <span className="text-lg font-semibold">{item.problem.title}</span>
              <DifficultyBadge difficulty={item.problem.difficulty} />
            </p>
            <p className={`mt-0.5 text-sm ${MUTED}`}>
              {[
                moduleName(catalog, item.problem.module),
                t('lastWorked', { ago: ago(item.at, now) }),
                item.lastEvent
                  ? item.lastEvent.summary
                    ? t('event', { kind: t(`kind.${item.lastEvent.kind}`), summary: item.lastEvent.summary })
                    : t(`kind.${item.lastEvent.kind}`)
                  : null,
                item.hasDraft ? t('draftSaved') : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </div>
          <Link href={practiceHref(item.problem.id)} className={PRIMARY} aria-label={t('continueLabel', { title: item.problem.title })}>
            {t('continue')}
          </Link>
        </div>
      ) : (
        <div className="mt-2 flex flex-1 flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <p className="text-lg font-semibold">{t('nothingLeft')}</p>
            <p className={`mt-0.5 text-sm ${MUTED}`}>
              {lastSolve ? (
                <>
                  {t.rich('lastSolved', { strong, title: lastSolve.problemTitle, ago: ago(lastSolve.at, now) })}{' '}
                </>
              ) : null}
              {next ? (
                t.rich('nextUp', { strong, title: next.title, difficulty: difficultyName(next.difficulty), module: moduleName(catalog, next.module) })
              ) : (
                t('allSolved')
              )}
            </p>
          </div>
          {next ? (
            <Link href={practiceHref(next.id)} className={PRIMARY} aria-label={t('startNextLabel', { title: next.title })}>
              {t('startNext')}
            </Link>
          ) : (
            <Link href="/practice/auto" className={PRIMARY}>
              {t('keepPractising')}
            </Link>
          )}
        </div>
      )}
    </section>
  );
}

/** The button for each reason, a key in `dashboard.ContinueLearning.action`. */
const LEARNING_ACTION = { 'in-progress': 'inProgress', next: 'next', first: 'first' } as const;

/** The lesson in progress, or the next one on the learning path, with how far the learner is. */
export function ContinueLearning({
  catalog,
  lessons,
  progress,
  lessonTimes,
  now,
}: {
  catalog: Catalog;
  /** The learning path, in order. */
  lessons: readonly LessonOutline[];
  progress: LessonProgressState;
  /** Active time per lesson id. */
  lessonTimes: Record<string, number>;
  now: number;
}) {
  const formatDuration = useDuration();
  const t = useTranslations('dashboard.ContinueLearning');
  const ago = useTimeAgo();
  const item = continueLearning(progress, lessons);
  const done = lessons.filter((l) => progress.lessons[l.id]?.checkPassedAt != null).length;
  return (
    <section aria-labelledby="continue-learning-heading" data-testid="continue-learning" className={CARD}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="continue-learning-heading" className={HEADING}>
          {t('heading')}
        </h2>
        <Link href="/learn" className={TEXT_LINK}>
          {t('path')}
        </Link>
      </div>
      {item ? (
        <div className="mt-2 flex flex-1 flex-col">
          <p className="text-lg font-semibold">{item.outline.title}</p>
          <p className={`mt-0.5 text-sm ${MUTED}`}>
            {[
              moduleName(catalog, item.outline.module),
              item.reason === 'in-progress' && item.visitedAt !== null ? t('lastVisited', { ago: ago(item.visitedAt, now) }) : null,
              item.reason === 'next' ? t('nextOnPath') : null,
              item.reason === 'first' ? t('firstOfPath') : null,
              lessonTimes[item.outline.id] ? t('soFar', { duration: formatDuration(lessonTimes[item.outline.id]) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {item.reason !== 'first' ? (
            <div className="mt-2">
              <ShareBar share={item.completion.share} className="w-full max-w-xs" />
              <p className={`mt-1 text-xs ${MUTED}`} data-testid="continue-learning-progress">
                {completionWords(item.completion, (key, values) => t(`completion.${key}`, values))}
              </p>
            </div>
          ) : null}
          <div className="mt-auto flex flex-wrap items-end justify-between gap-3 pt-3">
            <p className={`text-xs ${MUTED}`}>
              {t('lessonsDone', { done, total: lessons.length })}
            </p>
            <Link href={lessonHref(item.outline)} className={PRIMARY} aria-label={t('actionLabel', { action: t(`action.${LEARNING_ACTION[item.reason]}`), title: item.outline.title })}>
              {t(`action.${LEARNING_ACTION[item.reason]}`)}
            </Link>
          </div>
        </div>
      ) : (
        <div className="mt-2">
          <p className="text-lg font-semibold">{t('allComplete')}</p>
          <p className={`mt-0.5 text-sm ${MUTED}`}>{t('allCompleteText', { count: lessons.length })}</p>
        </div>
      )}
    </section>
  );
}

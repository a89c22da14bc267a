'use client';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import type { LessonOutline } from '@/core/lessons/progress';
import { ProblemList } from '@/features/catalog';
import { Card, Page } from '@/features/shell';
import { lessonHref } from './learning';
import { practiceHref } from './model';
import { MUTED, PRIMARY, SECONDARY } from './ui';

export function HeaderActions({ modules }: { modules: number }) {
  const t = useTranslations('dashboard.FirstVisit');
  return (
    <div className="flex flex-wrap gap-2">
      <Link href="/modules" className={SECONDARY}>
        {t('browse', { count: modules })}
      </Link>
      <Link href="/practice/manual" className={PRIMARY}>
        {t('startPractising')}
      </Link>
    </div>
  );
}

/** The first visit: what PyDojo is, where a beginner starts (the first lesson) and the starter set. */
export function FirstVisit({ catalog, lessons }: { catalog: Catalog; lessons: readonly LessonOutline[] }) {
  const t = useTranslations('dashboard.FirstVisit');
  const starter = catalog.problems.filter((p) => p.pack === 'starter');
  const first = starter[0];
  const firstLesson = lessons[0];
  return (
    <Page
      title={t('title')}
      intro={firstLesson ? t('introLessons') : t('introProblems')}
      actions={<HeaderActions modules={catalog.modules.length} />}
    >
      {firstLesson ? (
        <section
          aria-labelledby="new-to-python"
          data-testid="first-lesson"
          className="mb-4 flex flex-wrap items-center justify-between gap-4 rounded-lg border border-brand-500/40 bg-brand-50 p-4 dark:border-brand-700/60 dark:bg-brand-700/10"
        >
          <div className="min-w-0 max-w-xl">
            <h2 id="new-to-python" className="font-semibold">
              {t('newToPython')}
            </h2>
            <p className={`mt-1 text-sm ${MUTED}`}>
              {t('lessonsText', { count: lessons.length })}
            </p>
          </div>
          <Link href={lessonHref(firstLesson)} className={PRIMARY} aria-label={t('startFirstLessonLabel', { title: firstLesson.title })}>
            {t('startFirstLesson')}
          </Link>
        </section>
      ) : null}
      <section
        aria-labelledby="new-here"
        data-testid="first-visit"
        className="mb-6 flex flex-wrap items-center justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900/40"
      >
        <div className="min-w-0 max-w-xl">
          <h2 id="new-here" className="font-semibold">
            {firstLesson ? t('knowSome') : t('newHere')}
          </h2>
          <p className={`mt-1 text-sm ${MUTED}`}>
            {t('starterText', { count: starter.length })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/practice/manual" className={SECONDARY}>
            {t('pickTopic')}
          </Link>
          {first ? (
            <Link href={practiceHref(first.id)} className={firstLesson ? SECONDARY : PRIMARY} aria-label={t('startFirstProblemLabel', { title: first.title })}>
              {t('startFirstProblem')}
            </Link>
          ) : null}
        </div>
      </section>
      <div className="grid gap-4 md:grid-cols-3">
        <Card>
          <h2 className="font-semibold">{t('readTitle')}</h2>
          <p className={`mt-1 text-sm ${MUTED}`}>{t('readText')}</p>
        </Card>
        <Card>
          <h2 className="font-semibold">{t('runTitle')}</h2>
          <p className={`mt-1 text-sm ${MUTED}`}>{t('runText')}</p>
        </Card>
        <Card>
          <h2 className="font-semibold">{t('submitTitle')}</h2>
          <p className={`mt-1 text-sm ${MUTED}`}>{t('submitText')}</p>
        </Card>
      </div>
      <div className="mb-3 mt-8 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{t('starterSet')}</h2>
        <p className={`text-sm ${MUTED}`}>{t('minutes', { count: starter.reduce((sum, p) => sum + (p.estimatedMinutes ?? 0), 0) })}</p>
      </div>
      <ProblemList problems={starter} />
    </Page>
  );
}

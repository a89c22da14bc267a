'use client';
import Link from 'next/link';
import { useMemo } from 'react';
import { useTranslations } from 'use-intl';
import { areaMastery, type MasteryState } from '@/core/auto/mastery';
import type { Catalog } from '@/core/catalog';
import { learningSummary, type LessonOutline } from '@/core/lessons/progress';
import { averageSolveMs } from '@/core/progress';
import { summaryFor, type StatsState, type Summary } from '@/core/stats';
import { activeTime } from '@/core/time/active-time';
import { useCatalog } from '@/features/catalog';
import { useHydrated, useDuration } from '@/features/shell';
import { useActiveTime } from '@/stores/active-time';
import { useLessonProgress } from '@/stores/lesson-progress';
import { useMastery } from '@/stores/mastery';
import { useProgress } from '@/stores/progress';
import { useStats } from '@/stores/stats';
import { DifficultyTable } from './DifficultyTable';
import { LessonsTable } from './LessonsTable';
import { ModuleTable } from './ModuleTable';
import { formatMastery, formatSolveTime, totalTimeMs } from './model';
import { Block, MUTED, PageSkeleton, PRIMARY, Stat, useNow } from './ui';

/** Detailed statistics: per module (down to problem types), per difficulty, and lessons per module. `lessons` is the learning path. */
export function StatsDetail({ catalog: builtIn, lessons }: { catalog: Catalog; lessons: LessonOutline[] }) {
  const formatDuration = useDuration();
  const t = useTranslations('dashboard');
  const catalog = useCatalog(builtIn);
  const ready = [useHydrated(useStats), useHydrated(useMastery), useHydrated(useProgress), useHydrated(useLessonProgress), useHydrated(useActiveTime)].every(Boolean);
  const problems = useProgress((s) => s.problems);
  const skills = useMastery((s) => s.skills);
  const mastery = useMemo<MasteryState>(() => ({ skills }), [skills]);
  const cells = useStats((s) => s.cells);
  const days = useStats((s) => s.days);
  const stats = useMemo<StatsState>(() => ({ cells, days, counted: [] }), [cells, days]);
  const lessonState = useLessonProgress((s) => s.lessons);
  const progress = useMemo(() => ({ lessons: lessonState }), [lessonState]);
  const devices = useActiveTime((s) => s.devices);
  const time = useMemo(() => activeTime({ devices }), [devices]);
  const now = useNow();

  if (!ready) {
    return (
      <PageSkeleton label={t('StatsDetail.loading')}>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
          {Array.from({ length: 6 }, (_, i) => (
            <Block key={i} className="h-20" />
          ))}
        </div>
        <Block className="h-72" />
      </PageSkeleton>
    );
  }
  const practised = Object.keys(cells).length > 0;
  const learning = Object.keys(lessonState).length > 0 || time.totalMs > 0;
  if (!practised && !learning) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700" data-testid="stats-empty">
        <p className="font-medium">{t('StatsDetail.emptyTitle')}</p>
        <p className={`mt-1 text-sm ${MUTED}`}>
          {t('StatsDetail.emptyText')}
        </p>
        <Link href="/practice/manual" className={`mt-4 ${PRIMARY}`}>
          {t('StatsDetail.startPractising')}
        </Link>
      </div>
    );
  }

  const total = summaryFor(stats);
  const lessonTotals = learningSummary(progress, lessons);
  const learnMs = Object.values(time.days).reduce((sum, d) => sum + d.learnMs, 0);
  // Solve times live in the progress records: the same numbers the workspace shows after each solve.
  const solveTime = (summary: Summary) => averageSolveMs(problems, summary.solvedProblemIds);
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        <Stat label={t('stat.attempts')} value={String(total.attempts)} hint={t('StatsDetail.passingSubmits', { count: total.solves })} testId="stats-attempts" />
        <Stat label={t('stat.problemsSolved')} value={String(total.problemsSolved)} hint={t('stat.ofAttempted', { count: total.problemsAttempted })} testId="stats-solved" />
        <Stat label={t('stat.mastery')} value={formatMastery(areaMastery(mastery, ''))} hint={t('StatsDetail.masteryHint')} testId="stats-mastery" />
        <Stat label={t('StatsDetail.averageToSolve')} value={formatSolveTime(solveTime(total), formatDuration)} hint={t('StatsDetail.averageHint')} testId="stats-average" />
        <Stat
          label={t('stat.activeTime')}
          value={formatDuration(time.totalMs, true)}
          hint={t('StatsDetail.activeHint', { learn: formatDuration(learnMs, true), run: formatDuration(totalTimeMs(stats), true) })}
          testId="stats-active-time"
        />
        <Stat
          label={t('stat.lessonsComplete')}
          value={String(lessonTotals.completed)}
          hint={t('stat.ofLessons', { total: lessonTotals.lessons, started: lessonTotals.started })}
          testId="stats-lessons-complete"
        />
      </dl>
      {lessons.length > 0 ? <LessonsTable catalog={catalog} lessons={lessons} progress={progress} time={time} /> : null}
      {practised ? (
        <>
          <ModuleTable catalog={catalog} stats={stats} mastery={mastery} solveTime={solveTime} time={time} now={now} />
          <DifficultyTable catalog={catalog} stats={stats} solveTime={solveTime} />
        </>
      ) : null}
    </div>
  );
}

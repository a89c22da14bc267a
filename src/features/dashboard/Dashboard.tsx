'use client';
import { useMemo, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import { dayKey, type HistoryEvent } from '@/core/history';
import { learningSummary, lessonMilestones, type LessonOutline } from '@/core/lessons/progress';
import { streaks, summaryFor, type StatsState } from '@/core/stats';
import { activeTime } from '@/core/time/active-time';
import { useCatalog } from '@/features/catalog';
import { Page, useHydrated, useDuration } from '@/features/shell';
import { useAchievements } from '@/stores/achievements';
import { useActiveTime } from '@/stores/active-time';
import { useDrafts } from '@/stores/drafts';
import { useHistory } from '@/stores/history';
import { useLessonProgress } from '@/stores/lesson-progress';
import { useMastery } from '@/stores/mastery';
import { useProgress } from '@/stores/progress';
import { useReviews } from '@/stores/reviews';
import { useStats } from '@/stores/stats';
import { RecentSection, WeakestSection } from './ActivitySections';
import { BadgesSection } from './BadgesSection';
import { ContinueLearning, ContinuePractising } from './ContinueCards';
import { FirstVisit, HeaderActions } from './FirstVisit';
import { Heatmap } from './Heatmap';
import { recentItems } from './learning';
import { formatPercent, hasActivity, totalTimeMs } from './model';
import { ActivitySection, MasterySection } from './ProgressSections';
import { TimeSection } from './TimeSection';
import { DashboardSkeleton } from './skeleton';
import { Section, Stat, useNow } from './ui';
import { DashboardMessages } from './DashboardMessages';

/** Waits for every store the dashboard reads to load what this browser saved. */
function useStoresReady(): boolean {
  const ready = [
    useHydrated(useStats),
    useHydrated(useHistory),
    useHydrated(useProgress),
    useHydrated(useDrafts),
    useHydrated(useMastery),
    useHydrated(useReviews),
    useHydrated(useAchievements),
    useHydrated(useLessonProgress),
    useHydrated(useActiveTime),
  ];
  return ready.every(Boolean);
}

export interface DashboardProps {
  catalog: Catalog;
  /** The learning path in order (empty when there are no lessons). */
  lessons: LessonOutline[];
  /** The guided-projects card, composed by the page. */
  projects?: ReactNode;
}

/**
 * The learner's home: continue learning and practising, progress at a
 * glance, or a welcome on the first visit. Loaded after the page's load
 * event (see LazyDashboard), with its words.
 */
export function Dashboard(props: DashboardProps) {
  return (
    <DashboardMessages>
      <DashboardBody {...props} />
    </DashboardMessages>
  );
}

function DashboardBody({ catalog: builtIn, lessons, projects }: DashboardProps) {
  const catalog = useCatalog(builtIn);
  const ready = useStoresReady();
  const cells = useStats((s) => s.cells);
  const days = useStats((s) => s.days);
  const events = useHistory((s) => s.events);
  const lessonProgress = useLessonProgress((s) => s.lessons);
  const devices = useActiveTime((s) => s.devices);
  const stats = useMemo<StatsState>(() => ({ cells, days, counted: [] }), [cells, days]);

  if (!ready) return <DashboardSkeleton />;
  const learning = Object.keys(lessonProgress).length > 0 || Object.keys(devices).length > 0;
  if (!hasActivity(stats, events) && !learning) return <FirstVisit catalog={catalog} lessons={lessons} />;
  return <Overview catalog={catalog} lessons={lessons} stats={stats} events={events} projects={projects} />;
}

function Overview({ catalog, lessons, stats, events, projects }: { catalog: Catalog; lessons: LessonOutline[]; stats: StatsState; events: HistoryEvent[]; projects?: ReactNode }) {
  const formatDuration = useDuration();
  const t = useTranslations('dashboard');
  const now = useNow();
  const today = dayKey(now);
  const progress = useProgress((s) => s.problems);
  const drafts = useDrafts((s) => s.drafts);
  const lessonState = useLessonProgress((s) => s.lessons);
  const devices = useActiveTime((s) => s.devices);
  const time = useMemo(() => activeTime({ devices }), [devices]);
  const learningProgress = useMemo(() => ({ lessons: lessonState }), [lessonState]);
  const solved = (id: string) => Boolean(progress[id]?.solvedAt);
  const summary = summaryFor(stats);
  const learning = learningSummary(learningProgress, lessons);
  const streak = streaks(stats, today);
  const todayMs = time.days[today]?.totalMs ?? 0;
  const recent = recentItems(events, lessonMilestones(learningProgress), lessons, 8);

  return (
    <Page title={t('Dashboard.title')} intro={t('Dashboard.intro')} actions={<HeaderActions modules={catalog.modules.length} />}>
      <div className="space-y-4">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="headline-stats">
          <Stat label={t('stat.problemsSolved')} value={String(summary.problemsSolved)} hint={t('stat.ofAttempted', { count: summary.problemsAttempted })} testId="stat-solved" />
          <Stat label={t('stat.attempts')} value={String(summary.attempts)} hint={t('Dashboard.submitsGraded')} testId="stat-attempts" />
          <Stat
            label={t('Dashboard.successRate')}
            value={summary.attempts ? formatPercent(summary.solves / summary.attempts) : '–'}
            hint={t('Dashboard.ofSubmitsPassed')}
            testId="stat-success"
          />
          <Stat
            label={t('stat.lessonsComplete')}
            value={String(learning.completed)}
            hint={t('stat.ofLessons', { total: learning.lessons, started: learning.started })}
            testId="stat-lessons"
          />
          <Stat label={t('stat.activeTime')} value={formatDuration(time.totalMs, true)} hint={t('Dashboard.today', { duration: formatDuration(todayMs, true) })} testId="stat-active-time" />
          <Stat label={t('Dashboard.runTime')} value={formatDuration(totalTimeMs(stats), true)} hint={t('Dashboard.runTimeHint')} testId="stat-run-time" />
          <Stat
            label={t('Dashboard.currentStreak')}
            value={t('counts.days', { count: streak.current })}
            hint={
              streak.current === 0
                ? t('Dashboard.streakStart')
                : stats.days[today]?.attempts || stats.days[today]?.runs
                  ? t('Dashboard.streakDone')
                  : t('Dashboard.streakKeep')
            }
            testId="stat-streak"
          />
          <Stat label={t('Dashboard.bestStreak')} value={t('counts.days', { count: streak.best })} hint={t('Dashboard.inARow')} testId="stat-best-streak" />
        </dl>

        <div className={`grid gap-4 ${lessons.length > 0 ? 'md:grid-cols-2' : ''}`}>
          {lessons.length > 0 ? <ContinueLearning catalog={catalog} lessons={lessons} progress={learningProgress} lessonTimes={time.lessons} now={now} /> : null}
          <ContinuePractising catalog={catalog} events={events} drafts={drafts} solved={solved} now={now} />
        </div>

        {projects}

        <div className="grid gap-4 md:grid-cols-2">
          <MasterySection catalog={catalog} stats={stats} />
          <ActivitySection stats={stats} today={today} />
          <Section title={t('Dashboard.heatmapTitle')} description={t('Dashboard.heatmapDescription')} testId="heatmap-section">
            <Heatmap days={stats.days} today={today} />
          </Section>
          <TimeSection time={time} stats={stats} today={today} />
          <WeakestSection catalog={catalog} stats={stats} solved={solved} />
          <RecentSection items={recent} now={now} />
        </div>

        <BadgesSection catalog={catalog} now={now} />
      </div>
    </Page>
  );
}

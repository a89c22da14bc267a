'use client';
import { useMemo, type ReactNode } from 'react';
import type { Catalog } from '@/core/catalog';
import { dayKey, type HistoryEvent } from '@/core/history';
import { learningSummary, lessonMilestones, type LessonOutline } from '@/core/lessons/progress';
import { streaks, summaryFor, type StatsState } from '@/core/stats';
import { activeTime } from '@/core/time/active-time';
import { useCatalog } from '@/features/catalog';
import { Page, useHydrated } from '@/features/shell';
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
import { formatDuration, formatPercent, hasActivity, plural, totalTimeMs } from './model';
import { ActivitySection, MasterySection } from './ProgressSections';
import { TimeSection } from './TimeSection';
import { Block, PageSkeleton, Section, Stat, useNow } from './ui';

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

/**
 * The learner's home: continue learning and practising, progress at a
 * glance, or a welcome on the first visit. `lessons` is the learning path in
 * order (empty when there are no lessons).
 */
/** `projects` is the guided-projects card, composed by the page. */
export function Dashboard({ catalog: builtIn, lessons, projects }: { catalog: Catalog; lessons: LessonOutline[]; projects?: ReactNode }) {
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

function DashboardSkeleton() {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 lg:py-8">
      <PageSkeleton label="Loading your dashboard…">
        <div className="space-y-2">
          <Block className="h-7 w-48" />
          <Block className="h-4 w-72 max-w-full" />
        </div>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {Array.from({ length: 8 }, (_, i) => (
            <Block key={i} className="h-20" />
          ))}
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <Block className="h-28" />
          <Block className="h-28" />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <Block className="h-64" />
          <Block className="h-64" />
        </div>
      </PageSkeleton>
    </div>
  );
}

function Overview({ catalog, lessons, stats, events, projects }: { catalog: Catalog; lessons: LessonOutline[]; stats: StatsState; events: HistoryEvent[]; projects?: ReactNode }) {
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
    <Page title="Dashboard" intro="Your learning and practice at a glance, from what this browser keeps." actions={<HeaderActions modules={catalog.modules.length} />}>
      <div className="space-y-4">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="headline-stats">
          <Stat label="Problems solved" value={String(summary.problemsSolved)} hint={`of ${summary.problemsAttempted} attempted`} testId="stat-solved" />
          <Stat label="Attempts" value={String(summary.attempts)} hint="submits graded" testId="stat-attempts" />
          <Stat
            label="Success rate"
            value={summary.attempts ? formatPercent(summary.solves / summary.attempts) : '–'}
            hint="of submits passed"
            testId="stat-success"
          />
          <Stat label="Lessons complete" value={String(learning.completed)} hint={`of ${learning.lessons}, ${learning.started} started`} testId="stat-lessons" />
          <Stat label="Active time" value={formatDuration(time.totalMs, true)} hint={`today ${formatDuration(todayMs, true)}`} testId="stat-active-time" />
          <Stat label="Run time" value={formatDuration(totalTimeMs(stats), true)} hint="your code running and graded" testId="stat-run-time" />
          <Stat
            label="Current streak"
            value={plural(streak.current, 'day')}
            hint={streak.current === 0 ? 'practise today to start one' : stats.days[today]?.attempts || stats.days[today]?.runs ? 'practised today' : 'practise today to keep it'}
            testId="stat-streak"
          />
          <Stat label="Best streak" value={plural(streak.best, 'day')} hint="in a row" testId="stat-best-streak" />
        </dl>

        <div className={`grid gap-4 ${lessons.length > 0 ? 'md:grid-cols-2' : ''}`}>
          {lessons.length > 0 ? <ContinueLearning catalog={catalog} lessons={lessons} progress={learningProgress} lessonTimes={time.lessons} now={now} /> : null}
          <ContinuePractising catalog={catalog} events={events} drafts={drafts} solved={solved} now={now} />
        </div>

        {projects}

        <div className="grid gap-4 md:grid-cols-2">
          <MasterySection catalog={catalog} stats={stats} />
          <ActivitySection stats={stats} today={today} />
          <Section title="Last 12 weeks" description="Each square is a day; the stronger the green, the more attempts." testId="heatmap-section">
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

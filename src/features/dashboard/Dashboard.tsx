'use client';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { BADGES, toCelebrate, type BadgeId } from '@/core/auto/achievements';
import { typeKey } from '@/core/auto/keys';
import { weakestKeys } from '@/core/auto/mastery';
import { reviewCountDue } from '@/core/auto/review';
import type { Catalog } from '@/core/catalog';
import { dayKey, type HistoryEvent } from '@/core/history';
import { streaks, summaryFor, type StatsState } from '@/core/stats';
import { checkBadges } from '@/features/auto';
import { DifficultyBadge, ProblemList, useCatalog } from '@/features/catalog';
import { Card, Page } from '@/features/shell';
import { useHydrated } from '@/features/workspace';
import { useDrafts } from '@/stores/drafts';
import { useHistory } from '@/stores/history';
import { useProgress } from '@/stores/progress';
import { useStats } from '@/stores/stats';
import { useAchievements } from '@/stores/achievements';
import { useMastery } from '@/stores/mastery';
import { useReviews } from '@/stores/reviews';
import { Heatmap } from './Heatmap';
import {
  continueWhereLeftOff,
  formatDuration,
  formatMastery,
  formatPercent,
  hasActivity,
  lastDays,
  longDay,
  moduleMastery,
  moduleName,
  nextUnsolved,
  plural,
  practiceHref,
  practiseKeyHref,
  shortDay,
  timeAgo,
  topicNames,
  totalTimeMs,
} from './model';
import { Block, DataTable, MUTED, PageSkeleton, PRIMARY, SECONDARY, Section, ShareBar, SMALL_LINK, Stat, TEXT_LINK, useNow } from './ui';

function ChartPlaceholder() {
  return <Block className="h-full w-full" />;
}

const MasteryChart = dynamic(() => import('./charts').then((m) => m.MasteryChart), { ssr: false, loading: ChartPlaceholder });
const ActivityChart = dynamic(() => import('./charts').then((m) => m.ActivityChart), { ssr: false, loading: ChartPlaceholder });
const TimeChart = dynamic(() => import('./charts').then((m) => m.TimeChart), { ssr: false, loading: ChartPlaceholder });

const ACTIVITY_DAYS = 30;
const TIME_DAYS = 14;
const KIND_LABEL: Record<HistoryEvent['kind'], string> = { run: 'Run', submit: 'Submit', hint: 'Hint', reveal: 'Reveal' };

/** Waits for every store the dashboard reads to load what this browser saved. */
function useStoresReady(): boolean {
  const stats = useHydrated(useStats);
  const history = useHydrated(useHistory);
  const progress = useHydrated(useProgress);
  const drafts = useHydrated(useDrafts);
  const mastery = useHydrated(useMastery);
  const reviews = useHydrated(useReviews);
  const achievements = useHydrated(useAchievements);
  return stats && history && progress && drafts && mastery && reviews && achievements;
}

function HeaderActions({ modules }: { modules: number }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Link href="/modules" className={SECONDARY}>
        Browse {modules} modules
      </Link>
      <Link href="/practice/manual" className={PRIMARY}>
        Start practising
      </Link>
    </div>
  );
}

/** The learner's home: progress at a glance, or a welcome on the first visit. */
export function Dashboard({ catalog: builtIn }: { catalog: Catalog }) {
  const catalog = useCatalog(builtIn);
  const ready = useStoresReady();
  const cells = useStats((s) => s.cells);
  const days = useStats((s) => s.days);
  const events = useHistory((s) => s.events);
  const stats = useMemo<StatsState>(() => ({ cells, days, counted: [] }), [cells, days]);

  if (!ready) return <DashboardSkeleton />;
  if (!hasActivity(stats, events)) return <FirstVisit catalog={catalog} />;
  return <Overview catalog={catalog} stats={stats} events={events} />;
}

function DashboardSkeleton() {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 lg:py-8">
      <PageSkeleton label="Loading your dashboard…">
        <div className="space-y-2">
          <Block className="h-7 w-48" />
          <Block className="h-4 w-72 max-w-full" />
        </div>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {Array.from({ length: 6 }, (_, i) => (
            <Block key={i} className="h-20" />
          ))}
        </div>
        <Block className="h-28" />
        <div className="grid gap-4 md:grid-cols-2">
          <Block className="h-64" />
          <Block className="h-64" />
        </div>
      </PageSkeleton>
    </div>
  );
}

function FirstVisit({ catalog }: { catalog: Catalog }) {
  const starter = catalog.problems.filter((p) => p.pack === 'starter');
  const first = starter[0];
  return (
    <Page
      title="Welcome to PyDojo"
      intro="Practise Python in your browser: write code in a real editor, run it instantly, and get graded by tests. Nothing to install, and your code never leaves this device."
      actions={<HeaderActions modules={catalog.modules.length} />}
    >
      <section
        aria-labelledby="new-here"
        data-testid="first-visit"
        className="mb-6 flex flex-wrap items-center justify-between gap-4 rounded-lg border border-brand-500/40 bg-brand-50 p-4 dark:border-brand-700/60 dark:bg-brand-700/10"
      >
        <div className="min-w-0 max-w-xl">
          <h2 id="new-here" className="font-semibold">
            New here? Start small
          </h2>
          <p className={`mt-1 text-sm ${MUTED}`}>
            {plural(starter.length, 'short problem')} that show how PyDojo works. Once you submit a solution, this page shows your solved problems,
            daily streak, mastery per module and the topics worth another look.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/practice/manual" className={SECONDARY}>
            Pick a topic
          </Link>
          {first ? (
            <Link href={practiceHref(first.id)} className={PRIMARY} aria-label={`Start the first problem: ${first.title}`}>
              Start the first problem
            </Link>
          ) : null}
        </div>
      </section>
      <div className="grid gap-4 md:grid-cols-3">
        <Card>
          <h2 className="font-semibold">1. Read the problem</h2>
          <p className={`mt-1 text-sm ${MUTED}`}>Each problem has a statement, examples and visible tests so you know what is expected.</p>
        </Card>
        <Card>
          <h2 className="font-semibold">2. Run your code</h2>
          <p className={`mt-1 text-sm ${MUTED}`}>Python runs right here in your browser. Print, use input(), and press Stop if a loop runs away.</p>
        </Card>
        <Card>
          <h2 className="font-semibold">3. Submit</h2>
          <p className={`mt-1 text-sm ${MUTED}`}>Tests decide: visible ones show expected against actual, hidden ones check the edge cases.</p>
        </Card>
      </div>
      <div className="mb-3 mt-8 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Starter set</h2>
        <p className={`text-sm ${MUTED}`}>about {starter.reduce((sum, p) => sum + (p.estimatedMinutes ?? 0), 0)} minutes in all</p>
      </div>
      <ProblemList problems={starter} />
    </Page>
  );
}

function Overview({ catalog, stats, events }: { catalog: Catalog; stats: StatsState; events: HistoryEvent[] }) {
  const now = useNow();
  const today = dayKey(now);
  const progress = useProgress((s) => s.problems);
  const drafts = useDrafts((s) => s.drafts);
  const solved = (id: string) => Boolean(progress[id]?.solvedAt);
  const summary = summaryFor(stats);
  const streak = streaks(stats, today);
  const time = totalTimeMs(stats);

  return (
    <Page
      title="Dashboard"
      intro="Your practice at a glance, from the history kept in this browser."
      actions={<HeaderActions modules={catalog.modules.length} />}
    >
      <div className="space-y-4">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="headline-stats">
          <Stat label="Problems solved" value={String(summary.problemsSolved)} hint={`of ${summary.problemsAttempted} attempted`} testId="stat-solved" />
          <Stat label="Attempts" value={String(summary.attempts)} hint="submits graded" testId="stat-attempts" />
          <Stat
            label="Success rate"
            value={summary.attempts ? formatPercent(summary.solves / summary.attempts) : '–'}
            hint="of submits passed"
            testId="stat-success"
          />
          <Stat label="Time spent" value={formatDuration(time, true)} hint="running and grading" testId="stat-time" />
          <Stat
            label="Current streak"
            value={plural(streak.current, 'day')}
            hint={streak.current === 0 ? 'practise today to start one' : stats.days[today]?.attempts || stats.days[today]?.runs ? 'practised today' : 'practise today to keep it'}
            testId="stat-streak"
          />
          <Stat label="Best streak" value={plural(streak.best, 'day')} hint="in a row" testId="stat-best-streak" />
        </dl>

        <ContinueCard catalog={catalog} events={events} drafts={drafts} solved={solved} now={now} />

        <div className="grid gap-4 md:grid-cols-2">
          <MasterySection catalog={catalog} stats={stats} />
          <ActivitySection stats={stats} today={today} />
          <Section title="Last 12 weeks" description="Each square is a day; the stronger the green, the more attempts." testId="heatmap-section">
            <Heatmap days={stats.days} today={today} />
          </Section>
          <TimeSection stats={stats} today={today} />
          <WeakestSection catalog={catalog} stats={stats} solved={solved} />
          <RecentSection events={events} now={now} />
        </div>

        <BadgesSection catalog={catalog} now={now} />
      </div>
    </Page>
  );
}

function ContinueCard({
  catalog,
  events,
  drafts,
  solved,
  now,
}: {
  catalog: Catalog;
  events: HistoryEvent[];
  drafts: Record<string, { code: string; updatedAt: number }>;
  solved: (id: string) => boolean;
  now: number;
}) {
  const item = continueWhereLeftOff(catalog, events, drafts, solved);
  const lastSolve = [...events].reverse().find((e) => e.kind === 'submit' && e.passed);
  const next = item ? null : nextUnsolved(catalog, solved, lastSolve?.problemId ?? events.at(-1)?.problemId);

  return (
    <section
      aria-labelledby="continue-heading"
      data-testid="continue"
      className="rounded-lg border border-brand-500/40 bg-brand-50 p-4 dark:border-brand-700/60 dark:bg-brand-700/10"
    >
      <h2 id="continue-heading" className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-500">
        Continue where you left off
      </h2>
      {item ? (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <span className="text-lg font-semibold">{item.problem.title}</span>
              <DifficultyBadge difficulty={item.problem.difficulty} />
            </p>
            <p className={`mt-0.5 text-sm ${MUTED}`}>
              {moduleName(catalog, item.problem.module)} · last worked on {timeAgo(item.at, now)}
              {item.lastEvent ? ` · ${KIND_LABEL[item.lastEvent.kind].toLowerCase()}${item.lastEvent.summary ? `: ${item.lastEvent.summary}` : ''}` : ''}
              {item.hasDraft ? ' · draft saved' : ''}
            </p>
          </div>
          <Link href={practiceHref(item.problem.id)} className={PRIMARY} aria-label={`Continue: ${item.problem.title}`}>
            Continue
          </Link>
        </div>
      ) : (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0">
            <p className="text-lg font-semibold">Nothing left unfinished</p>
            <p className={`mt-0.5 text-sm ${MUTED}`}>
              {lastSolve ? (
                <>
                  You last solved <span className="font-medium text-slate-900 dark:text-slate-100">{lastSolve.problemTitle}</span> {timeAgo(lastSolve.at, now)}.{' '}
                </>
              ) : null}
              {next ? (
                <>
                  Next up: <span className="font-medium text-slate-900 dark:text-slate-100">{next.title}</span> ({next.difficulty}, {moduleName(catalog, next.module)}).
                </>
              ) : (
                'You have solved every problem in this browser. Well done.'
              )}
            </p>
          </div>
          {next ? (
            <Link href={practiceHref(next.id)} className={PRIMARY} aria-label={`Start next problem: ${next.title}`}>
              Start next problem
            </Link>
          ) : (
            <Link href="/practice/auto" className={PRIMARY}>
              Keep practising
            </Link>
          )}
        </div>
      )}
    </section>
  );
}

function MasterySection({ catalog, stats }: { catalog: Catalog; stats: StatsState }) {
  const skills = useMastery((s) => s.skills);
  const modules = moduleMastery(catalog, stats, { skills });
  const rows = modules.flatMap((row) => (row.mastery === null ? [] : [{ ...row, mastery: row.mastery }]));
  const height = Math.max(90, rows.length * 34 + 40);
  const label =
    rows.length === 0
      ? 'Mastery by module: no module attempted yet.'
      : `Mastery by module: ${rows.map((r) => `${r.name} ${r.mastery}% (${r.solved} of ${r.attempted} solved)`).join('; ')}.`;
  return (
    <Section
      title="Mastery by module"
      description="Skill estimated from every finished attempt; hints and revealed solutions count against a solve."
      action={
        <Link href="/insights/stats" className={TEXT_LINK}>
          Detailed stats
        </Link>
      }
      testId="mastery-section"
    >
      {rows.length === 0 ? (
        <p className={`text-sm ${MUTED}`}>
          {modules.length === 0 ? 'Submit a solution to see your mastery per module.' : 'Finish a problem (solve it, or move on) to see your mastery per module.'}
        </p>
      ) : (
        <>
          <div role="img" aria-label={label} style={{ height }}>
            <MasteryChart rows={rows} height={height} />
          </div>
          <DataTable
            caption="Mastery by module"
            columns={['Module', 'Solved', 'Mastery']}
            rows={modules.map((r) => [r.name, `${r.solved} of ${r.attempted}`, formatMastery(r.mastery)])}
          />
          <p className={`mt-3 border-t border-slate-200 pt-3 text-sm dark:border-slate-800 ${MUTED}`}>
            {modules.length} of {plural(catalog.modules.length, 'module')} practised.{' '}
            {modules.length < catalog.modules.length ? (
              <Link href="/modules" className={TEXT_LINK}>
                Explore another module
              </Link>
            ) : null}
          </p>
        </>
      )}
    </Section>
  );
}

function ActivitySection({ stats, today }: { stats: StatsState; today: string }) {
  const range = lastDays(today, ACTIVITY_DAYS);
  const data = range.map((day) => ({ day, label: shortDay(day), attempts: stats.days[day]?.attempts ?? 0, solves: stats.days[day]?.solves ?? 0 }));
  const attempts = data.reduce((sum, d) => sum + d.attempts, 0);
  const solves = data.reduce((sum, d) => sum + d.solves, 0);
  const active = data.filter((d) => d.attempts > 0);
  const label =
    attempts === 0
      ? `Attempts and solves per day over the last ${ACTIVITY_DAYS} days: no attempts.`
      : `Attempts and solves per day over the last ${ACTIVITY_DAYS} days: ${plural(attempts, 'attempt')} and ${plural(solves, 'solve')} in total. ` +
        active.map((d) => `${longDay(d.day)}: ${plural(d.attempts, 'attempt')}, ${plural(d.solves, 'solve')}`).join('; ') +
        '.';
  return (
    <Section
      title={`Activity, last ${ACTIVITY_DAYS} days`}
      description={`${plural(attempts, 'attempt')} · ${plural(solves, 'solve')} · ${plural(active.length, 'active day')}`}
      testId="activity-section"
    >
      <div className="mb-2 flex gap-4 text-xs" aria-hidden="true">
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-sm bg-slate-500" /> Attempts
        </span>
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-sm bg-brand-600 dark:bg-brand-500" /> Solves
        </span>
      </div>
      <div role="img" aria-label={label} style={{ height: 220 }}>
        <ActivityChart data={data} height={220} />
      </div>
      {active.length > 0 ? (
        <DataTable
          caption={`Attempts and solves per active day, last ${ACTIVITY_DAYS} days`}
          columns={['Day', 'Attempts', 'Solves']}
          rows={active.map((d) => [d.label, d.attempts, d.solves])}
        />
      ) : null}
    </Section>
  );
}

function TimeSection({ stats, today }: { stats: StatsState; today: string }) {
  const range = lastDays(today, TIME_DAYS);
  const ms = range.map((day) => stats.days[day]?.timeMs ?? 0);
  const max = Math.max(0, ...ms);
  const unit: 's' | 'min' = max >= 120_000 ? 'min' : 's';
  const data = range.map((day, i) => ({ day, label: shortDay(day), value: Number((ms[i] / (unit === 'min' ? 60_000 : 1_000)).toFixed(1)) }));
  const total = ms.reduce((sum, v) => sum + v, 0);
  const activeDays = ms.filter((v) => v > 0).length;
  const label =
    total === 0
      ? `Time spent per day over the last ${TIME_DAYS} days: none.`
      : `Time spent per day over the last ${TIME_DAYS} days: ${formatDuration(total)} in total. ` +
        range
          .filter((_, i) => ms[i] > 0)
          .map((day) => `${longDay(day)}: ${formatDuration(stats.days[day].timeMs)}`)
          .join('; ') +
        '.';
  return (
    <Section
      title="Time spent"
      description={`Time your code spent running and being graded. ${formatDuration(total)} in the last ${TIME_DAYS} days${activeDays ? `, ${formatDuration(total / activeDays)} per active day` : ''}.`}
      testId="time-section"
    >
      <div role="img" aria-label={label} style={{ height: 160 }}>
        <TimeChart data={data} unit={unit} height={160} />
      </div>
      {activeDays > 0 ? (
        <DataTable
          caption={`Time spent per active day, last ${TIME_DAYS} days`}
          columns={['Day', 'Time']}
          rows={range.flatMap((day, i) => (ms[i] > 0 ? [[shortDay(day), formatDuration(ms[i])]] : []))}
        />
      ) : null}
    </Section>
  );
}

function WeakestSection({ catalog, stats, solved }: { catalog: Catalog; stats: StatsState; solved: (id: string) => boolean }) {
  const skills = useMastery((s) => s.skills);
  const rows = weakestKeys({ skills }, new Set(catalog.problems.map(typeKey)), 5)
    .filter((row) => row.percent < 80)
    .map((row) => ({ ...row, summary: summaryFor(stats, `${row.key}/`) }));
  return (
    <Section title="Weakest problem types" description="Your lowest skill estimates; auto mode practises these first." testId="weakest-section">
      {rows.length === 0 ? (
        <div className={`text-sm ${MUTED}`}>
          <p>No weak spots: every problem type you finished is at 80% mastery or more.</p>
          <Link href="/practice/manual" className={`mt-2 inline-block ${TEXT_LINK}`}>
            Pick a new topic
          </Link>
        </div>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((row) => {
            const names = topicNames(catalog, row.key);
            const title = names.problemType ?? names.subtopic ?? names.module;
            const context = [names.module, names.subtopic].filter((n): n is string => Boolean(n) && n !== title).join(' › ');
            const href = practiseKeyHref(catalog, row.key, solved);
            return (
              <li key={row.key} className="py-2.5 first:pt-0 last:pb-0" data-testid="weak-type">
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="text-sm font-medium">{title}</p>
                    {context ? <p className={`text-xs ${MUTED}`}>{context}</p> : null}
                  </div>
                  {href ? (
                    <Link href={href} className={SMALL_LINK} aria-label={`Practise this: ${title}`}>
                      Practise this
                    </Link>
                  ) : null}
                </div>
                <div className="mt-1.5 flex items-center gap-2">
                  <ShareBar share={row.percent / 100} className="w-20 shrink-0" />
                  <span className={`text-xs tabular-nums ${MUTED}`}>
                    mastery {Math.round(row.percent)}% · {row.summary.problemsSolved} of {row.summary.problemsAttempted} solved · {plural(row.attempts, 'finished attempt')}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

function RecentSection({ events, now }: { events: HistoryEvent[]; now: number }) {
  const recent = [...events].sort((a, b) => b.at - a.at).slice(0, 8);
  return (
    <Section
      title="Recent activity"
      action={
        <Link href="/history" className={TEXT_LINK}>
          All history
        </Link>
      }
      testId="recent-section"
    >
      {recent.length === 0 ? (
        <p className={`text-sm ${MUTED}`}>Nothing recorded yet.</p>
      ) : (
        <ol className="divide-y divide-slate-200 dark:divide-slate-800">
          {recent.map((event) => (
            <li key={event.id} className="flex items-start gap-3 py-2 first:pt-0 last:pb-0" data-testid="recent-event">
              <KindPill event={event} />
              <div className="min-w-0 flex-1">
                <Link href={practiceHref(event.problemId)} className="block truncate text-sm font-medium hover:underline">
                  {event.problemTitle}
                </Link>
                {event.summary ? <p className={`truncate text-xs ${MUTED}`}>{event.summary}</p> : null}
              </div>
              <time dateTime={new Date(event.at).toISOString()} title={new Date(event.at).toLocaleString()} className={`shrink-0 text-xs tabular-nums ${MUTED}`}>
                {timeAgo(event.at, now)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function KindPill({ event }: { event: HistoryEvent }) {
  const [text, cls] =
    event.kind === 'submit'
      ? event.passed
        ? ['Passed', 'bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100']
        : ['Failed', 'bg-red-100 text-red-800 dark:bg-red-900/40 dark:text-red-200']
      : [KIND_LABEL[event.kind], 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300'];
  return <span className={`mt-0.5 w-14 shrink-0 rounded px-1.5 py-0.5 text-center text-[11px] font-medium ${cls}`}>{text}</span>;
}

/** Badges (new ones celebrated once) and the spaced reviews that are due. */
function BadgesSection({ catalog, now }: { catalog: Catalog; now: number }) {
  const earned = useAchievements((s) => s.earned);
  const markCelebrated = useAchievements((s) => s.markCelebrated);
  const due = reviewCountDue(useReviews(), now);
  const [fresh, setFresh] = useState<BadgeId[]>([]);

  useEffect(() => {
    // Streak badges can be earned by the calendar alone: check on every visit.
    checkBadges({ problems: catalog.problems, modules: catalog.modules });
    const state = useAchievements.getState();
    const ids = toCelebrate(state);
    if (ids.length === 0) return;
    // Shown this once, then marked in the store so no later visit celebrates it again.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFresh(ids);
    markCelebrated(ids);
  }, [catalog, markCelebrated]);

  const count = Object.keys(earned).length;
  return (
    <Section
      title="Achievements"
      description={`${count} of ${BADGES.length} badges earned.${due > 0 ? ` ${due} review${due === 1 ? ' is' : 's are'} due.` : ''}`}
      action={
        due > 0 ? (
          <Link href="/practice/auto" className={TEXT_LINK} data-testid="reviews-due-link">
            Review in auto mode
          </Link>
        ) : null
      }
      testId="badges-section"
    >
      {fresh.length > 0 ? (
        <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" role="status" data-testid="badge-celebration">
          ★ New: {fresh.map((id) => BADGES.find((b) => b.id === id)?.title).join(', ')}
        </p>
      ) : null}
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {BADGES.map((b) => {
          const at = earned[b.id];
          return (
            <li
              key={b.id}
              className={`flex items-start gap-2 rounded-md border p-2 text-sm ${at ? 'border-amber-300 bg-amber-50/60 dark:border-amber-700/60 dark:bg-amber-950/30' : 'border-dashed border-slate-300 dark:border-slate-700'}`}
              data-testid="badge"
              data-earned={at ? 'true' : 'false'}
              data-badge={b.id}
            >
              <span aria-hidden="true">{at ? '★' : '☆'}</span>
              <span className="min-w-0">
                <span className="block font-medium">{b.title}</span>
                <span className={`block text-xs ${MUTED}`}>
                  {b.description}
                  {at ? ` Earned ${new Date(at).toLocaleDateString()}.` : ''}
                </span>
                <span className="sr-only">{at ? 'Earned' : 'Not earned yet'}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

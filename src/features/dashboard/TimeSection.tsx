'use client';
import dynamic from 'next/dynamic';
import type { StatsState } from '@/core/stats';
import type { ActiveTime } from '@/core/time/active-time';
import { timeByDay } from './learning';
import { formatDuration, lastDays, longDay, shortDay } from './model';
import { Block, DataTable, MUTED, Section } from './ui';

const TimeChart = dynamic(() => import('./charts').then((m) => m.TimeChart), { ssr: false, loading: () => <Block className="h-full w-full" /> });

const TIME_DAYS = 14;

/**
 * Active time per day: learning (lesson pages) and practising (the
 * workspace), counted while the page is visible and in use; run time (the
 * learner's code running and being graded) beside it.
 */
export function TimeSection({ time, stats, today }: { time: ActiveTime; stats: StatsState; today: string }) {
  const rows = timeByDay(time, stats, lastDays(today, TIME_DAYS));
  const active = rows.map((r) => r.learnMs + r.practiseMs);
  const max = Math.max(0, ...active);
  const unit: 's' | 'min' = max >= 120_000 ? 'min' : 's';
  const scale = unit === 'min' ? 60_000 : 1_000;
  const data = rows.map((r) => ({ label: shortDay(r.day), learn: Number((r.learnMs / scale).toFixed(1)), practise: Number((r.practiseMs / scale).toFixed(1)) }));
  const total = active.reduce((sum, v) => sum + v, 0);
  const learn = rows.reduce((sum, r) => sum + r.learnMs, 0);
  const run = rows.reduce((sum, r) => sum + r.runMs, 0);
  const days = rows.filter((r) => r.learnMs + r.practiseMs + r.runMs > 0);
  const activeDays = active.filter((v) => v > 0).length;
  const label =
    total === 0
      ? `Active time per day over the last ${TIME_DAYS} days: none yet.`
      : `Active time per day over the last ${TIME_DAYS} days: ${formatDuration(total)} in total, ${formatDuration(learn)} of it learning. ` +
        rows
          .filter((r) => r.learnMs + r.practiseMs > 0)
          .map((r) => `${longDay(r.day)}: ${formatDuration(r.learnMs)} learning, ${formatDuration(r.practiseMs)} practising`)
          .join('; ') +
        '.';
  return (
    <Section
      title="Active time"
      description={
        <>
          Time spent learning and practising with PyDojo open and in use (a minute without input pauses it). {formatDuration(total)} in the last {TIME_DAYS} days
          {activeDays ? `, ${formatDuration(total / activeDays)} per active day` : ''}; your code ran for {formatDuration(run)} of it.
        </>
      }
      testId="time-section"
    >
      <div className="mb-2 flex gap-4 text-xs" aria-hidden="true">
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-sm bg-sky-700 dark:bg-sky-400" /> Learning
        </span>
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-sm bg-brand-600 dark:bg-brand-500" /> Practising
        </span>
      </div>
      <div role="img" aria-label={label} style={{ height: 160 }}>
        <TimeChart data={data} unit={unit} height={160} />
      </div>
      {days.length > 0 ? (
        <DataTable
          caption={`Active time and run time per day, last ${TIME_DAYS} days`}
          columns={['Day', 'Learning', 'Practising', 'Run time']}
          rows={days.map((r) => [shortDay(r.day), formatDuration(r.learnMs), formatDuration(r.practiseMs), formatDuration(r.runMs)])}
        />
      ) : (
        <p className={`mt-2 text-xs ${MUTED}`}>Open a lesson or a problem and your time shows here.</p>
      )}
    </Section>
  );
}

'use client';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { DayStats } from '@/core/stats';
import { calendarWeeks, heatLevel } from './model';
import { useDayFormat } from './ui';

const LEVEL_CLASS = [
  'bg-slate-100 dark:bg-slate-800',
  'bg-brand-100 dark:bg-brand-700/45',
  'bg-brand-500/55 dark:bg-brand-700',
  'bg-brand-500 dark:bg-brand-600',
  'bg-brand-700 dark:bg-brand-500',
] as const;

/** The weekdays named beside the rows (Monday = 0): Monday, Wednesday and Friday. */
const NAMED_WEEKDAYS = new Set([0, 2, 4]);

/** A calendar of the last `weeks` weeks, one square per day, darker with more attempts. */
export function Heatmap({ days, today, weeks = 12 }: { days: Record<string, DayStats>; today: string; weeks?: number }) {
  const t = useTranslations('dashboard.Heatmap');
  const dayFormat = useDayFormat();
  const describeDay = (day: string, stats: DayStats | undefined): string =>
    !stats || stats.attempts + stats.runs === 0
      ? t('dayIdle', { day: dayFormat.long(day) })
      : t('day', { day: dayFormat.long(day), attempts: stats.attempts, solves: stats.solves, runs: stats.runs });
  const columns = calendarWeeks(today, weeks);
  const inRange = columns.flat().filter((d): d is string => d !== null);
  const max = Math.max(0, ...inRange.map((d) => days[d]?.attempts ?? 0));
  const active = inRange.filter((d) => (days[d]?.attempts ?? 0) + (days[d]?.runs ?? 0) > 0);
  const attempts = inRange.reduce((sum, d) => sum + (days[d]?.attempts ?? 0), 0);
  const busiest = inRange.reduce<string | null>((best, d) => ((days[d]?.attempts ?? 0) > (best ? (days[best]?.attempts ?? 0) : 0) ? d : best), null);
  const label =
    active.length === 0
      ? t('labelEmpty', { weeks })
      : busiest
        ? t('labelBusiest', { weeks, active: active.length, attempts, day: dayFormat.long(busiest), busiest: days[busiest].attempts })
        : t('label', { weeks, active: active.length, attempts });

  const monthOf = (day: string | null) => (day ? dayFormat.month(day) : '');
  // A month is named above the first week that starts in it (and above the first column,
  // unless the next one already names a new month).
  const starts = columns.map((week) => monthOf(week[0]));
  const monthLabels = starts.map((month, i) => {
    if (i === 0) return starts[1] === month ? month : '';
    return month !== starts[i - 1] ? month : '';
  });

  return (
    <div>
      <div
        role="img"
        aria-label={label}
        data-testid="activity-heatmap"
        className="grid max-w-md gap-[3px] text-[11px] leading-none text-slate-600 dark:text-slate-400"
        style={{ gridTemplateColumns: `auto repeat(${weeks}, minmax(0, 1fr))` }}
      >
        <span />
        {monthLabels.map((month, i) => (
          <span key={`m-${i}`} className="overflow-visible whitespace-nowrap pb-1">
            {month}
          </span>
        ))}
        {Array.from({ length: 7 }, (_, d) => (
          <Row key={d} weekday={NAMED_WEEKDAYS.has(d) ? dayFormat.weekday(d) : ''}>
            {columns.map((week, w) => {
              const day = week[d];
              if (!day) return <span key={`${w}-${d}`} className="aspect-square" />;
              const level = heatLevel(days[day], max);
              return (
                <span
                  key={day}
                  title={describeDay(day, days[day])}
                  data-level={level}
                  className={`aspect-square rounded-[3px] ${LEVEL_CLASS[level]} ${day === today ? 'ring-1 ring-slate-400 dark:ring-slate-500' : ''}`}
                />
              );
            })}
          </Row>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <p>
          {t('summary', { count: active.length, weeks })}
        </p>
        <div className="flex items-center gap-1" aria-hidden="true">
          <span className="mr-1">{t('fewer')}</span>
          {LEVEL_CLASS.map((cls) => (
            <span key={cls} className={`size-3 rounded-[3px] ${cls}`} />
          ))}
          <span className="ml-1">{t('more')}</span>
        </div>
      </div>
    </div>
  );
}

function Row({ weekday, children }: { weekday: string; children: ReactNode }) {
  return (
    <>
      <span className="flex items-center pr-1.5">{weekday}</span>
      {children}
    </>
  );
}

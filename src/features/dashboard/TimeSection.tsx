'use client';
import dynamic from 'next/dynamic';
import { useTranslations } from 'use-intl';
import type { StatsState } from '@/core/stats';
import type { ActiveTime } from '@/core/time/active-time';
import { timeByDay } from './learning';
import { lastDays } from './model';
import { Block, DataTable, MUTED, Section, useDayFormat } from './ui';
import { useDuration } from '@/features/shell';

const TimeChart = dynamic(() => import('./charts').then((m) => m.TimeChart), { ssr: false, loading: () => <Block className="h-full w-full" /> });

const TIME_DAYS = 14;

/**
 * Active time per day: learning (lesson pages) and practising (the
 * workspace), counted while the page is visible and in use; run time (the
 * learner's code running and being graded) beside it.
 */
export function TimeSection({ time, stats, today }: { time: ActiveTime; stats: StatsState; today: string }) {
  const formatDuration = useDuration();
  const t = useTranslations('dashboard');
  const dayFormat = useDayFormat();
  const rows = timeByDay(time, stats, lastDays(today, TIME_DAYS));
  const active = rows.map((r) => r.learnMs + r.practiseMs);
  const max = Math.max(0, ...active);
  const unit: 's' | 'min' = max >= 120_000 ? 'min' : 's';
  const scale = unit === 'min' ? 60_000 : 1_000;
  const data = rows.map((r) => ({ label: dayFormat.short(r.day), learn: Number((r.learnMs / scale).toFixed(1)), practise: Number((r.practiseMs / scale).toFixed(1)) }));
  const total = active.reduce((sum, v) => sum + v, 0);
  const learn = rows.reduce((sum, r) => sum + r.learnMs, 0);
  const run = rows.reduce((sum, r) => sum + r.runMs, 0);
  const days = rows.filter((r) => r.learnMs + r.practiseMs + r.runMs > 0);
  const activeDays = active.filter((v) => v > 0).length;
  const label =
    total === 0
      ? t('Time.labelEmpty', { days: TIME_DAYS })
      : t('Time.label', {
          days: TIME_DAYS,
          total: formatDuration(total),
          learn: formatDuration(learn),
          perDay: rows
            .filter((r) => r.learnMs + r.practiseMs > 0)
            .map((r) => t('Time.day', { day: dayFormat.long(r.day), learn: formatDuration(r.learnMs), practise: formatDuration(r.practiseMs) }))
            .join(t('separators.entries')),
        });
  return (
    <Section
      title={t('Time.title')}
      description={
        activeDays
          ? t('Time.descriptionPerDay', { total: formatDuration(total), days: TIME_DAYS, perDay: formatDuration(total / activeDays), run: formatDuration(run) })
          : t('Time.description', { total: formatDuration(total), days: TIME_DAYS, run: formatDuration(run) })
      }
      testId="time-section"
    >
      <div className="mb-2 flex gap-4 text-xs" aria-hidden="true">
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-sm bg-sky-700 dark:bg-sky-400" /> {t('columns.learning')}
        </span>
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-sm bg-brand-600 dark:bg-brand-500" /> {t('columns.practising')}
        </span>
      </div>
      <div role="img" aria-label={label} style={{ height: 160 }}>
        <TimeChart data={data} unit={unit} height={160} />
      </div>
      {days.length > 0 ? (
        <DataTable
          caption={t('Time.caption', { days: TIME_DAYS })}
          columns={[t('columns.day'), t('columns.learning'), t('columns.practising'), t('columns.runTime')]}
          rows={days.map((r) => [dayFormat.short(r.day), formatDuration(r.learnMs), formatDuration(r.practiseMs), formatDuration(r.runMs)])}
        />
      ) : (
        <p className={`mt-2 text-xs ${MUTED}`}>{t('Time.empty')}</p>
      )}
    </Section>
  );
}

'use client';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import type { StatsState } from '@/core/stats';
import { useMastery } from '@/stores/mastery';
import { formatMastery, lastDays, moduleMastery } from './model';
import { Block, DataTable, MUTED, Section, TEXT_LINK, useDayFormat } from './ui';

function ChartPlaceholder() {
  return <Block className="h-full w-full" />;
}

const MasteryChart = dynamic(() => import('./charts').then((m) => m.MasteryChart), { ssr: false, loading: ChartPlaceholder });
const ActivityChart = dynamic(() => import('./charts').then((m) => m.ActivityChart), { ssr: false, loading: ChartPlaceholder });

const ACTIVITY_DAYS = 30;

export function MasterySection({ catalog, stats }: { catalog: Catalog; stats: StatsState }) {
  const t = useTranslations('dashboard');
  const skills = useMastery((s) => s.skills);
  const modules = moduleMastery(catalog, stats, { skills });
  const rows = modules.flatMap((row) => (row.mastery === null ? [] : [{ ...row, mastery: row.mastery }]));
  const height = Math.max(90, rows.length * 34 + 40);
  const label =
    rows.length === 0
      ? t('Mastery.labelEmpty')
      : t('Mastery.label', {
          rows: rows.map((r) => t('Mastery.row', { name: r.name, mastery: r.mastery, solved: r.solved, attempted: r.attempted })).join(t('separators.entries')),
        });
  return (
    <Section
      title={t('Mastery.title')}
      description={t('Mastery.description')}
      action={
        <Link href="/insights/stats" className={TEXT_LINK}>
          {t('Mastery.detailedStats')}
        </Link>
      }
      testId="mastery-section"
    >
      {rows.length === 0 ? (
        <p className={`text-sm ${MUTED}`}>
          {modules.length === 0 ? t('Mastery.noModules') : t('Mastery.noFinished')}
        </p>
      ) : (
        <>
          <div role="img" aria-label={label} style={{ height }}>
            <MasteryChart rows={rows} height={height} />
          </div>
          <DataTable
            caption={t('Mastery.title')}
            columns={[t('columns.module'), t('columns.solved'), t('columns.mastery')]}
            rows={modules.map((r) => [r.name, t('Mastery.solvedOf', { solved: r.solved, attempted: r.attempted }), formatMastery(r.mastery)])}
          />
          <p className={`mt-3 border-t border-slate-200 pt-3 text-sm dark:border-slate-800 ${MUTED}`}>
            {t('Mastery.practised', { count: modules.length, total: catalog.modules.length })}{' '}
            {modules.length < catalog.modules.length ? (
              <Link href="/modules" className={TEXT_LINK}>
                {t('Mastery.explore')}
              </Link>
            ) : null}
          </p>
        </>
      )}
    </Section>
  );
}

export function ActivitySection({ stats, today }: { stats: StatsState; today: string }) {
  const t = useTranslations('dashboard');
  const dayFormat = useDayFormat();
  const range = lastDays(today, ACTIVITY_DAYS);
  const data = range.map((day) => ({ day, label: dayFormat.short(day), attempts: stats.days[day]?.attempts ?? 0, solves: stats.days[day]?.solves ?? 0 }));
  const attempts = data.reduce((sum, d) => sum + d.attempts, 0);
  const solves = data.reduce((sum, d) => sum + d.solves, 0);
  const active = data.filter((d) => d.attempts > 0);
  const label =
    attempts === 0
      ? t('Activity.labelEmpty', { days: ACTIVITY_DAYS })
      : t('Activity.label', {
          days: ACTIVITY_DAYS,
          attempts,
          solves,
          perDay: active.map((d) => t('Activity.day', { day: dayFormat.long(d.day), attempts: d.attempts, solves: d.solves })).join(t('separators.entries')),
        });
  return (
    <Section
      title={t('Activity.title', { days: ACTIVITY_DAYS })}
      description={[t('counts.attempts', { count: attempts }), t('counts.solves', { count: solves }), t('counts.activeDays', { count: active.length })].join(' · ')}
      testId="activity-section"
    >
      <div className="mb-2 flex gap-4 text-xs" aria-hidden="true">
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-sm bg-slate-500" /> {t('columns.attempts')}
        </span>
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-sm bg-brand-600 dark:bg-brand-500" /> {t('columns.solves')}
        </span>
      </div>
      <div role="img" aria-label={label} style={{ height: 220 }}>
        <ActivityChart data={data} height={220} />
      </div>
      {active.length > 0 ? (
        <DataTable
          caption={t('Activity.caption', { days: ACTIVITY_DAYS })}
          columns={[t('columns.day'), t('columns.attempts'), t('columns.solves')]}
          rows={active.map((d) => [d.label, d.attempts, d.solves])}
        />
      ) : null}
    </Section>
  );
}


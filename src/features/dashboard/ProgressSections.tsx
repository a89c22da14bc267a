'use client';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import type { Catalog } from '@/core/catalog';
import type { StatsState } from '@/core/stats';
import { useMastery } from '@/stores/mastery';
import { formatMastery, lastDays, longDay, moduleMastery, plural, shortDay } from './model';
import { Block, DataTable, MUTED, Section, TEXT_LINK } from './ui';

function ChartPlaceholder() {
  return <Block className="h-full w-full" />;
}

const MasteryChart = dynamic(() => import('./charts').then((m) => m.MasteryChart), { ssr: false, loading: ChartPlaceholder });
const ActivityChart = dynamic(() => import('./charts').then((m) => m.ActivityChart), { ssr: false, loading: ChartPlaceholder });

const ACTIVITY_DAYS = 30;

export function MasterySection({ catalog, stats }: { catalog: Catalog; stats: StatsState }) {
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

export function ActivitySection({ stats, today }: { stats: StatsState; today: string }) {
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


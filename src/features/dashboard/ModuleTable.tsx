'use client';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { areaMastery, type MasteryState } from '@/core/auto/mastery';
import type { Catalog, ProblemSummary } from '@/core/catalog';
import { breakdown, type StatsState, type Summary } from '@/core/stats';
import { timeOf, type ActiveTime } from '@/core/time/active-time';
import { formatMastery, formatSolveTime, moduleHref, topicNames } from './model';
import { TD, TH, TH_FIRST } from './table-styles';
import { MUTED, Section, ShareBar, TEXT_LINK, useDateTime, useTimeAgo } from './ui';
import { useDuration } from '@/features/shell';

type Level = 1 | 2 | 3;

export function problemsUnder(catalog: Catalog, key: string): ProblemSummary[] {
  const [moduleId, subtopicId, typeId] = key.split('/');
  return catalog.problems.filter(
    (p) =>
      p.module === moduleId &&
      (subtopicId === undefined || (p.subtopic ?? '-') === subtopicId) &&
      (typeId === undefined || (p.problemType ?? '-') === typeId),
  );
}

/**
 * Active time under a row: on its problems (those in the catalogue and any
 * attempted there) and, for a module or a subtopic, on its lessons.
 */
function rowTime(catalog: Catalog, time: ActiveTime, key: string, level: Level, summary: Summary): number {
  const problems = [...problemsUnder(catalog, key).map((p) => p.id), ...summary.attemptedProblemIds];
  const lessons = level === 1 ? Object.keys(time.lessons).filter((id) => id.startsWith(`${key}/`)) : level === 2 ? [key] : [];
  return timeOf(time.problems, problems) + timeOf(time.lessons, lessons);
}

/** The rows one level below `key` — none when there is only an unnamed level ("-") below. */
function children(stats: StatsState, key: string, level: Level): Array<{ key: string; summary: Summary }> {
  if (level === 3) return [];
  const rows = breakdown(stats, (level + 1) as 2 | 3, `${key}/`);
  return rows.length === 1 && rows[0].key.endsWith('/-') ? [] : rows;
}

export type SolveTime = (summary: Summary) => number | null;

export function ModuleTable({
  catalog,
  stats,
  mastery,
  solveTime,
  time,
  now,
}: {
  catalog: Catalog;
  stats: StatsState;
  mastery: MasteryState;
  solveTime: SolveTime;
  time: ActiveTime;
  now: number;
}) {
  const t = useTranslations('dashboard');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) {
        for (const k of next) if (k === key || k.startsWith(`${key}/`)) next.delete(k);
      } else next.add(key);
      return next;
    });
  const order = new Map(catalog.modules.map((m, i) => [m.id, i]));
  const modules = breakdown(stats, 1).sort((a, b) => (order.get(a.key) ?? 999) - (order.get(b.key) ?? 999));
  const notStarted = catalog.modules.filter((m) => !modules.some((row) => row.key === m.id));

  const renderRows = (rows: Array<{ key: string; summary: Summary }>, level: Level): ReactNode[] =>
    rows.flatMap((row) => {
      const below = children(stats, row.key, level);
      const expanded = open.has(row.key);
      return [
        <Row
          key={row.key}
          rowKey={row.key}
          level={level}
          catalog={catalog}
          summary={row.summary}
          mastery={areaMastery(mastery, row.key)}
          solveMs={solveTime(row.summary)}
          activeMs={rowTime(catalog, time, row.key, level, row.summary)}
          available={problemsUnder(catalog, row.key).length}
          expandable={below.length > 0}
          expanded={expanded}
          onToggle={() => toggle(row.key)}
          now={now}
        />,
        ...(expanded ? renderRows(below, (level + 1) as Level) : []),
      ];
    });

  return (
    <Section
      title={t('ModuleTable.title')}
      description={t('ModuleTable.description')}
      testId="stats-modules"
    >
      <div className="-mx-4 overflow-x-auto px-4">
        <table className="w-full min-w-[46rem] text-sm">
          <caption className="sr-only">{t('ModuleTable.caption')}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className={TH_FIRST}>
                {t('columns.module')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.attempts')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.solved')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.mastery')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.avgToSolve')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.activeTime')}
              </th>
              <th scope="col" className={`${TH} pr-0`}>
                {t('columns.lastAttempt')}
              </th>
            </tr>
          </thead>
          <tbody>{renderRows(modules, 1)}</tbody>
        </table>
      </div>
      {notStarted.length > 0 ? (
        <p className={`mt-3 text-sm ${MUTED}`}>
          {t('ModuleTable.notStarted', { count: notStarted.length })}{' '}
          <Link href="/modules" className={TEXT_LINK}>
            {t('ModuleTable.browse')}
          </Link>
        </p>
      ) : null}
    </Section>
  );
}

function Row({
  rowKey,
  level,
  catalog,
  summary,
  mastery,
  solveMs,
  activeMs,
  available,
  expandable,
  expanded,
  onToggle,
  now,
}: {
  rowKey: string;
  level: Level;
  catalog: Catalog;
  summary: Summary;
  mastery: number | null;
  solveMs: number | null;
  activeMs: number;
  available: number;
  expandable: boolean;
  expanded: boolean;
  onToggle(): void;
  now: number;
}) {
  const formatDuration = useDuration();
  const t = useTranslations('dashboard');
  const ago = useTimeAgo();
  const dateTime = useDateTime();
  const names = topicNames(catalog, rowKey);
  const catalogModule = catalog.modules.find((m) => m.id === rowKey);
  const name = level === 1 ? names.module : level === 2 ? (names.subtopic ?? t('ModuleTable.other')) : (names.problemType ?? t('ModuleTable.other'));
  return (
    <tr
      className={`border-b border-slate-100 last:border-0 dark:border-slate-800/70 ${level > 1 ? 'bg-slate-50/70 dark:bg-slate-900/60' : ''}`}
      data-testid={level === 1 ? 'stats-module-row' : level === 2 ? 'stats-subtopic-row' : 'stats-type-row'}
    >
      <th scope="row" className="py-2 pr-3 text-left font-normal">
        <div className="flex min-w-0 items-center gap-1.5" style={{ paddingLeft: `${(level - 1) * 1.25}rem` }}>
          {expandable ? (
            <button
              type="button"
              onClick={onToggle}
              aria-expanded={expanded}
              aria-label={level === 1 ? t('ModuleTable.openSubtopics', { name }) : t('ModuleTable.openTypes', { name })}
              className="grid size-6 shrink-0 place-items-center rounded text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800"
            >
              <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-3.5 transition-transform ${expanded ? 'rotate-90' : ''}`}>
                <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </button>
          ) : (
            <span className="size-6 shrink-0" aria-hidden="true" />
          )}
          {level === 1 && catalogModule ? (
            <Link href={moduleHref(catalogModule)} className="font-medium hover:underline">
              {name}
            </Link>
          ) : (
            <span className={level === 1 ? 'font-medium' : ''}>{name}</span>
          )}
        </div>
      </th>
      <td className={TD}>{summary.attempts}</td>
      <td className={TD}>
        {summary.problemsSolved}
        {available > 0 ? <span className={MUTED}>{t('table.ofTotal', { total: available })}</span> : null}
      </td>
      <td className={TD}>
        {mastery === null ? (
          <span className={MUTED} title={t('ModuleTable.noFinished')}>
            –
          </span>
        ) : (
          <span className="inline-flex items-center justify-end gap-2">
            <ShareBar share={mastery / 100} className="w-12" />
            <span className="w-9">{formatMastery(mastery)}</span>
          </span>
        )}
      </td>
      <td className={TD}>{solveMs === null ? <span className={MUTED}>–</span> : formatSolveTime(solveMs, formatDuration)}</td>
      <td className={TD}>{activeMs > 0 ? formatDuration(activeMs) : <span className={MUTED}>–</span>}</td>
      <td className={`${TD} pr-0`}>
        {summary.lastAttemptAt === null ? (
          <span className={MUTED}>–</span>
        ) : (
          <time dateTime={new Date(summary.lastAttemptAt).toISOString()} title={dateTime(summary.lastAttemptAt)}>
            {ago(summary.lastAttemptAt, now)}
          </time>
        )}
      </td>
    </tr>
  );
}


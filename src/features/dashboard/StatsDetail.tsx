'use client';
import Link from 'next/link';
import { useMemo, useState, type ReactNode } from 'react';
import { areaMastery, type MasteryState } from '@/core/auto/mastery';
import type { Catalog, ProblemSummary } from '@/core/catalog';
import { averageSolveMs } from '@/core/progress';
import { breakdown, summaryFor, type StatsState, type Summary } from '@/core/stats';
import { DifficultyBadge, useCatalog } from '@/features/catalog';
import { useHydrated } from '@/features/workspace';
import { useMastery } from '@/stores/mastery';
import { useProgress } from '@/stores/progress';
import { useStats } from '@/stores/stats';
import { DIFFICULTIES, formatMastery, formatPercent, formatSolveTime, moduleHref, plural, summaryByDifficulty, timeAgo, topicNames } from './model';
import { Block, MUTED, PageSkeleton, PRIMARY, Section, ShareBar, Stat, TEXT_LINK, useNow } from './ui';

const HEAD = 'py-2 text-xs font-semibold uppercase tracking-wide whitespace-nowrap text-slate-600 dark:text-slate-400';
const TH = `${HEAD} px-3 text-right`;
const TH_FIRST = `${HEAD} pr-3 text-left`;
const TD = 'px-3 py-2 text-right tabular-nums whitespace-nowrap';

/** Detailed statistics: per module (down to problem types) and per difficulty. */
export function StatsDetail({ catalog: builtIn }: { catalog: Catalog }) {
  const catalog = useCatalog(builtIn);
  const statsReady = useHydrated(useStats);
  const masteryReady = useHydrated(useMastery);
  const progressReady = useHydrated(useProgress);
  const hydrated = statsReady && masteryReady && progressReady;
  const problems = useProgress((s) => s.problems);
  const skills = useMastery((s) => s.skills);
  const mastery = useMemo<MasteryState>(() => ({ skills }), [skills]);
  const cells = useStats((s) => s.cells);
  const days = useStats((s) => s.days);
  const stats = useMemo<StatsState>(() => ({ cells, days, counted: [] }), [cells, days]);
  const now = useNow();

  if (!hydrated) {
    return (
      <PageSkeleton label="Loading your statistics…">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {Array.from({ length: 4 }, (_, i) => (
            <Block key={i} className="h-20" />
          ))}
        </div>
        <Block className="h-72" />
      </PageSkeleton>
    );
  }
  if (Object.keys(cells).length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700" data-testid="stats-empty">
        <p className="font-medium">No statistics yet</p>
        <p className={`mt-1 text-sm ${MUTED}`}>Submit a solution to a problem and your attempts, solves and mastery appear here, per module and difficulty.</p>
        <Link href="/practice/manual" className={`mt-4 ${PRIMARY}`}>
          Start practising
        </Link>
      </div>
    );
  }

  const total = summaryFor(stats);
  // Solve times live in the progress records: the same numbers the workspace shows after each solve.
  const solveTime = (summary: Summary) => averageSolveMs(problems, summary.solvedProblemIds);
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Attempts" value={String(total.attempts)} hint={`${plural(total.solves, 'passing submit')}`} testId="stats-attempts" />
        <Stat label="Problems solved" value={String(total.problemsSolved)} hint={`of ${total.problemsAttempted} attempted`} testId="stats-solved" />
        <Stat label="Mastery" value={formatMastery(areaMastery(mastery, ''))} hint="skill estimate, as on the dashboard" testId="stats-mastery" />
        <Stat
          label="Average time to solve"
          value={formatSolveTime(solveTime(total))}
          hint="from opening a problem to solving it"
          testId="stats-average"
        />
      </dl>
      <ModuleTable catalog={catalog} stats={stats} mastery={mastery} solveTime={solveTime} now={now} />
      <DifficultyTable catalog={catalog} stats={stats} solveTime={solveTime} />
    </div>
  );
}

type Level = 1 | 2 | 3;

function problemsUnder(catalog: Catalog, key: string): ProblemSummary[] {
  const [moduleId, subtopicId, typeId] = key.split('/');
  return catalog.problems.filter(
    (p) =>
      p.module === moduleId &&
      (subtopicId === undefined || (p.subtopic ?? '-') === subtopicId) &&
      (typeId === undefined || (p.problemType ?? '-') === typeId),
  );
}

/** The rows one level below `key` — none when there is only an unnamed level ("-") below. */
function children(stats: StatsState, key: string, level: Level): Array<{ key: string; summary: Summary }> {
  if (level === 3) return [];
  const rows = breakdown(stats, (level + 1) as 2 | 3, `${key}/`);
  return rows.length === 1 && rows[0].key.endsWith('/-') ? [] : rows;
}

type SolveTime = (summary: Summary) => number | null;

function ModuleTable({ catalog, stats, mastery, solveTime, now }: { catalog: Catalog; stats: StatsState; mastery: MasteryState; solveTime: SolveTime; now: number }) {
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
      title="By module"
      description="Open a module to see its subtopics and problem types. Mastery is the skill estimate from every finished problem, the same as on the dashboard; hints and revealed solutions count against a solve."
      testId="stats-modules"
    >
      <div className="-mx-4 overflow-x-auto px-4">
        <table className="w-full min-w-[40rem] text-sm">
          <caption className="sr-only">Statistics by module, subtopic and problem type</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className={TH_FIRST}>
                Module
              </th>
              <th scope="col" className={TH}>
                Attempts
              </th>
              <th scope="col" className={TH}>
                Solved
              </th>
              <th scope="col" className={TH}>
                Mastery
              </th>
              <th scope="col" className={TH}>
                Avg. to solve
              </th>
              <th scope="col" className={`${TH} pr-0`}>
                Last attempt
              </th>
            </tr>
          </thead>
          <tbody>{renderRows(modules, 1)}</tbody>
        </table>
      </div>
      {notStarted.length > 0 ? (
        <p className={`mt-3 text-sm ${MUTED}`}>
          {plural(notStarted.length, 'module')} not started yet.{' '}
          <Link href="/modules" className={TEXT_LINK}>
            Browse modules
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
  available: number;
  expandable: boolean;
  expanded: boolean;
  onToggle(): void;
  now: number;
}) {
  const names = topicNames(catalog, rowKey);
  const catalogModule = catalog.modules.find((m) => m.id === rowKey);
  const name = level === 1 ? names.module : level === 2 ? (names.subtopic ?? 'Other') : (names.problemType ?? 'Other');
  const what = level === 1 ? 'subtopics' : 'problem types';
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
              aria-label={`${name}: ${what}`}
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
        {available > 0 ? <span className={MUTED}> of {available}</span> : null}
      </td>
      <td className={TD}>
        {mastery === null ? (
          <span className={MUTED} title="No finished problem here yet">
            –
          </span>
        ) : (
          <span className="inline-flex items-center justify-end gap-2">
            <ShareBar share={mastery / 100} className="w-12" />
            <span className="w-9">{formatMastery(mastery)}</span>
          </span>
        )}
      </td>
      <td className={TD}>{solveMs === null ? <span className={MUTED}>–</span> : formatSolveTime(solveMs)}</td>
      <td className={`${TD} pr-0`}>
        {summary.lastAttemptAt === null ? (
          <span className={MUTED}>–</span>
        ) : (
          <time dateTime={new Date(summary.lastAttemptAt).toISOString()} title={new Date(summary.lastAttemptAt).toLocaleString()}>
            {timeAgo(summary.lastAttemptAt, now)}
          </time>
        )}
      </td>
    </tr>
  );
}

function DifficultyTable({ catalog, stats, solveTime }: { catalog: Catalog; stats: StatsState; solveTime: SolveTime }) {
  const byDifficulty = summaryByDifficulty(stats);
  return (
    <Section
      title="By difficulty"
      description="How you do on beginner, intermediate and advanced problems. Completion is the share of the problems you tried that you solved (mastery is measured per problem type, above)."
      testId="stats-difficulty"
    >
      <div className="-mx-4 overflow-x-auto px-4">
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">Statistics by difficulty</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className={TH_FIRST}>
                Difficulty
              </th>
              <th scope="col" className={TH}>
                Attempts
              </th>
              <th scope="col" className={TH}>
                Success rate
              </th>
              <th scope="col" className={TH}>
                Solved
              </th>
              <th scope="col" className={TH}>
                Completion
              </th>
              <th scope="col" className={`${TH} pr-0`}>
                Avg. to solve
              </th>
            </tr>
          </thead>
          <tbody>
            {DIFFICULTIES.map((difficulty) => {
              const s = byDifficulty[difficulty];
              const solveMs = solveTime(s);
              const available = catalog.problems.filter((p) => p.difficulty === difficulty).length;
              return (
                <tr key={difficulty} className="border-b border-slate-100 last:border-0 dark:border-slate-800/70" data-testid="stats-difficulty-row">
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    <DifficultyBadge difficulty={difficulty} />
                  </th>
                  <td className={TD}>{s.attempts}</td>
                  <td className={TD}>{s.attempts ? formatPercent(s.solves / s.attempts) : <span className={MUTED}>–</span>}</td>
                  <td className={TD}>
                    {s.problemsSolved}
                    <span className={MUTED}> of {available}</span>
                  </td>
                  <td className={TD}>
                    {s.problemsAttempted ? (
                      <span className="inline-flex items-center justify-end gap-2">
                        <ShareBar share={s.completion} className="w-12" />
                        <span className="w-9">{formatPercent(s.completion)}</span>
                      </span>
                    ) : (
                      <span className={MUTED}>–</span>
                    )}
                  </td>
                  <td className={`${TD} pr-0`}>{solveMs === null ? <span className={MUTED}>–</span> : formatSolveTime(solveMs)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

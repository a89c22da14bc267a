'use client';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import type { StatsState } from '@/core/stats';
import { DifficultyBadge } from '@/features/catalog';
import { DIFFICULTIES, formatPercent, formatSolveTime, summaryByDifficulty } from './model';
import type { SolveTime } from './ModuleTable';
import { TD, TH, TH_FIRST } from './table-styles';
import { MUTED, Section, ShareBar } from './ui';
import { useDuration } from '@/features/shell';

export function DifficultyTable({ catalog, stats, solveTime }: { catalog: Catalog; stats: StatsState; solveTime: SolveTime }) {
  const formatDuration = useDuration();
  const t = useTranslations('dashboard');
  const byDifficulty = summaryByDifficulty(stats);
  return (
    <Section
      title={t('DifficultyTable.title')}
      description={t('DifficultyTable.description')}
      testId="stats-difficulty"
    >
      <div className="-mx-4 overflow-x-auto px-4">
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">{t('DifficultyTable.caption')}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className={TH_FIRST}>
                {t('columns.difficulty')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.attempts')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.successRate')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.solved')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.completion')}
              </th>
              <th scope="col" className={`${TH} pr-0`}>
                {t('columns.avgToSolve')}
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
                    <span className={MUTED}>{t('table.ofTotal', { total: available })}</span>
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
                  <td className={`${TD} pr-0`}>{solveMs === null ? <span className={MUTED}>–</span> : formatSolveTime(solveMs, formatDuration)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

'use client';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import { learningSummary, type LessonOutline, type LessonProgressState } from '@/core/lessons/progress';
import { timeOf, type ActiveTime } from '@/core/time/active-time';
import { moduleName } from './model';
import { TD, TH, TH_FIRST } from './table-styles';
import { MUTED, Section, ShareBar } from './ui';
import { useDuration } from '@/features/shell';

/** Lessons per module: complete of all, sections read, examples run, time spent on them. */
export function LessonsTable({ catalog, lessons, progress, time }: { catalog: Catalog; lessons: readonly LessonOutline[]; progress: LessonProgressState; time: ActiveTime }) {
  const formatDuration = useDuration();
  const t = useTranslations('dashboard');
  const modules = [...new Set(lessons.map((l) => l.module))].map((module) => {
    const own = lessons.filter((l) => l.module === module);
    return { module, summary: learningSummary(progress, own), timeMs: timeOf(time.lessons, own.map((l) => l.id)) };
  });
  return (
    <Section
      title={t('LessonsTable.title')}
      description={t('LessonsTable.description')}
      action={
        <Link href="/learn" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-500">
          {t('LessonsTable.path')}
        </Link>
      }
      testId="stats-lessons"
    >
      <div className="-mx-4 overflow-x-auto px-4">
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">{t('LessonsTable.caption')}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className={TH_FIRST}>
                {t('columns.module')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.complete')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.sectionsRead')}
              </th>
              <th scope="col" className={TH}>
                {t('columns.examplesRun')}
              </th>
              <th scope="col" className={`${TH} pr-0`}>
                {t('columns.activeTime')}
              </th>
            </tr>
          </thead>
          <tbody>
            {modules.map(({ module, summary, timeMs }) => (
              <tr key={module} className="border-b border-slate-100 last:border-0 dark:border-slate-800/70" data-testid="stats-lesson-row">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {moduleName(catalog, module)}
                </th>
                <td className={TD}>
                  <span className="inline-flex items-center justify-end gap-2">
                    <ShareBar share={summary.lessons ? summary.completed / summary.lessons : 0} className="w-12" />
                    <span>
                      {summary.completed}
                      <span className={MUTED}>{t('table.ofTotal', { total: summary.lessons })}</span>
                    </span>
                  </span>
                </td>
                <td className={TD}>{summary.sectionsRead || <span className={MUTED}>–</span>}</td>
                <td className={TD}>{summary.examplesRun || <span className={MUTED}>–</span>}</td>
                <td className={`${TD} pr-0`}>{timeMs > 0 ? formatDuration(timeMs) : <span className={MUTED}>–</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

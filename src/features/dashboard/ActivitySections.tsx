'use client';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { typeKey } from '@/core/auto/keys';
import { weakestKeys } from '@/core/auto/mastery';
import type { Catalog } from '@/core/catalog';
import type { HistoryEvent } from '@/core/history';
import { summaryFor, type StatsState } from '@/core/stats';
import { useMastery } from '@/stores/mastery';
import { lessonHref, lessonTitle, type RecentItem } from './learning';
import { practiceHref, practiseKeyHref, topicNames } from './model';
import { MUTED, Section, ShareBar, SMALL_LINK, TEXT_LINK, useDateTime, useTimeAgo } from './ui';

export function WeakestSection({ catalog, stats, solved }: { catalog: Catalog; stats: StatsState; solved: (id: string) => boolean }) {
  const t = useTranslations('dashboard.Weakest');
  const skills = useMastery((s) => s.skills);
  const rows = weakestKeys({ skills }, new Set(catalog.problems.map(typeKey)), 5)
    .filter((row) => row.percent < 80)
    .map((row) => ({ ...row, summary: summaryFor(stats, `${row.key}/`) }));
  return (
    <Section title={t('title')} description={t('description')} testId="weakest-section">
      {rows.length === 0 ? (
        <div className={`text-sm ${MUTED}`}>
          <p>{t('none')}</p>
          <Link href="/practice/manual" className={`mt-2 inline-block ${TEXT_LINK}`}>
            {t('pickTopic')}
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
                    <Link href={href} className={SMALL_LINK} aria-label={t('practiseLabel', { title })}>
                      {t('practise')}
                    </Link>
                  ) : null}
                </div>
                <div className="mt-1.5 flex items-center gap-2">
                  <ShareBar share={row.percent / 100} className="w-20 shrink-0" />
                  <span className={`text-xs tabular-nums ${MUTED}`}>
                    {t('detail', {
                      percent: Math.round(row.percent),
                      solved: row.summary.problemsSolved,
                      attempted: row.summary.problemsAttempted,
                      attempts: row.attempts,
                    })}
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

/** The newest attempts and lesson milestones. */
export function RecentSection({ items, now }: { items: RecentItem[]; now: number }) {
  const t = useTranslations('dashboard.Recent');
  const ago = useTimeAgo();
  const dateTime = useDateTime();
  return (
    <Section
      title={t('title')}
      action={
        <Link href="/history" className={TEXT_LINK}>
          {t('allHistory')}
        </Link>
      }
      testId="recent-section"
    >
      {items.length === 0 ? (
        <p className={`text-sm ${MUTED}`}>{t('empty')}</p>
      ) : (
        <ol className="divide-y divide-slate-200 dark:divide-slate-800">
          {items.map((item) => {
            const { href, title, detail, key } =
              item.kind === 'attempt'
                ? { href: practiceHref(item.event.problemId), title: item.event.problemTitle, detail: item.event.summary, key: item.event.id }
                : {
                    href: lessonHref(item.lesson ?? { module: item.milestone.lessonId.split('/')[0], subtopic: item.milestone.lessonId.split('/')[1] ?? '' }),
                    title: lessonTitle(item.lesson, item.milestone.lessonId),
                    detail: item.milestone.kind === 'check-passed' ? t('lessonCheckPassed') : t('lessonStarted'),
                    key: `${item.milestone.lessonId}:${item.milestone.kind}`,
                  };
            return (
              <li key={key} className="flex items-start gap-3 py-2 first:pt-0 last:pb-0" data-testid={item.kind === 'attempt' ? 'recent-event' : 'recent-lesson'}>
                <KindPill item={item} />
                <div className="min-w-0 flex-1">
                  <Link href={href} className="block truncate text-sm font-medium hover:underline">
                    {title}
                  </Link>
                  {detail ? <p className={`truncate text-xs ${MUTED}`}>{detail}</p> : null}
                </div>
                <time dateTime={new Date(item.at).toISOString()} title={dateTime(item.at)} className={`shrink-0 text-xs tabular-nums ${MUTED}`}>
                  {ago(item.at, now)}
                </time>
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}

const PASSED = 'bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100';
const NEUTRAL = 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300';
const LESSON = 'bg-sky-100 text-sky-800 dark:bg-sky-900/40 dark:text-sky-200';

/** The pill's message (a key in `dashboard.Recent.pill`) and colours. */
function pill(item: RecentItem): [key: 'lessonPassed' | 'lesson' | 'passed' | 'failed' | Exclude<HistoryEvent['kind'], 'submit'>, className: string] {
  if (item.kind === 'lesson') return item.milestone.kind === 'check-passed' ? ['lessonPassed', PASSED] : ['lesson', LESSON];
  if (item.event.kind === 'submit') return item.event.passed ? ['passed', PASSED] : ['failed', 'bg-red-100 text-red-800 dark:bg-red-900/40 dark:text-red-200'];
  return [item.event.kind, NEUTRAL];
}

function KindPill({ item }: { item: RecentItem }) {
  const t = useTranslations('dashboard.Recent.pill');
  const [key, cls] = pill(item);
  return <span className={`mt-0.5 w-16 shrink-0 rounded px-1.5 py-0.5 text-center text-[11px] font-medium ${cls}`}>{t(key)}</span>;
}

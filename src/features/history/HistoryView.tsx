'use client';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { dayKey, groupAttempts, type HistoryEvent } from '@/core/history';
import { lessonMilestones, type LessonMilestone, type LessonOutline } from '@/core/lessons/progress';
import { activeTime } from '@/core/time/active-time';
import { DifficultyBadge } from '@/features/catalog';
import { useHydrated, useDuration } from '@/features/shell';
import { useActiveTime } from '@/stores/active-time';
import { useHistory } from '@/stores/history';
import { useLessonProgress } from '@/stores/lesson-progress';
import { readSummary } from '@/core/history-summary';

const FIELD = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900';
const TIME = { hour: '2-digit', minute: '2-digit' } as const;
const DAY = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' } as const;
/** As toLocaleString() showed it: the date and the time to the second. */
const DATE_TIME = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' } as const;

/** Noon on the day, so the date is the same in every time zone near the learner's. */
function dayDate(day: string): Date {
  return new Date(`${day}T12:00:00`);
}

/** The stored one-line outcome, in the reader's language when PyDojo wrote it. */
function EventSummary({ text }: { text: string }) {
  const t = useTranslations('history.summary');
  const summary = readSummary(text);
  if (!summary) return <>{text}</>;
  return <>{'values' in summary ? t(summary.key, summary.values) : t(summary.key)}</>;
}

/** A past run or submit, read-only. */
function AttemptView({ event, onClose }: { event: HistoryEvent; onClose(): void }) {
  const t = useTranslations('history.AttemptView');
  const tk = useTranslations('history.kinds');
  const format = useFormatter();
  return (
    <section aria-labelledby="attempt-title" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="attempt-view">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="attempt-title" className="text-lg font-semibold">
          {t('title', { kind: tk(event.kind), title: event.problemTitle })}
        </h2>
        <span className="text-sm text-slate-600 dark:text-slate-400">
          {format.dateTime(event.at, DATE_TIME)} · <EventSummary text={event.summary} />
        </span>
        <div className="ml-auto flex gap-2">
          <Link href={`/practice?problem=${encodeURIComponent(event.problemId)}`} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
            {t('tryAgain')}
          </Link>
          <button type="button" onClick={onClose} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600">
            {t('close')}
          </button>
        </div>
      </div>
      {event.testsTotal !== null ? (
        <p className={`text-sm font-medium ${event.passed ? 'text-brand-700 dark:text-brand-500' : 'text-red-700 dark:text-red-400'}`}>
          {t('tests', { passed: event.testsPassed ?? 0, total: event.testsTotal })}
        </p>
      ) : null}
      <pre className="max-h-96 overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm dark:border-slate-800 dark:bg-slate-900" aria-label={t('code')}>
        {event.code || t('noCode')}
      </pre>
    </section>
  );
}

interface MilestoneRow extends LessonMilestone {
  title: string;
  href: string;
  day: string;
}

/** A lesson started or its check passed, on the day it happened. */
function LessonMilestoneItem({ milestone }: { milestone: MilestoneRow }) {
  const passed = milestone.kind === 'check-passed';
  const t = useTranslations('history.LessonMilestoneItem');
  const format = useFormatter();
  return (
    <li className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-800" data-testid="lesson-milestone">
      <span aria-hidden="true" className={passed ? 'text-brand-600' : 'text-slate-400'}>
        {passed ? '✓' : '○'}
      </span>
      <span className="rounded bg-sky-100 px-1.5 py-0.5 text-[11px] font-medium text-sky-800 dark:bg-sky-900/40 dark:text-sky-200">{t('badge')}</span>
      <Link href={milestone.href} className="font-medium hover:underline">
        {milestone.title}
      </Link>
      <span className="text-xs text-slate-600 dark:text-slate-400">
        {t(passed ? 'checkPassed' : 'started', { time: format.dateTime(milestone.at, TIME) })}
      </span>
    </li>
  );
}

/** Runs, submits, hints and reveals by day and problem, with lesson milestones and each day's active time. `lessons` names the lessons. */
export function HistoryView({ lessons }: { lessons: LessonOutline[] }) {
  const formatDuration = useDuration();
  const events = useHistory((s) => s.events);
  const lessonState = useLessonProgress((s) => s.lessons);
  const devices = useActiveTime((s) => s.devices);
  const hydrated = [useHydrated(useHistory), useHydrated(useLessonProgress), useHydrated(useActiveTime)].every(Boolean);
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<'all' | 'solved' | 'unsolved' | 'lessons'>('all');
  const [open, setOpen] = useState<HistoryEvent | null>(null);
  const dayTimes = useMemo(() => activeTime({ devices }).days, [devices]);
  const t = useTranslations('history.HistoryView');
  const tk = useTranslations('history.kinds');
  const format = useFormatter();

  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (show === 'lessons') return [];
    return groupAttempts(events).filter(
      (g) =>
        (!q || `${g.problemTitle} ${g.module}`.toLowerCase().includes(q)) &&
        (show === 'all' || (show === 'solved' ? g.solved : !g.solved)),
    );
  }, [events, query, show]);

  const allMilestones = useMemo(() => {
    const byId = new Map(lessons.map((l) => [l.id, l]));
    return lessonMilestones({ lessons: lessonState }).map((m): MilestoneRow => {
      const [module, subtopic = ''] = m.lessonId.split('/');
      return { ...m, title: byId.get(m.lessonId)?.title ?? subtopic.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), href: `/learn/${module}/${subtopic}`, day: dayKey(m.at) };
    });
  }, [lessons, lessonState]);
  const milestones = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (show !== 'all' && show !== 'lessons') return [];
    return allMilestones.filter((m) => !q || `${m.title} ${m.lessonId}`.toLowerCase().includes(q));
  }, [allMilestones, query, show]);

  if (!hydrated) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('loading')}</p>;
  if (events.length === 0 && allMilestones.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
        <p className="font-medium">{t('empty.title')}</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t('empty.body')}</p>
        <Link href="/practice/manual" className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {t('empty.start')}
        </Link>
      </div>
    );
  }

  const days = [...new Set([...groups.map((g) => g.day), ...milestones.map((m) => m.day)])].sort().reverse();
  return (
    <div className="space-y-6">
      {open ? <AttemptView event={open} onClose={() => setOpen(null)} /> : null}
      <div className="flex flex-wrap items-end gap-3" role="search">
        <label className="flex min-w-48 flex-1 flex-col gap-1 text-sm">
          <span className="font-medium">{t('search')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchPlaceholder')} className={FIELD} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('show')}</span>
          <select value={show} onChange={(e) => setShow(e.target.value as typeof show)} className={FIELD}>
            <option value="all">{t('filter.all')}</option>
            <option value="solved">{t('filter.solved')}</option>
            <option value="unsolved">{t('filter.unsolved')}</option>
            <option value="lessons">{t('filter.lessons')}</option>
          </select>
        </label>
      </div>
      {groups.length === 0 && milestones.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t('noMatch')}</p> : null}
      {days.map((day) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`} className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            {format.dateTime(dayDate(day), DAY)}
            {dayTimes[day]?.totalMs ? (
              <span className="text-xs font-normal normal-case tracking-normal" data-testid="day-active-time">
                {dayTimes[day].learnMs && dayTimes[day].practiseMs
                  ? t('active.both', { total: formatDuration(dayTimes[day].totalMs), learn: formatDuration(dayTimes[day].learnMs), practise: formatDuration(dayTimes[day].practiseMs) })
                  : dayTimes[day].learnMs
                    ? t('active.learning', { total: formatDuration(dayTimes[day].totalMs) })
                    : t('active.practising', { total: formatDuration(dayTimes[day].totalMs) })}
              </span>
            ) : null}
          </h2>
          <ul className="space-y-2">
            {milestones
              .filter((m) => m.day === day)
              .map((m) => (
                <LessonMilestoneItem key={`${m.lessonId}:${m.kind}`} milestone={m} />
              ))}
            {groups
              .filter((g) => g.day === day)
              .map((group) => (
                <li key={`${day}-${group.problemId}`} className="rounded-lg border border-slate-200 dark:border-slate-800" data-testid="attempt-group">
                  <details>
                    <summary className="flex cursor-pointer flex-wrap items-center gap-3 px-4 py-3">
                      <span aria-hidden="true" className={group.solved ? 'text-brand-600' : 'text-slate-400'}>
                        {group.solved ? '✓' : '○'}
                      </span>
                      <span className="font-medium">{group.problemTitle}</span>
                      <DifficultyBadge difficulty={group.difficulty} />
                      <span className="text-xs text-slate-600 dark:text-slate-400">
                        {t('groupSummary', {
                          submits: group.events.filter((e) => e.kind === 'submit').length,
                          runs: group.events.filter((e) => e.kind === 'run').length,
                          solved: group.solved ? 'yes' : 'no',
                        })}
                      </span>
                    </summary>
                    <ol className="divide-y divide-slate-200 border-t border-slate-200 dark:divide-slate-800 dark:border-slate-800">
                      {group.events.map((event) => (
                        <li key={event.id} className="flex flex-wrap items-center gap-3 px-4 py-2 text-sm">
                          <span className="w-20 whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-400">{format.dateTime(event.at, TIME)}</span>
                          <span className="w-16 font-medium">{tk(event.kind)}</span>
                          <span className="flex-1">
                            <EventSummary text={event.summary} />
                          </span>
                          {event.code ? (
                            <button type="button" onClick={() => setOpen(event)} className="rounded border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-600">
                              {t('open')}
                            </button>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  </details>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

'use client';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { formatDuration } from '@/core/duration';
import { dayKey, groupAttempts, type HistoryEvent } from '@/core/history';
import { lessonMilestones, type LessonMilestone, type LessonOutline } from '@/core/lessons/progress';
import { activeTime } from '@/core/time/active-time';
import { DifficultyBadge } from '@/features/catalog';
import { useHydrated } from '@/features/shell';
import { useActiveTime } from '@/stores/active-time';
import { useHistory } from '@/stores/history';
import { useLessonProgress } from '@/stores/lesson-progress';

const FIELD = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900';
const KIND_LABEL = { run: 'Run', submit: 'Submit', hint: 'Hint', reveal: 'Reveal' } as const;

function time(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function dayLabel(day: string): string {
  const date = new Date(`${day}T12:00:00`);
  return date.toLocaleDateString(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
}

/** A past run or submit, read-only. */
function AttemptView({ event, onClose }: { event: HistoryEvent; onClose(): void }) {
  return (
    <section aria-labelledby="attempt-title" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="attempt-view">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="attempt-title" className="text-lg font-semibold">
          {KIND_LABEL[event.kind]} of “{event.problemTitle}”
        </h2>
        <span className="text-sm text-slate-600 dark:text-slate-400">
          {new Date(event.at).toLocaleString()} · {event.summary}
        </span>
        <div className="ml-auto flex gap-2">
          <Link href={`/practice?problem=${encodeURIComponent(event.problemId)}`} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
            Try again
          </Link>
          <button type="button" onClick={onClose} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600">
            Close
          </button>
        </div>
      </div>
      {event.testsTotal !== null ? (
        <p className={`text-sm font-medium ${event.passed ? 'text-brand-700 dark:text-brand-500' : 'text-red-700 dark:text-red-400'}`}>
          {event.testsPassed} of {event.testsTotal} tests passed
        </p>
      ) : null}
      <pre className="max-h-96 overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm dark:border-slate-800 dark:bg-slate-900" aria-label="Code at that moment">
        {event.code || '(no code recorded)'}
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
  return (
    <li className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-800" data-testid="lesson-milestone">
      <span aria-hidden="true" className={passed ? 'text-brand-600' : 'text-slate-400'}>
        {passed ? '✓' : '○'}
      </span>
      <span className="rounded bg-sky-100 px-1.5 py-0.5 text-[11px] font-medium text-sky-800 dark:bg-sky-900/40 dark:text-sky-200">Lesson</span>
      <Link href={milestone.href} className="font-medium hover:underline">
        {milestone.title}
      </Link>
      <span className="text-xs text-slate-600 dark:text-slate-400">
        {passed ? 'Lesson check passed' : 'Lesson started'} at {time(milestone.at)}
      </span>
    </li>
  );
}

/** Runs, submits, hints and reveals by day and problem, with lesson milestones and each day's active time. `lessons` names the lessons. */
export function HistoryView({ lessons }: { lessons: LessonOutline[] }) {
  const events = useHistory((s) => s.events);
  const lessonState = useLessonProgress((s) => s.lessons);
  const devices = useActiveTime((s) => s.devices);
  const hydrated = [useHydrated(useHistory), useHydrated(useLessonProgress), useHydrated(useActiveTime)].every(Boolean);
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<'all' | 'solved' | 'unsolved' | 'lessons'>('all');
  const [open, setOpen] = useState<HistoryEvent | null>(null);
  const dayTimes = useMemo(() => activeTime({ devices }).days, [devices]);

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

  if (!hydrated) return <p className="text-sm text-slate-600 dark:text-slate-400">Loading your history…</p>;
  if (events.length === 0 && allMilestones.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
        <p className="font-medium">No attempts yet</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Every run, submit, hint and revealed solution, and every lesson you start or complete, is kept here, in this browser.</p>
        <Link href="/practice/manual" className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Start practising
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
          <span className="font-medium">Search</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Problem, lesson or module" className={FIELD} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Show</span>
          <select value={show} onChange={(e) => setShow(e.target.value as typeof show)} className={FIELD}>
            <option value="all">All attempts</option>
            <option value="solved">Solved</option>
            <option value="unsolved">Not solved</option>
            <option value="lessons">Lessons</option>
          </select>
        </label>
      </div>
      {groups.length === 0 && milestones.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">Nothing matches.</p> : null}
      {days.map((day) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`} className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            {dayLabel(day)}
            {dayTimes[day]?.totalMs ? (
              <span className="text-xs font-normal normal-case tracking-normal" data-testid="day-active-time">
                {formatDuration(dayTimes[day].totalMs)} active
                {dayTimes[day].learnMs && dayTimes[day].practiseMs
                  ? ` (${formatDuration(dayTimes[day].learnMs)} learning, ${formatDuration(dayTimes[day].practiseMs)} practising)`
                  : dayTimes[day].learnMs
                    ? ', learning'
                    : ', practising'}
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
                        {plural(group.events.filter((e) => e.kind === 'submit').length, 'submit')} · {plural(group.events.filter((e) => e.kind === 'run').length, 'run')}
                        {group.solved ? ' · solved' : ''}
                      </span>
                    </summary>
                    <ol className="divide-y divide-slate-200 border-t border-slate-200 dark:divide-slate-800 dark:border-slate-800">
                      {group.events.map((event) => (
                        <li key={event.id} className="flex flex-wrap items-center gap-3 px-4 py-2 text-sm">
                          <span className="w-20 whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-400">{time(event.at)}</span>
                          <span className="w-16 font-medium">{KIND_LABEL[event.kind]}</span>
                          <span className="flex-1">{event.summary}</span>
                          {event.code ? (
                            <button type="button" onClick={() => setOpen(event)} className="rounded border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-600">
                              Open
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

'use client';
import Link from 'next/link';
import type { Catalog } from '@/core/catalog';
import type { Draft } from '@/core/drafts';
import type { HistoryEvent } from '@/core/history';
import { continueLearning, type LessonOutline, type LessonProgressState } from '@/core/lessons/progress';
import { formatDuration } from '@/core/duration';
import { DifficultyBadge } from '@/features/catalog';
import { completionWords, lessonHref } from './learning';
import { continueWhereLeftOff, moduleName, nextUnsolved, practiceHref, timeAgo } from './model';
import { MUTED, PRIMARY, ShareBar, TEXT_LINK } from './ui';

const KIND_LABEL: Record<HistoryEvent['kind'], string> = { run: 'run', submit: 'submit', hint: 'hint', reveal: 'reveal' };
const CARD = 'flex min-w-0 flex-col rounded-lg border border-brand-500/40 bg-brand-50 p-4 dark:border-brand-700/60 dark:bg-brand-700/10';
const HEADING = 'text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-500';
const STRONG = 'font-medium text-slate-900 dark:text-slate-100';

/** The problem in progress, or the next one to try. */
export function ContinuePractising({
  catalog,
  events,
  drafts,
  solved,
  now,
}: {
  catalog: Catalog;
  events: HistoryEvent[];
  drafts: Record<string, Draft>;
  solved: (id: string) => boolean;
  now: number;
}) {
  const item = continueWhereLeftOff(catalog, events, drafts, solved);
  const lastSolve = [...events].reverse().find((e) => e.kind === 'submit' && e.passed);
  const next = item ? null : nextUnsolved(catalog, solved, lastSolve?.problemId ?? events.at(-1)?.problemId);

  return (
    <section aria-labelledby="continue-heading" data-testid="continue" className={CARD}>
      <h2 id="continue-heading" className={HEADING}>
        Continue practising
      </h2>
      {item ? (
        <div className="mt-2 flex flex-1 flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <span className="text-lg font-semibold">{item.problem.title}</span>
              <DifficultyBadge difficulty={item.problem.difficulty} />
            </p>
            <p className={`mt-0.5 text-sm ${MUTED}`}>
              {moduleName(catalog, item.problem.module)} · last worked on {timeAgo(item.at, now)}
              {item.lastEvent ? ` · ${KIND_LABEL[item.lastEvent.kind]}${item.lastEvent.summary ? `: ${item.lastEvent.summary}` : ''}` : ''}
              {item.hasDraft ? ' · draft saved' : ''}
            </p>
          </div>
          <Link href={practiceHref(item.problem.id)} className={PRIMARY} aria-label={`Continue: ${item.problem.title}`}>
            Continue
          </Link>
        </div>
      ) : (
        <div className="mt-2 flex flex-1 flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <p className="text-lg font-semibold">Nothing left unfinished</p>
            <p className={`mt-0.5 text-sm ${MUTED}`}>
              {lastSolve ? (
                <>
                  You last solved <span className={STRONG}>{lastSolve.problemTitle}</span> {timeAgo(lastSolve.at, now)}.{' '}
                </>
              ) : null}
              {next ? (
                <>
                  Next up: <span className={STRONG}>{next.title}</span> ({next.difficulty}, {moduleName(catalog, next.module)}).
                </>
              ) : (
                'You have solved every problem in this browser. Well done.'
              )}
            </p>
          </div>
          {next ? (
            <Link href={practiceHref(next.id)} className={PRIMARY} aria-label={`Start next problem: ${next.title}`}>
              Start next problem
            </Link>
          ) : (
            <Link href="/practice/auto" className={PRIMARY}>
              Keep practising
            </Link>
          )}
        </div>
      )}
    </section>
  );
}

const LEARNING_ACTION = { 'in-progress': 'Continue lesson', next: 'Start next lesson', first: 'Start the first lesson' } as const;

/** The lesson in progress, or the next one on the learning path, with how far the learner is. */
export function ContinueLearning({
  catalog,
  lessons,
  progress,
  lessonTimes,
  now,
}: {
  catalog: Catalog;
  /** The learning path, in order. */
  lessons: readonly LessonOutline[];
  progress: LessonProgressState;
  /** Active time per lesson id. */
  lessonTimes: Record<string, number>;
  now: number;
}) {
  const item = continueLearning(progress, lessons);
  const done = lessons.filter((l) => progress.lessons[l.id]?.checkPassedAt != null).length;
  return (
    <section aria-labelledby="continue-learning-heading" data-testid="continue-learning" className={CARD}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="continue-learning-heading" className={HEADING}>
          Continue learning
        </h2>
        <Link href="/learn" className={TEXT_LINK}>
          Learning path
        </Link>
      </div>
      {item ? (
        <div className="mt-2 flex flex-1 flex-col">
          <p className="text-lg font-semibold">{item.outline.title}</p>
          <p className={`mt-0.5 text-sm ${MUTED}`}>
            {moduleName(catalog, item.outline.module)}
            {item.reason === 'in-progress' && item.visitedAt !== null ? ` · last visited ${timeAgo(item.visitedAt, now)}` : ''}
            {item.reason === 'next' ? ' · next on the path' : ''}
            {item.reason === 'first' ? ' · the first lesson of the path' : ''}
            {lessonTimes[item.outline.id] ? ` · ${formatDuration(lessonTimes[item.outline.id])} so far` : ''}
          </p>
          {item.reason !== 'first' ? (
            <div className="mt-2">
              <ShareBar share={item.completion.share} className="w-full max-w-xs" />
              <p className={`mt-1 text-xs ${MUTED}`} data-testid="continue-learning-progress">
                {completionWords(item.completion)}
              </p>
            </div>
          ) : null}
          <div className="mt-auto flex flex-wrap items-end justify-between gap-3 pt-3">
            <p className={`text-xs ${MUTED}`}>
              {done} of {lessons.length} lessons complete
            </p>
            <Link href={lessonHref(item.outline)} className={PRIMARY} aria-label={`${LEARNING_ACTION[item.reason]}: ${item.outline.title}`}>
              {LEARNING_ACTION[item.reason]}
            </Link>
          </div>
        </div>
      ) : (
        <div className="mt-2">
          <p className="text-lg font-semibold">Every lesson complete</p>
          <p className={`mt-0.5 text-sm ${MUTED}`}>You passed the check of all {lessons.length} lessons. Revisit any of them from the learning path.</p>
        </div>
      )}
    </section>
  );
}

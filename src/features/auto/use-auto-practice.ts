'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BadgeId } from '@/core/auto/achievements';
import { lessonSuggestion } from '@/core/auto/lesson-nudge';
import type { OutcomeInput } from '@/core/auto/outcome';
import type { AutoRun } from '@/core/auto/run';
import type { Catalog, ProblemSummary } from '@/core/catalog';
import { useAutoRuns } from '@/stores/auto-runs';
import { useLessonProgress } from '@/stores/lesson-progress';
import { useProgress } from '@/stores/progress';
import { whenIdle } from '@/features/shell';
import { preloadAutoParts } from './lazy';
import { runCatalog } from './run-catalog';
import { useHelpOffer } from './use-help-offer';
import { usePrefetchRun } from './use-prefetch-run';

/**
 * What auto mode adds to the workspace of one problem: the run it belongs to
 * (from the URL) with skip / easier / harder, the learning model told of each
 * answer (badges earned come back), help offered when the learner looks
 * stuck, Next following the run, and the lesson of the topic suggested after
 * repeated misses there (`lessons`: the ids of the lessons on the path).
 * Meant for one problem: key it by id. The rules (the learning model, the
 * run planner, badges) load when the browser is idle, or when first needed.
 */
const loadRules = () => Promise.all([import('./learning'), import('@/core/auto/run-plan')]).then(([learning, plan]) => ({ ...learning, ...plan }));

export function useAutoPractice(summary: ProblemSummary, catalog: Catalog, lessons: readonly string[] = []) {
  const router = useRouter();
  const params = useSearchParams();
  const runId = params?.get('run') ?? null;
  const run = useAutoRuns((s) => (runId ? (s.runs[runId] ?? null) : null));
  // What auto runs draw from, computed once per catalogue.
  const pool = useMemo(() => runCatalog(catalog), [catalog]);
  usePrefetchRun(run, catalog.problems);
  const [openedAt] = useState(() => Date.now());
  const settled = useProgress((s) => Boolean(s.problems[summary.id]?.solvedAt) || Boolean(s.problems[summary.id]?.revealed));
  const help = useHelpOffer(summary.id, openedAt, settled);
  const lessonProgress = useLessonProgress((s) => s.lessons);
  const lesson = useMemo(() => {
    if (!run) return null;
    const suggestion = lessonSuggestion(run, {
      hasLesson: (id) => lessons.includes(id),
      checkPassedAt: (id) => lessonProgress[id]?.checkPassedAt ?? null,
      modules: catalog.modules,
    });
    return suggestion ? { ...suggestion, href: `/learn/${suggestion.lessonId}` } : null;
  }, [run, lessons, lessonProgress, catalog.modules]);
  const [badges, setBadges] = useState<BadgeId[]>([]);
  const closeBadges = useCallback(() => setBadges([]), []);
  // The last answer being recorded: Next waits for it, so it follows the run as that answer left it.
  const recording = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(
    () =>
      whenIdle(() => {
        void loadRules().catch(() => undefined);
        if (runId) preloadAutoParts();
      }),
    [runId],
  );

  const goTo = (next: AutoRun | null) => {
    if (next?.current) router.push(`/practice?problem=${encodeURIComponent(next.current.problemId)}&run=${encodeURIComponent(next.id)}`);
    else if (next) router.push(`/practice/auto?run=${encodeURIComponent(next.id)}`);
  };
  const change = (how: 'skip' | 'easier' | 'harder') => {
    if (!run) return;
    void loadRules()
      .then((rules) => {
        const next = rules.planRun(rules[how](run, Date.now()), pool);
        useAutoRuns.getState().put(next);
        goTo(next);
      })
      .catch((error: unknown) => console.error('auto mode could not change the run', error));
  };

  /** The problem was answered: the mastery model, the review schedule and the run learn from it. */
  const answer = (outcome: OutcomeInput) => {
    recording.current = loadRules()
      .then((rules) => {
        const result = rules.recordAnswer({ summary, outcome, runId: run?.id ?? null, catalog });
        if (result.unlocked.length > 0) setBadges(result.unlocked);
      })
      .catch((error: unknown) => console.error('auto mode could not record the answer', error));
  };

  /** Next question within a run: moving on untouched is a skip (no penalty); otherwise the run has already moved on. */
  const next = (leaving: 'answered' | 'missed' | 'untouched'): boolean => {
    if (!run) return false;
    if (leaving === 'untouched') change('skip');
    else void recording.current.then(() => goTo(useAutoRuns.getState().runs[run.id] ?? null));
    return true;
  };

  return {
    run,
    pool,
    lesson,
    help,
    badges,
    closeBadges,
    answer,
    next,
    skip: () => change('skip'),
    easier: () => change('easier'),
    harder: () => change('harder'),
  };
}

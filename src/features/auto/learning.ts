/**
 * What happens when a learner finishes a problem (solves it, reveals the
 * solution, or moves on after failing): the mastery model and the review
 * schedule learn from it, an auto run moves on, and badges are checked.
 * Each step is a core function; this file only joins the stores.
 */
import type { BadgeId } from '@/core/auto/achievements';
import { typeKey } from '@/core/auto/keys';
import { reviewGrade, scheduleReview } from '@/core/auto/review-schedule';
import { type AutoRun } from '@/core/auto/run';
import { planNext, recordOutcome } from '@/core/auto/run-plan';
import type { OutcomeInput } from '@/core/auto/outcome';
import { Outcome } from '@/core/auto/outcome';
import type { ProblemSummary } from '@/core/catalog';
import { useAutoRuns } from '@/stores/auto-runs';
import { useMastery } from '@/stores/mastery';
import { useProgress } from '@/stores/progress';
import { useReviews } from '@/stores/reviews';
import { checkBadges } from './badges';
import { runCatalog, type CatalogContext } from './run-catalog';

/** Plan a run ahead (fills the current problem and the next few). */
export function planRun(run: AutoRun, catalog: CatalogContext, now = Date.now()): AutoRun {
  return planNext(run, {
    catalog: catalog.problems,
    mastery: useMastery.getState(),
    reviews: useReviews.getState(),
    now,
    random: Math.random,
    seen: new Set(useProgress.getState().seen),
    modules: catalog.modules,
  });
}

export function recordAnswer({
  summary,
  outcome: input,
  runId,
  catalog,
}: {
  summary: ProblemSummary;
  outcome: OutcomeInput;
  runId: string | null;
  catalog: CatalogContext;
}): { unlocked: BadgeId[]; run: AutoRun | null } {
  const now = Date.now();
  const outcome = Outcome.parse(input);
  const key = typeKey(summary);
  useMastery.getState().update({ key, difficulty: summary.difficulty, outcome, at: now });
  useReviews.setState((state) => scheduleReview(state, key, reviewGrade(outcome), now));
  let run: AutoRun | null = null;
  const stored = runId ? useAutoRuns.getState().runs[runId] : undefined;
  if (stored) {
    run = planRun(recordOutcome(stored, { problemId: summary.id, key, difficulty: summary.difficulty, outcome }, now), runCatalog(catalog), now);
    useAutoRuns.getState().put(run);
  }
  return { unlocked: checkBadges(catalog, now), run };
}

/**
 * Badges: which ones the learner's progress has earned by now. Apart from
 * learning.ts (what happens when a problem ends), so the dashboard can check
 * badges without the auto-mode planner and the review scheduler.
 */
import { evaluateAchievements, solvedFromProgress, type BadgeId } from '@/core/auto/achievements';
import { typeKey, type LabelSource } from '@/core/auto/keys';
import type { ProblemSummary } from '@/core/catalog';
import { dayKey } from '@/core/history';
import { streaks } from '@/core/stats';
import { useAchievements } from '@/stores/achievements';
import { useMastery } from '@/stores/mastery';
import { useProgress } from '@/stores/progress';
import { useReviews } from '@/stores/reviews';
import { useStats } from '@/stores/stats';

/** Badges earned by now that were not earned before. */
export function checkBadges(catalog: { problems: readonly ProblemSummary[]; modules: readonly LabelSource[] }, now = Date.now()): BadgeId[] {
  const earned = evaluateAchievements({
    solved: solvedFromProgress(useProgress.getState(), catalog.problems),
    bestStreakDays: streaks(useStats.getState(), dayKey(now)).best,
    reviewsDone: useReviews.getState().reviewsDone,
    mastery: useMastery.getState(),
    catalogKeys: new Set(catalog.problems.map(typeKey)),
  });
  return useAchievements.getState().unlock(earned, now);
}

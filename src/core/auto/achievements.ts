/**
 * Badges: what earns each, which the learner has earned and when, and which
 * have been celebrated (each is celebrated once). Pure functions; a store
 * only calls them.
 */
import * as z from 'zod/mini';
import type { ProblemSummary } from '../catalog';
import type { ProgressState } from '../progress';
import type { Difficulty } from '../schemas/problem';
import { moduleOf } from './keys';
import { masteryPercent, MASTERED_PERCENT, type MasteryState } from './mastery';

export const BADGES = [
  { id: 'first-solve', title: 'First solve', description: 'Solve your first problem.' },
  { id: 'streak-3', title: 'Three in a row', description: 'Practise on 3 days in a row.' },
  { id: 'streak-7', title: 'A week of practice', description: 'Practise on 7 days in a row.' },
  { id: 'streak-30', title: 'A month of practice', description: 'Practise on 30 days in a row.' },
  { id: 'no-hints', title: 'On your own', description: 'Solve a problem without a hint and without revealing the solution.' },
  { id: 'advanced-solve', title: 'Advanced', description: 'Solve an advanced problem without revealing the solution.' },
  { id: 'reviews-10', title: 'Keeping it fresh', description: 'Complete 10 spaced reviews when they are due.' },
  { id: 'module-mastered', title: 'Module mastered', description: `Reach ${MASTERED_PERCENT}% mastery on every problem type of a module.` },
  { id: 'solved-10', title: 'Ten solved', description: 'Solve 10 different problems.' },
  { id: 'solved-50', title: 'Fifty solved', description: 'Solve 50 different problems.' },
  { id: 'solved-100', title: 'A hundred solved', description: 'Solve 100 different problems.' },
] as const;

export type BadgeId = (typeof BADGES)[number]['id'];
export type Badge = (typeof BADGES)[number];

export const BADGE_IDS = BADGES.map((b) => b.id) as BadgeId[];

export function badge(id: BadgeId): Badge {
  return BADGES.find((b) => b.id === id) as Badge;
}

export interface SolvedProblem {
  problemId: string;
  /** Null when the problem is no longer in the catalogue. */
  difficulty: Difficulty | null;
  hintsShown: number;
  revealed: boolean;
}

export interface AchievementInput {
  /** Every problem solved, once each. */
  solved: readonly SolvedProblem[];
  /** The best run of consecutive active days (`streaks(stats, today).best`). */
  bestStreakDays: number;
  /** Reviews done when due (`ReviewState.reviewsDone`). */
  reviewsDone: number;
  mastery: MasteryState;
  /** The type keys of the catalogue, to know every type of each module. */
  catalogKeys: Iterable<string>;
}

/** The solved problems in the progress store, with their difficulty from the catalogue. */
export function solvedFromProgress(progress: ProgressState, catalog: readonly ProblemSummary[]): SolvedProblem[] {
  const byId = new Map(catalog.map((p) => [p.id, p]));
  return Object.entries(progress.problems)
    .filter(([, p]) => p.solvedAt !== null)
    .map(([problemId, p]) => ({ problemId, difficulty: byId.get(problemId)?.difficulty ?? null, hintsShown: p.hintsShown, revealed: p.revealed }));
}

/**
 * Modules whose every problem type (as listed in `catalogKeys`) has been
 * attempted and reached MASTERED_PERCENT mastery.
 */
export function masteredModules(mastery: MasteryState, catalogKeys: Iterable<string>): string[] {
  const byModule = new Map<string, string[]>();
  for (const key of new Set(catalogKeys)) byModule.set(moduleOf(key), [...(byModule.get(moduleOf(key)) ?? []), key]);
  return [...byModule.entries()]
    .filter(([, keys]) =>
      keys.every((key) => {
        const skill = mastery.skills[key];
        return skill !== undefined && skill.attempts > 0 && masteryPercent(skill.rating) >= MASTERED_PERCENT;
      }),
    )
    .map(([module]) => module)
    .sort();
}

/** Every badge the input earns, in catalogue order. */
export function evaluateAchievements(input: AchievementInput): BadgeId[] {
  const solvedCount = new Set(input.solved.map((s) => s.problemId)).size;
  const earned: Record<BadgeId, boolean> = {
    'first-solve': solvedCount >= 1,
    'streak-3': input.bestStreakDays >= 3,
    'streak-7': input.bestStreakDays >= 7,
    'streak-30': input.bestStreakDays >= 30,
    'no-hints': input.solved.some((s) => s.hintsShown === 0 && !s.revealed),
    'advanced-solve': input.solved.some((s) => s.difficulty === 'advanced' && !s.revealed),
    'reviews-10': input.reviewsDone >= 10,
    'module-mastered': masteredModules(input.mastery, input.catalogKeys).length > 0,
    'solved-10': solvedCount >= 10,
    'solved-50': solvedCount >= 50,
    'solved-100': solvedCount >= 100,
  };
  return BADGE_IDS.filter((id) => earned[id]);
}

const Millis = z.number().check(z.int(), z.gte(0), z.lte(8.64e15));

export const AchievementsState = z.object({
  /** Badge id → when it was earned. */
  earned: z._default(z.record(z.string().check(z.maxLength(60)), Millis), {}),
  /** Badges already celebrated, never again. */
  celebrated: z._default(z.array(z.string().check(z.maxLength(60))), []),
});
export type AchievementsState = z.infer<typeof AchievementsState>;

export const EMPTY_ACHIEVEMENTS: AchievementsState = { earned: {}, celebrated: [] };

/** Record badges as earned at `now`; `unlocked` lists those earned just now (the rest keep their date). */
export function unlock(state: AchievementsState, ids: readonly BadgeId[], now: number): { state: AchievementsState; unlocked: BadgeId[] } {
  const unlocked = [...new Set(ids)].filter((id) => state.earned[id] === undefined);
  if (unlocked.length === 0) return { state, unlocked };
  const earned = { ...state.earned };
  for (const id of unlocked) earned[id] = now;
  return { state: { ...state, earned }, unlocked };
}

/** Earned badges not celebrated yet, oldest first (then in catalogue order). */
export function toCelebrate(state: AchievementsState): BadgeId[] {
  return BADGE_IDS.filter((id) => state.earned[id] !== undefined && !state.celebrated.includes(id)).sort((a, b) => state.earned[a] - state.earned[b]);
}

/** Note that these badges have been celebrated (only earned ones, once each). */
export function markCelebrated(state: AchievementsState, ids: readonly string[]): AchievementsState {
  const add = ids.filter((id, i) => state.earned[id] !== undefined && !state.celebrated.includes(id) && ids.indexOf(id) === i);
  return add.length === 0 ? state : { ...state, celebrated: [...state.celebrated, ...add] };
}

/** Accept anything stored and keep what is valid. */
export function migrateAchievements(persisted: unknown): AchievementsState {
  const parsed = AchievementsState.safeParse(persisted);
  if (parsed.success) return parsed.data;
  const source: { earned?: unknown; celebrated?: unknown } = typeof persisted === 'object' && persisted !== null ? persisted : {};
  const earned: Record<string, number> = {};
  if (typeof source.earned === 'object' && source.earned !== null) {
    for (const [id, at] of Object.entries(source.earned)) if (Millis.safeParse(at).success) earned[id] = at as number;
  }
  const celebrated = Array.isArray(source.celebrated) ? source.celebrated.filter((id): id is string => typeof id === 'string' && earned[id] !== undefined) : [];
  return { earned, celebrated: [...new Set(celebrated)] };
}

/** Two copies: each badge earned at the earlier date, celebrated if either copy celebrated it. */
export function mergeAchievements(a: AchievementsState, b: AchievementsState): AchievementsState {
  const earned = { ...a.earned };
  for (const [id, at] of Object.entries(b.earned)) earned[id] = Math.min(earned[id] ?? Infinity, at);
  return { earned, celebrated: [...new Set([...a.celebrated, ...b.celebrated])] };
}

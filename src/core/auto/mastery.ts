/**
 * An Elo-style skill model with one rating per problem type
 * ("module/subtopic/problemType"). Every problem is an opponent whose rating
 * comes from its difficulty; an attempt is a game whose score comes from the
 * outcome (a clean solve 1, a miss 0, hints in between). Pure functions; a
 * store only calls them.
 */
import * as z from 'zod/mini';
import type { Difficulty } from '../schemas/problem';
import { moduleOf, subtopicKey, TypeKey } from './keys';
import { type Outcome, outcomeScore } from './outcome';

/** The rating of a problem of each difficulty. */
export const DIFFICULTY_RATING: Readonly<Record<Difficulty, number>> = { beginner: 800, intermediate: 1200, advanced: 1600 };
export const DIFFICULTIES: readonly Difficulty[] = ['beginner', 'intermediate', 'advanced'];

/** Where a learner starts with no evidence at all: between beginner and intermediate. */
export const INITIAL_RATING = 1000;
export const MIN_RATING = 0;
export const MAX_RATING = 3000;
/** The expected success a well-chosen problem should have. */
export const TARGET_SUCCESS = 0.7;
/** A problem type counts as mastered from this mastery percent on. */
export const MASTERED_PERCENT = 80;

export const Skill = z.object({
  rating: z.number().check(z.gte(MIN_RATING), z.lte(MAX_RATING)),
  /** Attempts counted into the rating. */
  attempts: z.number().check(z.int(), z.gte(0)),
  /** The latest attempt, milliseconds since 1970. */
  lastAt: z.number().check(z.int(), z.gte(0)),
});
export type Skill = z.infer<typeof Skill>;

export const MasteryState = z.object({ skills: z._default(z.record(TypeKey, Skill), {}) });
export type MasteryState = z.infer<typeof MasteryState>;

export const EMPTY_MASTERY: MasteryState = { skills: {} };

export interface MasteryUpdate {
  key: string;
  difficulty: Difficulty;
  outcome: Outcome;
  at: number;
}

/** The Elo expectation: the chance a learner at `rating` solves a problem rated `opponent`. */
export function expectedSuccess(rating: number, opponent: number): number {
  return 1 / (1 + 10 ** ((opponent - rating) / 400));
}

/** Big steps while little is known, smaller ones once the rating has settled. */
export function kFactor(attempts: number): number {
  if (attempts < 5) return 64;
  if (attempts < 15) return 40;
  return 24;
}

const mean = (values: number[]): number | null => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null);

/**
 * The best guess for a type never attempted: the mean rating of the learner's
 * other types in the same subtopic, else in the same module, else over
 * every type practised, else the initial rating.
 */
export function priorRating(state: MasteryState, key: string): number {
  const entries = Object.entries(state.skills).filter(([k]) => k !== key);
  const ratings = (keep: (k: string) => boolean) => entries.filter(([k]) => keep(k)).map(([, s]) => s.rating);
  const sameSubtopic = mean(ratings((k) => subtopicKey(k) === subtopicKey(key)));
  if (sameSubtopic !== null) return sameSubtopic;
  const sameModule = mean(ratings((k) => moduleOf(k) === moduleOf(key)));
  if (sameModule !== null) return sameModule;
  return mean(ratings(() => true)) ?? INITIAL_RATING;
}

/** The learner's rating for a type: its own once attempted, otherwise the prior. */
export function ratingOf(state: MasteryState, key: string): number {
  return state.skills[key]?.rating ?? priorRating(state, key);
}

const clampRating = (rating: number) => Math.min(MAX_RATING, Math.max(MIN_RATING, rating));

/** Count one attempt into the rating of its problem type. */
export function updateMastery(state: MasteryState, update: MasteryUpdate): MasteryState {
  const current = state.skills[update.key];
  const rating = current?.rating ?? priorRating(state, update.key);
  const attempts = current?.attempts ?? 0;
  const expected = expectedSuccess(rating, DIFFICULTY_RATING[update.difficulty]);
  const next: Skill = {
    rating: clampRating(rating + kFactor(attempts) * (outcomeScore(update.outcome) - expected)),
    attempts: attempts + 1,
    lastAt: Math.max(current?.lastAt ?? 0, update.at),
  };
  return { skills: { ...state.skills, [update.key]: next } };
}

/**
 * Mastery in percent: the expected score over one problem of each difficulty
 * (beginner, intermediate, advanced), rounded. A learner at the initial
 * rating has 34%, one who solves intermediate problems half the time 50%,
 * and one who solves advanced problems half the time (and nearly every
 * intermediate one) 80%, which counts as mastered.
 */
export function masteryPercent(rating: number): number {
  const expected = DIFFICULTIES.map((d) => expectedSuccess(rating, DIFFICULTY_RATING[d]));
  return Math.round((100 * expected.reduce((a, b) => a + b, 0)) / expected.length);
}

/** The mastery of a type, from its rating or the prior. */
export function keyMastery(state: MasteryState, key: string): number {
  return masteryPercent(ratingOf(state, key));
}

/**
 * The mastery of a place in the curriculum, as every page states it: a
 * module ("lists"), a subtopic ("lists/slicing"), a problem type
 * ("lists/slicing/function") or everything (""). It is the mean of
 * `masteryPercent` over the problem types practised there (at least one
 * finished attempt), rounded to a whole percent; null when none was
 * practised. Not the share of problems solved: one clean beginner solve is
 * a little evidence of skill (about 35%), not 100%.
 */
export function areaMastery(state: MasteryState, place: string): number | null {
  const percents = Object.entries(state.skills)
    .filter(([key, skill]) => skill.attempts > 0 && (place === '' || key === place || key.startsWith(`${place}/`)))
    .map(([, skill]) => masteryPercent(skill.rating));
  const average = mean(percents);
  return average === null ? null : Math.round(average);
}

export interface WeakKey {
  key: string;
  rating: number;
  percent: number;
  attempts: number;
}

/**
 * The `n` weakest practised types among `catalogKeys` (types never attempted
 * are left out): lowest rating first, then the most attempts, then by key.
 */
export function weakestKeys(state: MasteryState, catalogKeys: Iterable<string>, n: number): WeakKey[] {
  return [...new Set(catalogKeys)]
    .flatMap((key) => {
      const skill = state.skills[key];
      return skill && skill.attempts > 0 ? [{ key, rating: skill.rating, percent: masteryPercent(skill.rating), attempts: skill.attempts }] : [];
    })
    .sort((a, b) => a.rating - b.rating || b.attempts - a.attempts || a.key.localeCompare(b.key))
    .slice(0, Math.max(0, n));
}

/** The difficulty whose expected success is closest to the target (70%); ties go to the easier one. */
export function targetDifficulty(rating: number): Difficulty {
  let best: Difficulty = 'beginner';
  let bestGap = Infinity;
  for (const difficulty of DIFFICULTIES) {
    const gap = Math.abs(expectedSuccess(rating, DIFFICULTY_RATING[difficulty]) - TARGET_SUCCESS);
    if (gap < bestGap - 1e-12) {
      best = difficulty;
      bestGap = gap;
    }
  }
  return best;
}

/** Accept anything stored and keep the valid skills. */
export function migrateMastery(persisted: unknown): MasteryState {
  const parsed = MasteryState.safeParse(persisted);
  if (parsed.success) return parsed.data;
  const skills: Record<string, Skill> = {};
  const source = (persisted as { skills?: unknown } | null)?.skills;
  if (typeof source === 'object' && source !== null) {
    for (const [key, value] of Object.entries(source)) {
      const one = Skill.safeParse(value);
      if (one.success && TypeKey.safeParse(key).success) skills[key] = one.data;
    }
  }
  return { skills };
}

/** Two copies (two tabs, a backup): per type, keep the one with the latest attempt (then the most attempts). */
export function mergeMastery(a: MasteryState, b: MasteryState): MasteryState {
  const skills: Record<string, Skill> = { ...a.skills };
  for (const [key, theirs] of Object.entries(b.skills)) {
    const ours = skills[key];
    if (!ours || theirs.lastAt > ours.lastAt || (theirs.lastAt === ours.lastAt && theirs.attempts > ours.attempts)) skills[key] = theirs;
  }
  return { skills };
}

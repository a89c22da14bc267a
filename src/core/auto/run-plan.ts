// Over 400 lines: the run planner is one set of rules (queue, levels, remediation, reviews, tour) whose parts call each other.
/**
 * The rules of an auto run (the run itself is data: run.ts). A difficulty
 * level per subtopic rises after a streak of clean solves and drops after
 * repeated misses; the queue is planned from the skill model (mastery.ts) and
 * the review schedule (review.ts). Pure functions; a store only calls them.
 */
import type { ProblemSummary } from '../catalog';
import type { Difficulty } from '../schemas/problem';
import { areaLabel, fullLabel, type LabelSource, moduleOf, subtopicKey, typeKey, typeLabel } from './keys';
import { DIFFICULTIES, masteryPercent, MASTERED_PERCENT, type MasteryState, ratingOf, targetDifficulty } from './mastery';
import { isCleanSolve, isMiss, type Outcome } from './outcome';
import { dueReviews, type ReviewState } from './review';
import { type AnsweredItem, type AutoRun, type Answer, type Level, type Override, type PendingSlot, type QueueItem, type QueueReason, type WhyKey, type WhyPart, OVERRIDES_LIMIT, RUN_HISTORY_LIMIT } from './run';

/** Planned problems kept ahead of the one on screen. */
export const RUN_AHEAD = 3;
/** Clean solves in a row that raise a subtopic's difficulty. */
export const RISE_STREAK = 3;
/** After a drop, climbing back takes this many (so a level does not flap up and down). */
export const RISE_AFTER_DROP = 5;
/** Misses (with no clean solve between) that lower it. */
export const DROP_MISSES = 2;
/** A streak (or a run of misses) left alone this long starts again from zero. */
export const STREAK_IDLE_MS = 24 * 60 * 60 * 1000;
/** How many recent answers and skips the planner will not serve again. */
const RECENT_LIMIT = 10;
/** Of the picks that choose an area, every this many brings something new (when the learner is doing fine). */
const NEW_EVERY = 4;
/** The most problems in a row from one subtopic before the run moves on. */
const FOCUS_MAX = 8;
/** Move on from a subtopic after this many answers without its level changing… */
const FOCUS_STALL = 5;
/** …or this many at the advanced level. */
const FOCUS_TOP = 3;

/**
 * The first steps of a new learner, one subtopic each, in order: strings,
 * then lists, then loops and dictionaries. A step is done after one solve
 * there, or after two attempts (the weakest-area practice brings it back).
 */
export const MINI_CURRICULUM = [
  { module: 'strings', subtopic: 'indexing-and-slicing' },
  { module: 'strings', subtopic: 'string-methods' },
  { module: 'lists', subtopic: 'list-basics' },
  { module: 'lists', subtopic: 'iterating-and-aggregating' },
  { module: 'control-flow', subtopic: 'for-loops' },
  { module: 'dicts', subtopic: 'basics' },
] as const;
const STEP_ATTEMPTS = 2;

export interface NewRun {
  id: string;
  name: string;
  now: number;
  isNewLearner: boolean;
  scope?: string[];
}

export function createRun({ id, name, now, isNewLearner, scope = [] }: NewRun): AutoRun {
  return {
    id,
    name,
    createdAt: now,
    updatedAt: now,
    newLearner: isNewLearner,
    scope,
    current: null,
    queue: [],
    pending: [],
    history: [],
    levels: {},
    overrides: [],
  };
}

// ---------------------------------------------------------------------------
// Levels

const shift = (difficulty: Difficulty, by: -1 | 1): Difficulty =>
  DIFFICULTIES[Math.min(DIFFICULTIES.length - 1, Math.max(0, DIFFICULTIES.indexOf(difficulty) + by))];

const freshLevel = (difficulty: Difficulty): Level => ({ difficulty, streak: 0, failures: 0, lastAt: null, answered: 0, dropped: false });

/**
 * A subtopic's level after an answer at `served` difficulty. RISE_STREAK
 * clean solves in a row at the level raise it (RISE_AFTER_DROP right after a
 * drop), a clean solve above it lifts it to that difficulty, and DROP_MISSES
 * misses at or below it with no clean solve between lower it. A clean solve
 * below the level changes nothing; a solve with hints breaks the streak but
 * does not clear earlier misses. A streak or misses left alone for more than
 * a day are forgotten first.
 */
export function nextLevel(level: Level, served: Difficulty, outcome: Outcome, now: number): Level {
  const idle = level.lastAt !== null && now - level.lastAt > STREAK_IDLE_MS;
  let { difficulty, streak, failures, dropped } = idle ? { ...level, streak: 0, failures: 0 } : level;
  const above = DIFFICULTIES.indexOf(served) - DIFFICULTIES.indexOf(difficulty);
  if (isMiss(outcome)) {
    streak = 0;
    if (above <= 0) failures += 1;
    if (failures >= DROP_MISSES) {
      dropped = dropped || difficulty !== 'beginner';
      difficulty = shift(difficulty, -1);
      failures = 0;
    }
  } else if (!isCleanSolve(outcome)) {
    // Solved with hints: the streak is broken, earlier misses still count.
    streak = 0;
  } else if (above > 0) {
    // Solved cleanly above the level: the level moves up to it.
    difficulty = served;
    streak = 0;
    failures = 0;
    dropped = false;
  } else if (above === 0) {
    failures = 0;
    streak += 1;
    if (streak >= (dropped ? RISE_AFTER_DROP : RISE_STREAK)) {
      dropped = false;
      difficulty = shift(difficulty, 1);
      streak = 0;
    }
  }
  const answered = difficulty === level.difficulty ? level.answered + 1 : 0;
  return { difficulty, streak, failures, lastAt: now, answered, dropped };
}

/**
 * The difficulty the run serves in a type's subtopic: its level once it has
 * one. A subtopic new to the run starts where the skill model suggests, but
 * no lower than one step below the highest level this run has reached in
 * the same module (skill shown there carries over).
 */
export function levelDifficulty(run: AutoRun, key: string, mastery: MasteryState): Difficulty {
  const level = run.levels[subtopicKey(key)];
  if (level) return level.difficulty;
  const suggested = DIFFICULTIES.indexOf(targetDifficulty(ratingOf(mastery, key)));
  const reached = Object.entries(run.levels)
    .filter(([area]) => moduleOf(area) === moduleOf(key))
    .map(([, l]) => DIFFICULTIES.indexOf(l.difficulty) - 1);
  return DIFFICULTIES[Math.max(suggested, ...reached)];
}

// ---------------------------------------------------------------------------
// Answers and overrides

const keepLast = <T>(items: T[], limit: number): T[] => (items.length > limit ? items.slice(items.length - limit) : items);

/** Planned problems that survive a change of level elsewhere. */
const KEPT_ON_REPLAN = new Set<QueueReason>(['review', 'remediation', 'easier', 'harder']);

/**
 * Record the learner's answer to a problem (normally the current one) and
 * move its subtopic's level. When the level changed, the plan made for the
 * old level goes (reviews and requested problems of other subtopics stay).
 * After a miss, planned problems there harder than the level go too, and
 * another problem of the same type is asked for at the front of the queue
 * (not after a miss on such a remediation problem).
 */
export function recordOutcome(run: AutoRun, answer: Answer, now: number): AutoRun {
  const planned = run.current?.problemId === answer.problemId ? run.current : (run.queue.find((i) => i.problemId === answer.problemId) ?? null);
  const item: AnsweredItem = { ...answer, reason: planned?.reason ?? null, at: now };
  const area = subtopicKey(answer.key);
  const before = run.levels[area] ?? freshLevel(answer.difficulty);
  const after = nextLevel(before, answer.difficulty, answer.outcome, now);
  let queue = run.queue.filter((i) => i.problemId !== answer.problemId);
  // The plan was made for the old level: keep only reviews and requested problems from other subtopics.
  if (after.difficulty !== before.difficulty) queue = queue.filter((i) => subtopicKey(i.key) !== area && KEPT_ON_REPLAN.has(i.reason));
  // After a miss, nothing harder than the level there.
  const ceiling = DIFFICULTIES.indexOf(after.difficulty);
  if (isMiss(answer.outcome)) queue = queue.filter((i) => subtopicKey(i.key) !== area || DIFFICULTIES.indexOf(i.difficulty) <= ceiling);
  const remediate =
    isMiss(answer.outcome) &&
    planned?.reason !== 'remediation' &&
    !run.pending.some((p) => p.key === answer.key && p.reason === 'remediation') &&
    !queue.some((i) => i.key === answer.key && i.reason === 'remediation');
  return {
    ...run,
    updatedAt: now,
    current: run.current?.problemId === answer.problemId ? null : run.current,
    queue,
    pending: remediate ? [{ key: answer.key, reason: 'remediation' }, ...run.pending] : run.pending,
    history: keepLast([...run.history, item], RUN_HISTORY_LIMIT),
    levels: { ...run.levels, [area]: after },
  };
}

const override = (run: AutoRun, kind: Override['kind'], now: number): Override[] =>
  keepLast([...run.overrides, { kind, problemId: run.current?.problemId ?? null, at: now }], OVERRIDES_LIMIT);

/** Put the current problem aside without an answer: no effect on levels or mastery. */
export function skip(run: AutoRun, now: number): AutoRun {
  if (!run.current) return run;
  return { ...run, updatedAt: now, current: null, overrides: override(run, 'skip', now) };
}

/**
 * Whether the current problem can be swapped for an easier (or harder) one:
 * there is a difficulty below (or above) it and, when the catalogue is
 * given, another problem of its subtopic at that difficulty.
 */
export function canAdjust(run: AutoRun, direction: 'easier' | 'harder', catalog?: readonly ProblemSummary[]): boolean {
  const current = run.current;
  if (!current) return false;
  const target = shift(current.difficulty, direction === 'easier' ? -1 : 1);
  if (target === current.difficulty) return false;
  const area = subtopicKey(current.key);
  return !catalog || catalog.some((p) => p.id !== current.problemId && p.difficulty === target && subtopicKey(typeKey(p)) === area);
}

function adjust(run: AutoRun, direction: 'easier' | 'harder', now: number): AutoRun {
  const current = run.current;
  if (!current || !canAdjust(run, direction)) return run;
  const area = subtopicKey(current.key);
  const level = run.levels[area] ?? freshLevel(current.difficulty);
  return {
    ...run,
    updatedAt: now,
    current: null,
    queue: run.queue.filter((i) => subtopicKey(i.key) !== area || i.reason === 'remediation'),
    pending: [{ key: current.key, reason: direction }, ...run.pending],
    levels: { ...run.levels, [area]: { ...level, difficulty: shift(current.difficulty, direction === 'easier' ? -1 : 1) } },
    overrides: override(run, direction, now),
  };
}

/**
 * Swap the current problem for an easier one of the same type and lower the
 * subtopic's level one step. Streaks, misses and mastery are untouched.
 */
export function easier(run: AutoRun, now: number): AutoRun {
  return adjust(run, 'easier', now);
}

/** Swap the current problem for a harder one of the same type and raise the level one step. */
export function harder(run: AutoRun, now: number): AutoRun {
  return adjust(run, 'harder', now);
}

// ---------------------------------------------------------------------------
// Planning

export interface PlanContext {
  /** Every problem the run may serve, in curriculum order (the order new areas are introduced in). */
  catalog: readonly ProblemSummary[];
  mastery: MasteryState;
  reviews: ReviewState;
  now: number;
  random: () => number;
  /** Fingerprints the learner has already been served (outside this run too). */
  seen?: ReadonlySet<string>;
  /** Curriculum names for the explanations. */
  modules?: readonly LabelSource[];
  /** Planned problems to keep ahead of the current one (RUN_AHEAD). */
  ahead?: number;
}

interface Planner {
  ctx: PlanContext;
  pool: ProblemSummary[];
  /** Distinct type keys of the pool, in catalogue order. */
  keys: string[];
  /** "Module › Subtopic". */
  label: (key: string) => string;
  /** "Module › Subtopic › Type". */
  fullLabel: (key: string) => string;
  /** "Type", or null for a key without one. */
  typeLabel: (key: string) => string | null;
}

/** A problem chosen for a slot, before it gets its explanation. */
interface Choice {
  problem: ProblemSummary;
  wanted: Difficulty;
  /** Served to the learner before. */
  repeat: boolean;
}

const inScope = (run: AutoRun, problem: ProblemSummary) => run.scope.length === 0 || run.scope.includes(problem.module);

function plannedItems(run: AutoRun): QueueItem[] {
  return run.current ? [run.current, ...run.queue] : run.queue;
}

interface PickOptions {
  /** Only problems the learner has not been served before. */
  freshOnly?: boolean;
  /** Only the wanted difficulty. */
  exact?: boolean;
  /** A subtopic new to the learner: one step harder is acceptable when nothing else is left. */
  newArea?: boolean;
  /** Only planned problems and the latest answer are off limits (remediation in a small subtopic). */
  relaxed?: boolean;
}

/**
 * The learner is on a roll in a subtopic: a streak there, and the latest
 * RISE_STREAK answers of the run all clean solves.
 */
function onARoll(run: AutoRun, area: string): boolean {
  const latest = run.history.slice(-RISE_STREAK);
  return (run.levels[area]?.streak ?? 0) > 0 && latest.length === RISE_STREAK && latest.every((i) => isCleanSolve(i.outcome));
}

/**
 * The order to try difficulties in: the wanted one; then one step harder if
 * the learner is on a roll there; then easier ones, nearest first; and last,
 * for a new area, one step harder.
 */
function difficultyOrder(wanted: Difficulty, rolling: boolean, newArea: boolean): Difficulty[] {
  const at = DIFFICULTIES.indexOf(wanted);
  const harder = DIFFICULTIES.slice(at + 1, at + 2);
  const easier = DIFFICULTIES.slice(0, at).reverse();
  return [wanted, ...(rolling ? harder : []), ...easier, ...(newArea && !rolling ? harder : [])];
}

/**
 * A problem of type `key` (or a sibling type in its subtopic) at the run's
 * level for the subtopic. Fresh problems come first, at each difficulty in
 * difficultyOrder, this type before its siblings; then, unless `freshOnly`,
 * problems served before in the same order. Planned problems and the latest
 * answers and skips are never served again.
 */
function pickProblem(run: AutoRun, planner: Planner, key: string, options: PickOptions = {}): Choice | null {
  const { ctx, pool } = planner;
  const wanted = levelDifficulty(run, key, ctx.mastery);
  const area = subtopicKey(key);
  const byId = new Map(pool.map((p) => [p.id, p]));
  const recentIds = [
    ...plannedItems(run).map((i) => i.problemId),
    ...run.history.slice(options.relaxed ? -1 : -RECENT_LIMIT).map((i) => i.problemId),
    ...(options.relaxed ? [] : run.overrides.slice(-RECENT_LIMIT).flatMap((o) => (o.problemId ? [o.problemId] : []))),
  ];
  const blocked = new Set(recentIds.flatMap((id) => [id, byId.get(id)?.fingerprint ?? id]));
  const served = new Set([...(ctx.seen ?? []), ...run.history.map((i) => byId.get(i.problemId)?.fingerprint ?? i.problemId)]);
  const usable = pool.filter((p) => subtopicKey(typeKey(p)) === area && !blocked.has(p.id) && !blocked.has(p.fingerprint));
  const fresh = usable.filter((p) => !served.has(p.fingerprint));
  const order = options.exact ? [wanted] : difficultyOrder(wanted, onARoll(run, area), options.newArea ?? false);
  for (const candidates of options.freshOnly ? [fresh] : [fresh, usable]) {
    for (const difficulty of order) {
      const atDifficulty = candidates.filter((p) => p.difficulty === difficulty);
      const sameType = atDifficulty.filter((p) => typeKey(p) === key);
      const from = sameType.length > 0 ? sameType : atDifficulty;
      if (from.length > 0) {
        const problem = from[Math.floor(ctx.random() * from.length) % from.length];
        return { problem, wanted, repeat: served.has(problem.fingerprint) };
      }
    }
  }
  return null;
}

/**
 * A queue item for a pick. Its key is the served problem's own type, and
 * its explanation is written for that type: a pick may fall back to a
 * sibling type of the one asked for (same subtopic), so `explain` is given
 * the served key and must name the place from it, never from the key asked
 * for.
 */
function item(pick: Choice, reason: QueueReason, explain: (served: string) => WhyPart[]): QueueItem {
  const { problem, wanted, repeat } = pick;
  const served = typeKey(problem);
  const level: WhyPart[] = problem.difficulty === wanted ? [] : [{ key: 'fallback', values: { wanted, served: problem.difficulty } }];
  const again: WhyPart[] = repeat ? [{ key: 'again', values: {} }] : [];
  return { problemId: problem.id, key: served, difficulty: problem.difficulty, reason, why: [...explain(served), ...level, ...again] };
}

function reviewItem(run: AutoRun, planner: Planner): QueueItem | null {
  const planned = plannedItems(run);
  const lastTwo = run.history.slice(-2);
  if (planned.some((i) => i.reason === 'review') || lastTwo.some((i) => i.reason === 'review')) return null;
  const plannedKeys = new Set(planned.map((i) => i.key));
  const available = new Set(planner.keys);
  for (const due of dueReviews(planner.ctx.reviews, planner.ctx.now)) {
    if (!available.has(due.key) || plannedKeys.has(due.key)) continue;
    const pick = pickProblem(run, planner, due.key);
    if (!pick) continue;
    const days = due.lastReview === null ? null : Math.floor((planner.ctx.now - due.lastReview) / 86_400_000);
    const key: WhyKey = days === null ? 'review' : days === 0 ? 'reviewToday' : 'reviewDaysAgo';
    const values = (area: string): WhyPart['values'] => (days === null || days === 0 ? { area } : { area, days });
    return item(pick, 'review', (served) => [{ key, values: values(planner.label(served)) }]);
  }
  return null;
}

/** The subtopics whose problems the learner skipped in this run. */
function skippedAreas(run: AutoRun, pool: readonly ProblemSummary[]): Set<string> {
  const byId = new Map(pool.map((p) => [p.id, p]));
  return new Set(
    run.overrides.flatMap((o) => {
      const problem = o.kind === 'skip' && o.problemId ? byId.get(o.problemId) : undefined;
      return problem ? [subtopicKey(typeKey(problem))] : [];
    }),
  );
}

/**
 * The new-learner steps still to do: not done, not planned, with problems
 * in the pool. A step is done after a solve there, after STEP_ATTEMPTS
 * attempts, or once the learner skipped its problem: skipping moves the
 * tour on (the weakest-area and new-type picks bring the subtopic back
 * later), it never sends the learner back to that step.
 */
function curriculumItem(run: AutoRun, planner: Planner): QueueItem | null {
  if (!run.newLearner) return null;
  const plannedAreas = new Set(plannedItems(run).map((i) => subtopicKey(i.key)));
  const skipped = skippedAreas(run, planner.pool);
  const steps = MINI_CURRICULUM.filter((step) => planner.keys.some((k) => subtopicKey(k) === `${step.module}/${step.subtopic}`));
  for (const [index, step] of steps.entries()) {
    const area = `${step.module}/${step.subtopic}`;
    const answers = run.history.filter((i) => subtopicKey(i.key) === area);
    const done = answers.some((i) => !isMiss(i.outcome)) || answers.length >= STEP_ATTEMPTS || skipped.has(area);
    if (done || plannedAreas.has(area)) continue;
    for (const key of planner.keys.filter((k) => subtopicKey(k) === area)) {
      const pick = pickProblem(run, planner, key, { newArea: true });
      if (pick) return item(pick, 'curriculum', (served) => [{ key: 'curriculum', values: { step: index + 1, steps: steps.length, area: planner.label(served) } }]);
    }
  }
  return null;
}

/**
 * Something new is due when the learner has practised nothing here, when
 * every practised type is mastered, or every NEW_EVERY area picks while the
 * latest answer was not a miss.
 */
function wantsSomethingNew(run: AutoRun, practised: string[], mastery: MasteryState): boolean {
  if (practised.length === 0) return true;
  if (practised.every((k) => masteryPercent(ratingOf(mastery, k)) >= MASTERED_PERCENT)) return true;
  const last = run.history.at(-1);
  if (last && isMiss(last.outcome)) return false;
  const areaPicks = [...run.history.map((i) => i.reason), ...run.queue.map((i) => i.reason), ...(run.current ? [run.current.reason] : [])].filter(
    (r) => r === 'weakest' || r === 'new' || r === 'curriculum',
  );
  const recent = areaPicks.slice(-(NEW_EVERY - 1));
  return recent.length === NEW_EVERY - 1 && recent.every((r) => r === 'weakest');
}

function areaItem(run: AutoRun, planner: Planner): QueueItem | null {
  const { ctx, keys, label } = planner;
  const plannedKeys = new Set(plannedItems(run).map((i) => i.key));
  const practised = keys.filter((k) => (ctx.mastery.skills[k]?.attempts ?? 0) > 0);
  const byRating = [...practised].sort((a, b) => ratingOf(ctx.mastery, a) - ratingOf(ctx.mastery, b) || a.localeCompare(b));
  const weakest = byRating.filter((k) => !plannedKeys.has(k));
  const untried = keys.filter((k) => !ctx.mastery.skills[k] && !plannedKeys.has(k) && !run.history.some((i) => i.key === k));
  // The type asked for may have nothing to serve at the level while a sibling does: the words follow what is served.
  const asNew = (key: string, options: PickOptions) => {
    const pick = pickProblem(run, planner, key, options);
    return (
      pick &&
      item(pick, 'new', (served) => [{ key: ctx.mastery.skills[served] ? 'next' : 'new', values: { type: planner.fullLabel(served) } }])
    );
  };
  const asWeak = (key: string, options: PickOptions) => {
    const pick = pickProblem(run, planner, key, options);
    const percent = masteryPercent(ratingOf(ctx.mastery, key));
    const rank: WhyKey = byRating.indexOf(key) === 0 ? 'weakest' : 'weaker';
    return (
      pick &&
      item(pick, 'weakest', (served) => {
        const type = served === key ? null : planner.typeLabel(served);
        const parts: WhyPart[] = [{ key: rank, values: { area: label(served), percent } }];
        return type ? [...parts, { key: 'practisesType', values: { type } }] : parts;
      })
    );
  };
  const newFirst = untried.length > 0 && wantsSomethingNew(run, weakest, ctx.mastery);
  // Fresh problems at the level (or easier) anywhere first; then repeats; a new
  // area only has problems harder than the level as the last resort.
  const passes: PickOptions[] = [{ freshOnly: true }, {}, { newArea: true }];
  for (const options of passes) {
    const news = untried.map((key) => () => asNew(key, options));
    const weaks = options.newArea ? [] : weakest.map((key) => () => asWeak(key, options));
    for (const attempt of newFirst ? [...news, ...weaks] : [...weaks, ...news]) {
      const found = attempt();
      if (found) return found;
    }
  }
  return null;
}

/**
 * More of the subtopic in focus (the one the latest problem came from), as
 * long as the learner is moving there and fresh problems remain: fewer than
 * FOCUS_MAX problems in a row, fewer than FOCUS_STALL answers since its
 * level last changed (or FOCUS_TOP at advanced), and not yet mastered.
 */
function focusItem(run: AutoRun, planner: Planner): QueueItem | null {
  const sequence = [...run.history, ...plannedItems(run)].filter((i) => i.reason !== 'review');
  const last = sequence.at(-1);
  if (!last) return null;
  const area = subtopicKey(last.key);
  let inARow = 0;
  while (inARow < sequence.length && subtopicKey(sequence[sequence.length - 1 - inARow].key) === area) inARow += 1;
  const level = run.levels[area];
  const planned = plannedItems(run).filter((i) => subtopicKey(i.key) === area).length;
  const atLevel = (level?.answered ?? 0) + planned;
  const keys = planner.keys.filter((k) => subtopicKey(k) === area);
  const mastery = planner.ctx.mastery;
  const mastered = keys.every((k) => masteryPercent(ratingOf(mastery, k)) >= MASTERED_PERCENT);
  if (!level || inARow >= FOCUS_MAX || atLevel >= (level.difficulty === 'advanced' ? FOCUS_TOP : FOCUS_STALL) || mastered) return null;
  const plannedKeys = new Set(plannedItems(run).map((i) => i.key));
  const order = [...keys].sort((a, b) => Number(plannedKeys.has(a)) - Number(plannedKeys.has(b)) || ratingOf(mastery, a) - ratingOf(mastery, b) || a.localeCompare(b));
  for (const key of order) {
    const pick = pickProblem(run, planner, key, { freshOnly: true });
    if (pick) return item(pick, 'continue', (served) => [{ key: 'continue', values: { area: planner.label(served), difficulty: level.difficulty } }]);
  }
  return null;
}

function pendingItem(run: AutoRun, planner: Planner, slot: PendingSlot): QueueItem | null {
  const remediation = slot.reason === 'remediation';
  // A small subtopic may have nothing fresh left: remediation then goes back to a problem met before.
  const pick = pickProblem(run, planner, slot.key, { exact: !remediation }) ?? (remediation ? pickProblem(run, planner, slot.key, { relaxed: true }) : null);
  if (!pick) return null;
  const explain = (served: string): WhyPart[] => [
    slot.reason === 'remediation'
      ? { key: 'remediation', values: { area: planner.label(served) } }
      : { key: slot.reason, values: { area: planner.label(served), difficulty: pick.problem.difficulty } },
  ];
  return item({ ...pick, wanted: pick.problem.difficulty }, slot.reason, explain);
}

/** Give a planned item's subtopic a level (the difficulty wanted there, whatever was served), so later answers move it from there. */
function withLevel(run: AutoRun, planned: QueueItem, mastery: MasteryState): AutoRun {
  const area = subtopicKey(planned.key);
  return run.levels[area] ? run : { ...run, levels: { ...run.levels, [area]: freshLevel(levelDifficulty(run, planned.key, mastery)) } };
}

/**
 * Fill the queue to `ahead` problems and put the first on screen if nothing
 * is. Slots asked for (remediation, easier, harder) come first (a slot no
 * problem fits is dropped); then each new
 * slot is, in order of preference: a due review (one at a time), the next
 * step of the new-learner curriculum, more of the subtopic in focus while
 * the learner is moving there, and otherwise the weakest practised area or,
 * regularly, a type not practised yet.
 */
export function planNext(run: AutoRun, ctx: PlanContext): AutoRun {
  const pool = ctx.catalog.filter((p) => inScope(run, p));
  const ids = new Set(pool.map((p) => p.id));
  const planner: Planner = {
    ctx,
    pool,
    keys: [...new Set(pool.map(typeKey))],
    label: (key) => areaLabel(key, ctx.modules),
    fullLabel: (key) => fullLabel(key, ctx.modules),
    typeLabel: (key) => typeLabel(key, ctx.modules),
  };
  let next: AutoRun = {
    ...run,
    updatedAt: Math.max(run.updatedAt, ctx.now),
    current: run.current && ids.has(run.current.problemId) ? run.current : null,
    queue: run.queue.filter((i) => ids.has(i.problemId)),
    pending: [],
  };
  const front: QueueItem[] = [];
  for (const slot of run.pending) {
    const found = pendingItem({ ...next, queue: [...front, ...next.queue] }, planner, slot);
    if (found) {
      front.push(found);
      next = withLevel(next, found, ctx.mastery);
    }
  }
  next = { ...next, queue: [...front, ...next.queue] };
  const wanted = (ctx.ahead ?? RUN_AHEAD) + (next.current ? 0 : 1);
  while (next.queue.length < wanted) {
    const found = reviewItem(next, planner) ?? curriculumItem(next, planner) ?? focusItem(next, planner) ?? areaItem(next, planner);
    if (!found) break;
    next = withLevel({ ...next, queue: [...next.queue, found] }, found, ctx.mastery);
  }
  if (!next.current && next.queue.length > 0) next = { ...next, current: next.queue[0], queue: next.queue.slice(1) };
  return next;
}

/**
 * Simulated learners for checking the adaptive loop end to end: a learner
 * with a fixed true skill (an Elo rating) answers what an auto run plans,
 * succeeding with the Elo expectation against the problem's rating, and
 * each answer updates the run, the skill model and the review schedule in
 * turn. Sessions of a few problems a day. Deterministic for a seed.
 */
import { type ProblemSummary, seededRandom } from '../catalog';
import type { Difficulty } from '../schemas/problem';
import { DIFFICULTIES, DIFFICULTY_RATING, EMPTY_MASTERY, expectedSuccess, type MasteryState, updateMastery } from './mastery';
import { isMiss, type Outcome } from './outcome';
import { EMPTY_REVIEW, type ReviewState } from './review';
import { reviewGrade, scheduleReview } from './review-schedule';
import { type AutoRun, type Level, type QueueReason, type WhyPart } from './run';
import { createRun, planNext, recordOutcome } from './run-plan';
import { subtopicKey } from './keys';

export interface Learner {
  name: string;
  /** True skill on the problems' rating scale (beginner 800, intermediate 1200, advanced 1600). */
  skill: number;
}

export const LEARNERS = {
  weak: { name: 'weak', skill: 750 },
  average: { name: 'average', skill: 1250 },
  strong: { name: 'strong', skill: 1900 },
} as const satisfies Record<string, Learner>;

export interface SimulationOptions {
  /** Start with the new-learner curriculum. */
  newLearner?: boolean;
  /** Problems per daily session. */
  sessionLength?: number;
  minutesPerProblem?: number;
  catalog?: readonly ProblemSummary[];
}

export interface SimulationStep {
  step: number;
  problemId: string;
  key: string;
  difficulty: Difficulty;
  reason: QueueReason;
  /** Why the run chose it (see WhyPart). */
  why: WhyPart[];
  outcome: Outcome;
  /** The level of the problem's subtopic after the answer. */
  level: Level;
  /** Whether the answer moved that level. */
  levelChange: 'up' | 'down' | null;
}

/**
 * A small catalogue: three modules (with the ids the new-learner curriculum
 * uses) × two subtopics × two problem types × three difficulties × four
 * problems each.
 */
export function syntheticCatalog(): ProblemSummary[] {
  const layout: Array<[string, string[]]> = [
    ['strings', ['indexing-and-slicing', 'string-methods']],
    ['lists', ['list-basics', 'iterating-and-aggregating']],
    ['dicts', ['basics', 'counting']],
  ];
  const problems: ProblemSummary[] = [];
  for (const [module, subtopics] of layout) {
    for (const subtopic of subtopics) {
      for (const problemType of ['type-a', 'type-b']) {
        for (const difficulty of DIFFICULTIES) {
          for (const n of [1, 2, 3, 4]) {
            const id = `${module}-${subtopic}-${problemType}-${difficulty}-${n}`;
            problems.push({ id, pack: module, title: id, difficulty, tags: [], estimatedMinutes: null, module, subtopic, problemType, fingerprint: `fp-${id}` });
          }
        }
      }
    }
  }
  return problems;
}

/**
 * How a learner of `skill` fares on a problem: a clean solve with the Elo
 * expectation; otherwise half the time a solve after one or two hints, and
 * otherwise a miss (revealing the solution half the time).
 */
export function simulatedOutcome(skill: number, difficulty: Difficulty, random: () => number): Outcome {
  const p = expectedSuccess(skill, DIFFICULTY_RATING[difficulty]);
  const roll = random();
  if (roll < p) return { solved: true, hints: 0, revealed: false, failedSubmits: random() < 0.3 ? 1 : 0 };
  if (roll < p + (1 - p) / 2) return { solved: true, hints: random() < 0.5 ? 1 : 2, revealed: false, failedSubmits: 1 };
  return { solved: false, hints: 1, revealed: random() < 0.5, failedSubmits: 2 };
}

/** Run `steps` problems of one auto run for a simulated learner. */
export function simulate(learner: Learner, steps: number, seed: number, options: SimulationOptions = {}): SimulationStep[] {
  const { newLearner = false, sessionLength = 10, minutesPerProblem = 4, catalog = syntheticCatalog() } = options;
  const random = seededRandom(seed);
  const start = Date.UTC(2025, 0, 6, 9);
  let mastery: MasteryState = EMPTY_MASTERY;
  let reviews: ReviewState = EMPTY_REVIEW;
  let run: AutoRun = createRun({ id: `sim-${learner.name}`, name: `Simulated ${learner.name} learner`, now: start, isNewLearner: newLearner });
  const seen = new Set<string>();
  const results: SimulationStep[] = [];
  for (let step = 1; step <= steps; step++) {
    const session = Math.floor((step - 1) / sessionLength);
    const now = start + session * 86_400_000 + ((step - 1) % sessionLength) * minutesPerProblem * 60_000;
    run = planNext(run, { catalog, mastery, reviews, now, random, seen });
    const current = run.current;
    if (!current) break;
    const problem = catalog.find((p) => p.id === current.problemId);
    if (problem) seen.add(problem.fingerprint);
    const outcome = simulatedOutcome(learner.skill, current.difficulty, random);
    const area = subtopicKey(current.key);
    const before = run.levels[area]?.difficulty ?? current.difficulty;
    run = recordOutcome(run, { problemId: current.problemId, key: current.key, difficulty: current.difficulty, outcome }, now);
    mastery = updateMastery(mastery, { key: current.key, difficulty: current.difficulty, outcome, at: now });
    reviews = scheduleReview(reviews, current.key, reviewGrade(outcome), now);
    const level = run.levels[area];
    const moved = DIFFICULTIES.indexOf(level.difficulty) - DIFFICULTIES.indexOf(before);
    results.push({
      step,
      problemId: current.problemId,
      key: current.key,
      difficulty: current.difficulty,
      reason: current.reason,
      why: current.why,
      outcome,
      level,
      levelChange: moved > 0 ? 'up' : moved < 0 ? 'down' : null,
    });
  }
  return results;
}

/** How often the served difficulty turns around (up then down, or down then up). */
export function directionChanges(difficulties: readonly Difficulty[]): number {
  let changes = 0;
  let direction = 0;
  for (let i = 1; i < difficulties.length; i++) {
    const move = Math.sign(DIFFICULTIES.indexOf(difficulties[i]) - DIFFICULTIES.indexOf(difficulties[i - 1]));
    if (move === 0) continue;
    if (direction !== 0 && move !== direction) changes += 1;
    direction = move;
  }
  return changes;
}

/**
 * A Markdown table of the difficulty served at each step, one column per
 * simulated learner: ✓ a clean solve, ✓h a solve with hints, ✗ a miss, and
 * the reason the problem was chosen.
 */
export function difficultyTable(columns: Record<string, readonly SimulationStep[]>): string {
  const names = Object.keys(columns);
  const rows = Math.max(0, ...names.map((n) => columns[n].length));
  const mark = (o: Outcome) => (isMiss(o) ? '✗' : o.hints === 0 ? '✓' : '✓h');
  const cell = (s: SimulationStep | undefined) => (s ? `${s.difficulty} ${mark(s.outcome)} (${s.reason})` : '');
  const lines = [`| step | ${names.join(' | ')} |`, `| ---: | ${names.map(() => '---').join(' | ')} |`];
  for (let i = 0; i < rows; i++) lines.push(`| ${i + 1} | ${names.map((n) => cell(columns[n][i])).join(' | ')} |`);
  return lines.join('\n');
}

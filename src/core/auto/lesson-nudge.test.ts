import { describe, expect, it } from 'vitest';
import { seededRandom } from '../catalog';
import { subtopicKey } from './keys';
import { lessonSuggestion, LESSON_AFTER_MISSES } from './lesson-nudge';
import { EMPTY_MASTERY } from './mastery';
import type { Outcome } from './outcome';
import { EMPTY_REVIEW } from './review';
import { type AutoRun } from './run';
import { createRun, planNext, recordOutcome } from './run-plan';
import { syntheticCatalog } from './simulate';

const T0 = Date.UTC(2025, 0, 6, 9);
const MINUTE = 60_000;
const catalog = syntheticCatalog();
const MISS: Outcome = { solved: false, hints: 0, revealed: false, failedSubmits: 2 };
const REVEALED: Outcome = { solved: false, hints: 2, revealed: true, failedSubmits: 0 };
const HINTED: Outcome = { solved: true, hints: 1, revealed: false, failedSubmits: 0 };
const COUNTING = 'dicts/counting';
const modules = [
  {
    id: 'dicts',
    name: 'Dictionaries',
    subtopics: [{ id: 'counting', name: 'Counting', order: 1, overview: 'o', considerations: ['c'], problemTypes: [] }],
  },
];
const every = { hasLesson: () => true, checkPassedAt: () => null, modules };

const problem = (id: string) => {
  const found = catalog.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return { problemId: found.id, key: `${found.module}/${found.subtopic}/${found.problemType}`, difficulty: found.difficulty };
};

/** A run with `answers` recorded in order (a minute apart) and `onScreen` the problem on screen. */
function runWith(answers: Array<[string, Outcome]>, onScreen: string): AutoRun {
  let run = createRun({ id: 'r', name: 'Run', now: T0, isNewLearner: false });
  answers.forEach(([id, outcome], i) => {
    run = recordOutcome(run, { ...problem(id), outcome }, T0 + (i + 1) * MINUTE);
  });
  return { ...run, current: { ...problem(onScreen), reason: 'remediation', why: [{ key: 'remediation', values: { area: 'Dictionaries › Counting' } }] } };
}

describe('suggesting a lesson in an auto run', () => {
  it('suggests the lesson of a subtopic after two misses there, saying why', () => {
    const run = runWith(
      [
        ['dicts-counting-type-a-intermediate-1', MISS],
        ['strings-string-methods-type-a-beginner-1', HINTED],
        ['dicts-counting-type-b-beginner-2', MISS],
      ],
      'dicts-counting-type-a-beginner-3',
    );
    expect(lessonSuggestion(run, every)).toEqual({ lessonId: COUNTING, misses: LESSON_AFTER_MISSES, area: 'Dictionaries › Counting' });
    // Without the curriculum's names, the ids are put in words.
    expect(lessonSuggestion(run, { ...every, modules: [] })?.area).toBe('Dicts › Counting');
  });

  it('counts a revealed solution as a miss, and says how many', () => {
    const run = runWith(
      [
        ['dicts-counting-type-a-beginner-1', REVEALED],
        ['dicts-counting-type-a-beginner-2', MISS],
        ['dicts-counting-type-b-beginner-1', MISS],
      ],
      'dicts-counting-type-a-beginner-3',
    );
    expect(lessonSuggestion(run, every)).toMatchObject({ misses: 3, area: 'Dictionaries › Counting' });
  });

  it('says nothing after one miss, after misses broken by a solve there, or for misses in another subtopic', () => {
    expect(lessonSuggestion(runWith([['dicts-counting-type-a-beginner-1', MISS]], 'dicts-counting-type-a-beginner-2'), every)).toBeNull();
    const broken = runWith(
      [
        ['dicts-counting-type-a-beginner-1', MISS],
        ['dicts-counting-type-a-beginner-2', HINTED],
        ['dicts-counting-type-b-beginner-1', MISS],
      ],
      'dicts-counting-type-a-beginner-3',
    );
    expect(lessonSuggestion(broken, every)).toBeNull();
    const elsewhere = runWith(
      [
        ['dicts-basics-type-a-beginner-1', MISS],
        ['dicts-basics-type-a-beginner-2', MISS],
      ],
      'dicts-counting-type-a-beginner-1',
    );
    expect(lessonSuggestion(elsewhere, every)).toBeNull();
  });

  it('says nothing without a lesson for the subtopic, or once its check was passed after the misses', () => {
    const run = runWith(
      [
        ['dicts-counting-type-a-beginner-1', MISS],
        ['dicts-counting-type-a-beginner-2', MISS],
      ],
      'dicts-counting-type-b-beginner-1',
    );
    expect(lessonSuggestion(run, { ...every, hasLesson: (id) => id !== COUNTING })).toBeNull();
    expect(lessonSuggestion(run, { ...every, checkPassedAt: () => T0 + 3 * MINUTE })).toBeNull();
    // A check passed before the misses does not stop it: the lesson may help again.
    expect(lessonSuggestion(run, { ...every, checkPassedAt: () => T0 })?.lessonId).toBe(COUNTING);
  });

  it('follows a planned run: two misses keep the learner in the subtopic, and the lesson is offered there', () => {
    const plan = (run: AutoRun, now: number) => planNext(run, { catalog, mastery: EMPTY_MASTERY, reviews: EMPTY_REVIEW, now, random: seededRandom(3) });
    let run = plan(createRun({ id: 'r', name: 'Run', now: T0, isNewLearner: false, scope: ['dicts'] }), T0);
    const area = subtopicKey(run.current?.key ?? '');
    for (let i = 1; i <= 2; i++) {
      const current = run.current;
      if (!current) throw new Error('nothing on screen');
      expect(subtopicKey(current.key)).toBe(area);
      run = plan(recordOutcome(run, { problemId: current.problemId, key: current.key, difficulty: current.difficulty, outcome: MISS }, T0 + i * MINUTE), T0 + i * MINUTE);
    }
    expect(subtopicKey(run.current?.key ?? '')).toBe(area);
    expect(lessonSuggestion(run, every)?.lessonId).toBe(area);
  });

  it('leaves the run as it was (a suggestion only)', () => {
    const run = runWith(
      [
        ['dicts-counting-type-a-beginner-1', MISS],
        ['dicts-counting-type-a-beginner-2', MISS],
      ],
      'dicts-counting-type-b-beginner-1',
    );
    const before = structuredClone(run);
    expect(lessonSuggestion(run, every)).not.toBeNull();
    expect(run).toEqual(before);
  });

  it('says nothing with no problem on screen', () => {
    expect(lessonSuggestion(createRun({ id: 'r', name: 'Run', now: T0, isNewLearner: false }), every)).toBeNull();
  });
});

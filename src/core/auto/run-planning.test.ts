/**
 * What a run tells the learner matches what it serves, and the new-learner
 * tour moves on when the learner skips.
 */
import { describe, expect, it } from 'vitest';
import { type ProblemSummary, seededRandom } from '../catalog';
import { typeKey } from './keys';
import { EMPTY_MASTERY, type MasteryState } from './mastery';
import { EMPTY_REVIEW } from './review';
import { type AutoRun } from './run';
import { createRun, MINI_CURRICULUM, type PlanContext, planNext, skip } from './run-plan';
import { LEARNERS, simulate, syntheticCatalog } from './simulate';
import { whyInEnglish } from './why-in-english.testing';

const T0 = Date.UTC(2025, 0, 6, 9);
const MINUTE = 60_000;

const problem = (id: string, problemType: string, difficulty: ProblemSummary['difficulty']): ProblemSummary => ({
  id,
  pack: 'basics',
  title: id,
  difficulty,
  tags: [],
  estimatedMinutes: null,
  module: 'basics',
  subtopic: 'integer-arithmetic',
  problemType,
  fingerprint: `fp-${id}`,
});

/** As in the bank: the divmod type has no beginner problem, its sibling has one. */
const integerArithmetic: ProblemSummary[] = [
  problem('basics-format-duration', 'divmod-conversions', 'intermediate'),
  problem('basics-make-change', 'divmod-conversions', 'intermediate'),
  problem('basics-last-digit', 'digits-and-remainders', 'beginner'),
  problem('basics-ceiling-division', 'digits-and-remainders', 'advanced'),
  problem('basics-count-leap-years', 'digits-and-remainders', 'advanced'),
];
const type = (id: string, name: string, order: number) => ({ id, name, order, overview: '', considerations: [] });
const modules = [
  {
    id: 'basics',
    name: 'Basics',
    subtopics: [
      {
        id: 'integer-arithmetic',
        name: 'Integer division & remainders',
        order: 1,
        overview: '',
        considerations: [],
        problemTypes: [type('divmod-conversions', 'Unit conversions with divmod', 1), type('digits-and-remainders', 'Remainders, digits and rounding up', 2)],
      },
    ],
  },
];

const context = (overrides: Partial<PlanContext> = {}): PlanContext => ({
  catalog: integerArithmetic,
  mastery: EMPTY_MASTERY,
  reviews: EMPTY_REVIEW,
  now: T0,
  random: seededRandom(1),
  modules,
  ...overrides,
});
const newRun = (isNewLearner = false) => createRun({ id: 'run-1', name: 'Practice', now: T0, isNewLearner });

describe('the reason shown for a planned problem', () => {
  it('names the type actually served when a sibling type stands in for a new one', () => {
    const run = planNext(newRun(), context());
    expect(run.current).toMatchObject({ problemId: 'basics-last-digit', key: 'basics/integer-arithmetic/digits-and-remainders', reason: 'new' });
    expect(whyInEnglish(run.current!)).toBe('Something new: Basics › Integer division & remainders › Remainders, digits and rounding up, next in the curriculum.');
    expect(whyInEnglish(run.current!)).not.toContain('Unit conversions with divmod');
  });

  it('does not call a practised sibling new', () => {
    // The sibling is mastered, so something new is due: the divmod type, which has nothing at advanced level.
    const mastery: MasteryState = { skills: { 'basics/integer-arithmetic/digits-and-remainders': { rating: 1750, attempts: 20, lastAt: T0 - MINUTE } } };
    const run = planNext(newRun(), context({ mastery }));
    expect(run.current).toMatchObject({ key: 'basics/integer-arithmetic/digits-and-remainders', difficulty: 'advanced', reason: 'new' });
    expect(whyInEnglish(run.current!)).toBe('Next in the curriculum: Basics › Integer division & remainders › Remainders, digits and rounding up.');
  });

  it('says which type it serves when the weakest type has nothing at the level', () => {
    const mastery: MasteryState = { skills: { 'basics/integer-arithmetic/divmod-conversions': { rating: 700, attempts: 4, lastAt: T0 - MINUTE } } };
    const run = planNext(newRun(), context({ mastery }));
    expect(run.current).toMatchObject({ problemId: 'basics-last-digit', reason: 'weakest' });
    expect(whyInEnglish(run.current!)).toBe(
      'Chosen because Basics › Integer division & remainders is your weakest area (mastery 14%). This one practises Remainders, digits and rounding up.',
    );
  });

  it('never names another type than the one served, over long simulated runs on a patchy bank', () => {
    // Type a has no beginner problems and type b no advanced ones: sibling fallbacks happen all the time.
    const patchy = syntheticCatalog().filter((p) => !(p.problemType === 'type-a' && p.difficulty === 'beginner') && !(p.problemType === 'type-b' && p.difficulty === 'advanced'));
    const names = { 'type-a': 'Type a', 'type-b': 'Type b' } as const;
    let checked = 0;
    for (const learner of [LEARNERS.weak, LEARNERS.average, LEARNERS.strong]) {
      for (const newLearner of [false, true]) {
        for (const step of simulate(learner, 80, 7, { catalog: patchy, newLearner })) {
          const served = step.key.endsWith('/type-a') ? 'type-a' : 'type-b';
          const other = served === 'type-a' ? 'type-b' : 'type-a';
          expect(whyInEnglish(step), `${learner.name} step ${step.step}`).not.toContain(names[other]);
          checked += whyInEnglish(step).includes(names[served]) ? 1 : 0;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the new-learner tour', () => {
  const catalog = syntheticCatalog();
  const tourContext = (now: number): PlanContext => ({ catalog, mastery: EMPTY_MASTERY, reviews: EMPTY_REVIEW, now, random: seededRandom(1) });
  const steps = MINI_CURRICULUM.filter((s) => catalog.some((p) => p.module === s.module && p.subtopic === s.subtopic)).map((s) => `${s.module}/${s.subtopic}`);
  const area = (run: AutoRun) => {
    const found = catalog.find((p) => p.id === run.current!.problemId)!;
    return typeKey(found).split('/').slice(0, 2).join('/');
  };

  it('moves on when the learner skips, and never goes back to step 1', () => {
    let run = planNext(newRun(true), tourContext(T0));
    const shown: string[] = [whyInEnglish(run.current!)];
    const areas: string[] = [area(run)];
    for (let i = 1; i < steps.length; i++) {
      run = planNext(skip(run, T0 + i * MINUTE), tourContext(T0 + i * MINUTE));
      shown.push(whyInEnglish(run.current!));
      areas.push(area(run));
    }
    expect(areas).toEqual(steps);
    expect(shown.map((text) => /step (\d+) of/.exec(text)?.[1])).toEqual(steps.map((_, i) => String(i + 1)));
    // Skipping the last step too ends the tour instead of starting it again.
    run = planNext(skip(run, T0 + steps.length * MINUTE), tourContext(T0 + steps.length * MINUTE));
    expect([run.current!, ...run.queue].filter((i) => i.reason === 'curriculum')).toEqual([]);
  });

  it('after four skips, the learner is on step 5, not back at step 1', () => {
    let run = planNext(newRun(true), tourContext(T0));
    for (let i = 1; i <= 4; i++) run = planNext(skip(run, T0 + i * MINUTE), tourContext(T0 + i * MINUTE));
    expect(run.current!.reason).toBe('curriculum');
    expect(whyInEnglish(run.current!)).toContain(`step 5 of ${steps.length}`);
    expect([run.current!, ...run.queue].map((i) => whyInEnglish(i)).join(' ')).not.toContain('step 1 of');
  });
});

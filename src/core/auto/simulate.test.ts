import { describe, expect, it } from 'vitest';
import type { Difficulty } from '../schemas/problem';
import { subtopicKey } from './keys';
import { difficultyTable, directionChanges, LEARNERS, simulate, type SimulationStep, simulatedOutcome, syntheticCatalog } from './simulate';
import { seededRandom } from '../catalog';
import { whyInEnglish } from './why-in-english.testing';

const STEPS = 40;
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const runs = (learner: keyof typeof LEARNERS) => SEEDS.map((seed) => simulate(LEARNERS[learner], STEPS, seed));
const share = (steps: SimulationStep[], difficulty: Difficulty) => steps.filter((s) => s.difficulty === difficulty).length / steps.length;

/** Direction changes of one subtopic's level within any `window` consecutive answers there, at most. */
function levelTurnsInWindow(steps: SimulationStep[], window: number): number {
  const bySubtopic = new Map<string, Difficulty[]>();
  for (const s of steps) bySubtopic.set(subtopicKey(s.key), [...(bySubtopic.get(subtopicKey(s.key)) ?? []), s.level.difficulty]);
  let worst = 0;
  for (const levels of bySubtopic.values()) {
    for (let i = 0; i + window <= Math.max(window, levels.length); i++) worst = Math.max(worst, directionChanges(levels.slice(i, i + window)));
  }
  return worst;
}

describe('directionChanges', () => {
  it('counts turns, not steps', () => {
    expect(directionChanges([])).toBe(0);
    expect(directionChanges(['beginner', 'intermediate', 'advanced', 'advanced'])).toBe(0);
    expect(directionChanges(['beginner', 'intermediate', 'intermediate', 'beginner'])).toBe(1);
    expect(directionChanges(['beginner', 'intermediate', 'beginner', 'intermediate', 'beginner'])).toBe(3);
  });
});

describe('simulatedOutcome', () => {
  it('follows the Elo expectation', () => {
    const random = seededRandom(5);
    const rate = (skill: number, difficulty: Difficulty) => {
      let clean = 0;
      for (let i = 0; i < 2000; i++) {
        const o = simulatedOutcome(skill, difficulty, random);
        if (o.solved && !o.revealed && o.hints === 0) clean += 1;
      }
      return clean / 2000;
    };
    expect(rate(1200, 'intermediate')).toBeCloseTo(0.5, 1);
    expect(rate(1900, 'advanced')).toBeGreaterThan(0.8);
    expect(rate(750, 'advanced')).toBeLessThan(0.05);
  });
});

describe('simulated learners', () => {
  it('are reproducible for a seed', () => {
    expect(simulate(LEARNERS.average, 25, 3)).toEqual(simulate(LEARNERS.average, 25, 3));
    expect(simulate(LEARNERS.average, 25, 3)).not.toEqual(simulate(LEARNERS.average, 25, 4));
  });

  it('serve every step from the catalogue, with a reason', () => {
    const ids = new Set(syntheticCatalog().map((p) => p.id));
    for (const step of simulate(LEARNERS.average, STEPS, 1)) {
      expect(ids.has(step.problemId)).toBe(true);
      expect(whyInEnglish(step)).not.toBe('');
    }
  });

  it('bring a strong learner to advanced problems within 25 questions, and keep them there', () => {
    for (const steps of runs('strong')) {
      const first = steps.findIndex((s) => s.difficulty === 'advanced') + 1;
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThanOrEqual(25);
      expect(share(steps.slice(20), 'advanced')).toBeGreaterThanOrEqual(0.25);
      expect(steps.some((s) => s.level.difficulty === 'advanced')).toBe(true);
    }
  });

  it('give a weak learner remediation and keep them mostly on beginner problems', () => {
    const all = runs('weak');
    for (const steps of all) {
      expect(steps.filter((s) => s.reason === 'remediation').length).toBeGreaterThanOrEqual(3);
      expect(steps.some((s) => s.difficulty === 'advanced')).toBe(false);
      expect(share(steps, 'beginner')).toBeGreaterThanOrEqual(0.6);
    }
    expect(all.reduce((sum, steps) => sum + share(steps, 'beginner'), 0) / all.length).toBeGreaterThanOrEqual(0.8);
  });

  it('place an average learner between the two', () => {
    const mean = (learner: keyof typeof LEARNERS, difficulty: Difficulty) => runs(learner).reduce((sum, steps) => sum + share(steps, difficulty), 0) / SEEDS.length;
    expect(mean('average', 'beginner')).toBeLessThan(mean('weak', 'beginner'));
    expect(mean('average', 'advanced')).toBeLessThan(mean('strong', 'advanced'));
    expect(mean('average', 'intermediate')).toBeGreaterThan(mean('weak', 'intermediate'));
  });

  it('do not make the difficulty oscillate', () => {
    for (const learner of ['weak', 'average', 'strong'] as const) {
      const windows: number[] = [];
      for (const steps of runs(learner)) {
        // A subtopic's level turns around at most twice within any ten answers there.
        expect(levelTurnsInWindow(steps, 10)).toBeLessThanOrEqual(2);
        // The main line (not remediation or reviews) turns around rarely: moving to a
        // new area can start lower, but not back and forth.
        const served = steps.filter((s) => s.reason !== 'remediation' && s.reason !== 'review').map((s) => s.difficulty);
        for (let i = 0; i + 10 <= served.length; i++) windows.push(directionChanges(served.slice(i, i + 10)));
      }
      expect(Math.max(...windows)).toBeLessThanOrEqual(5);
      expect(windows.reduce((a, b) => a + b, 0) / windows.length).toBeLessThanOrEqual(2);
    }
  });

  it('walk a new learner through the mini-curriculum first', () => {
    const steps = simulate(LEARNERS.average, 10, 2, { newLearner: true });
    expect(steps[0]).toMatchObject({ reason: 'curriculum', key: 'strings/indexing-and-slicing/type-a' });
    expect(steps.filter((s) => s.reason === 'curriculum').length).toBeGreaterThanOrEqual(5);
  });
});

describe('difficultyTable', () => {
  it('prints one row per step and one column per learner', () => {
    const table = difficultyTable({ weak: simulate(LEARNERS.weak, 3, 1), strong: simulate(LEARNERS.strong, 3, 1) }).split('\n');
    expect(table[0]).toBe('| step | weak | strong |');
    expect(table[1]).toBe('| ---: | --- | --- |');
    expect(table).toHaveLength(5);
    expect(table[2]).toMatch(/^\| 1 \| (beginner|intermediate|advanced) (✓|✓h|✗) \(\w+\) \| /);
  });
});

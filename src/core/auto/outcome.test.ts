import { describe, expect, it } from 'vitest';
import { isCleanSolve, isMiss, Outcome, outcomeScore } from './outcome';

const outcome = (input: Partial<Outcome> = {}): Outcome => Outcome.parse({ solved: true, ...input });

describe('outcomes', () => {
  it('scores a clean first-try solve 1 and a miss 0', () => {
    expect(outcomeScore(outcome())).toBe(1);
    expect(outcomeScore(outcome({ solved: false }))).toBe(0);
  });

  it('counts a revealed solution as a miss, even with a passing submit', () => {
    const revealed = outcome({ revealed: true });
    expect(isMiss(revealed)).toBe(true);
    expect(isCleanSolve(revealed)).toBe(false);
    expect(outcomeScore(revealed)).toBe(0);
  });

  it('takes 0.2 off per hint and 0.1 per failed submit, never below 0.3 for a solve', () => {
    expect(outcomeScore(outcome({ hints: 1 }))).toBeCloseTo(0.8);
    expect(outcomeScore(outcome({ hints: 2, failedSubmits: 1 }))).toBeCloseTo(0.5);
    expect(outcomeScore(outcome({ hints: 9 }))).toBe(0.3);
  });

  it('calls a solve clean when no hint was used (failed submits allowed)', () => {
    expect(isCleanSolve(outcome({ failedSubmits: 3 }))).toBe(true);
    expect(isCleanSolve(outcome({ hints: 1 }))).toBe(false);
    expect(isCleanSolve(outcome({ solved: false }))).toBe(false);
  });

  it('fills defaults when parsing', () => {
    expect(Outcome.parse({ solved: false })).toEqual({ solved: false, hints: 0, revealed: false, failedSubmits: 0 });
  });
});

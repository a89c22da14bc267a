import { describe, expect, it } from 'vitest';
import { readSummary, writeSummary, type SummaryCode } from './history-summary';

describe('history summaries', () => {
  const every: SummaryCode[] = [
    { key: 'hint', values: { n: 2, total: 3 } },
    { key: 'aiHint', values: { n: 1 } },
    { key: 'reveal' },
    { key: 'runOk' },
    { key: 'runError', values: { type: 'NameError', line: 3 } },
    { key: 'runErrorNoLine', values: { type: 'RecursionError' } },
    { key: 'runExit', values: { code: 2 } },
    { key: 'runStopped' },
    { key: 'runTimeout' },
    { key: 'runCrashed' },
    { key: 'passed', values: { passed: 8, total: 8 } },
    { key: 'failed', values: { passed: 3, total: 5 } },
    { key: 'failedRandom', values: { total: 8, seed: 48213 } },
  ];

  it('reads back every line it writes', () => {
    for (const summary of every) expect(readSummary(writeSummary(summary))).toEqual(summary);
  });

  it('writes the lines older events hold', () => {
    expect(writeSummary({ key: 'passed', values: { passed: 8, total: 8 } })).toBe('passed 8/8');
    expect(writeSummary({ key: 'runError', values: { type: 'NameError', line: 3 } })).toBe('NameError on line 3');
    expect(writeSummary({ key: 'failed', values: { passed: 3, total: 5 } })).toBe('failed: 3/5 tests passed');
    expect(writeSummary({ key: 'failedRandom', values: { total: 8, seed: 48213 } })).toBe('failed a random input (seed 48213) after passing all 8 tests');
  });

  it('leaves any other line alone', () => {
    expect(readSummary('')).toBeNull();
    expect(readSummary('something a backup said')).toBeNull();
    expect(readSummary('passed 8 of 8')).toBeNull();
  });
});

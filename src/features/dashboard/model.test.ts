import { describe, expect, it } from 'vitest';
import type { Catalog, ProblemSummary } from '@/core/catalog';
import type { HistoryEvent } from '@/core/history';
import { areaMastery, EMPTY_MASTERY, updateMastery } from '@/core/auto/mastery';
import { countEvent, EMPTY_STATS, summaryFor } from '@/core/stats';
import {
  calendarWeeks,
  continueWhereLeftOff,

  formatMastery,
  heatLevel,
  lastDays,
  moduleMastery,
  nextUnsolved,
  practiseKeyHref,
  slimCatalog,
  summaryByDifficulty,
  topicNames,
  weekdayIndex,
} from './model';

const problem = (id: string, module: string, subtopic: string | null = null, problemType: string | null = null): ProblemSummary => ({
  id,
  pack: module,
  title: `Title ${id}`,
  difficulty: 'beginner',
  tags: [],
  estimatedMinutes: null,
  module,
  subtopic,
  problemType,
  fingerprint: id,
});

const catalog: Catalog = {
  modules: [
    { id: 'starter', name: 'Starter set', order: 0, overview: 'x', considerations: ['y'], subtopics: [], imported: false },
    {
      id: 'lists',
      name: 'Lists',
      order: 1,
      overview: 'Long overview',
      considerations: ['A consideration'],
      imported: false,
      subtopics: [
        {
          id: 'slicing',
          name: 'Slicing',
          order: 1,
          overview: 'o',
          considerations: ['c'],
          problemTypes: [{ id: 'access', name: 'Access and slice', order: 1, overview: 'o', considerations: ['c'] }],
        },
      ],
    },
  ],
  problems: [problem('a', 'starter'), problem('b', 'starter'), problem('c', 'lists', 'slicing', 'access'), problem('d', 'lists', 'slicing', 'access')],
};

const event = (over: Partial<HistoryEvent>): HistoryEvent => ({
  id: `e${Math.random()}`,
  kind: 'submit',
  problemId: 'a',
  problemTitle: 'Title a',
  module: 'starter',
  subtopic: null,
  problemType: null,
  difficulty: 'beginner',
  at: 1_000,
  durationMs: 10,
  code: '',
  summary: '',
  passed: false,
  testsPassed: 0,
  testsTotal: 1,
  ...over,
});

describe('calendar helpers', () => {
  it('lists the last days oldest first, across month ends', () => {
    expect(lastDays('2025-03-02', 3)).toEqual(['2025-02-28', '2025-03-01', '2025-03-02']);
  });

  it('builds weeks starting on Monday with today in the last column and no future days', () => {
    const weeks = calendarWeeks('2025-06-04', 12); // a Wednesday
    expect(weeks).toHaveLength(12);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weekdayIndex(weeks[0][0] as string)).toBe(0);
    expect(weeks[11].slice(0, 3)).toEqual(['2025-06-02', '2025-06-03', '2025-06-04']);
    expect(weeks[11].slice(3)).toEqual([null, null, null, null]);
  });

  it('grades colour intensity by attempts, runs alone being the lightest', () => {
    expect(heatLevel(undefined, 5)).toBe(0);
    expect(heatLevel({ attempts: 0, solves: 0, runs: 2, timeMs: 0 }, 5)).toBe(1);
    expect(heatLevel({ attempts: 1, solves: 0, runs: 0, timeMs: 0 }, 8)).toBe(1);
    expect(heatLevel({ attempts: 8, solves: 0, runs: 0, timeMs: 0 }, 8)).toBe(4);
  });
});

describe('formatting and names', () => {

  it('resolves statistics keys to curriculum names, and unknown ids to words', () => {
    expect(topicNames(catalog, 'lists/slicing/access')).toEqual({ module: 'Lists', subtopic: 'Slicing', problemType: 'Access and slice' });
    expect(topicNames(catalog, 'starter/-/-')).toEqual({ module: 'Starter set', subtopic: null, problemType: null });
    expect(topicNames(catalog, 'gone-pack/two-pointers/x')).toEqual({ module: 'Gone pack', subtopic: 'Two pointers', problemType: 'X' });
  });

  it('slims the catalogue to what the dashboard shows', () => {
    const slim = slimCatalog(catalog);
    expect(slim.modules[1].overview).toBe('');
    expect(slim.modules[1].subtopics[0].problemTypes[0].name).toBe('Access and slice');
    expect(slim.problems).toBe(catalog.problems);
  });
});

describe('what to practise next', () => {
  it('continues the most recent unsolved problem from history or drafts', () => {
    const events = [event({ problemId: 'a', at: 1_000 }), event({ problemId: 'b', at: 2_000, kind: 'run', passed: null })];
    const solvedNone = () => false;
    expect(continueWhereLeftOff(catalog, events, {}, solvedNone)?.problem.id).toBe('b');
    expect(continueWhereLeftOff(catalog, events, { c: { code: 'x', updatedAt: 3_000 } }, solvedNone)).toMatchObject({ problem: { id: 'c' }, hasDraft: true, lastEvent: null });
    expect(continueWhereLeftOff(catalog, events, {}, (id) => id === 'b')?.problem.id).toBe('a');
    expect(continueWhereLeftOff(catalog, events, {}, () => true)).toBeNull();
  });

  it('suggests the next unsolved problem near the last one', () => {
    expect(nextUnsolved(catalog, (id) => id === 'a', 'a')?.id).toBe('b');
    expect(nextUnsolved(catalog, (id) => ['a', 'b'].includes(id), 'b')?.id).toBe('c');
    expect(nextUnsolved(catalog, () => true)).toBeNull();
  });

  it('links a weak problem type to an unsolved problem of that type, with the choice', () => {
    expect(practiseKeyHref(catalog, 'lists/slicing/access', (id) => id === 'c')).toBe('/practice?problem=d&module=lists&subtopic=slicing&problemType=access');
    expect(practiseKeyHref(catalog, 'starter/-/-', () => false)).toBe('/practice?problem=a&module=starter');
    expect(practiseKeyHref(catalog, 'nowhere/-/-', () => false)).toBeNull();
  });

  it('states the same mastery for a module as the statistics page, and keeps completion apart', () => {
    // One clean solve of a beginner problem: solved 1 of 1 (completion 100%), but little evidence of skill.
    const stats = countEvent(EMPTY_STATS, event({ id: '1', problemId: 'c', module: 'lists', subtopic: 'slicing', problemType: 'access', passed: true }), 0);
    const mastery = updateMastery(EMPTY_MASTERY, { key: 'lists/slicing/access', difficulty: 'beginner', outcome: { solved: true, hints: 0, revealed: false, failedSubmits: 0 }, at: 1 });
    const [row] = moduleMastery(catalog, stats, mastery);
    expect(row).toMatchObject({ key: 'lists', name: 'Lists', solved: 1, attempted: 1 });
    // The statistics page shows areaMastery for the module row and for the headline.
    expect(row.mastery).toBe(areaMastery(mastery, 'lists'));
    expect(row.mastery).toBe(areaMastery(mastery, ''));
    expect(row.mastery).toBeLessThan(50);
    expect(summaryFor(stats, 'lists/').completion).toBe(1);
    expect(formatMastery(row.mastery)).toBe(`${row.mastery}%`);
  });

  it('shows no mastery for a module with attempts but no finished problem', () => {
    const stats = countEvent(EMPTY_STATS, event({ id: '1', problemId: 'c', module: 'lists', subtopic: 'slicing', problemType: 'access', passed: false }), 0);
    expect(moduleMastery(catalog, stats, EMPTY_MASTERY)).toEqual([{ key: 'lists', name: 'Lists', mastery: null, solved: 0, attempted: 1 }]);
    expect(formatMastery(null)).toBe('–');
  });

  it('summarises statistics per difficulty', () => {
    let stats = countEvent(EMPTY_STATS, event({ id: '1', passed: true }), 0);
    stats = countEvent(stats, event({ id: '2', problemId: 'c', module: 'lists', difficulty: 'advanced' }), 0);
    const byDifficulty = summaryByDifficulty(stats);
    expect(byDifficulty.beginner).toMatchObject({ attempts: 1, problemsSolved: 1, completion: 1 });
    expect(byDifficulty.advanced).toMatchObject({ attempts: 1, problemsSolved: 0, completion: 0 });
    expect(byDifficulty.intermediate.attempts).toBe(0);
  });
});

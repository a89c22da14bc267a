import { describe, expect, it } from 'vitest';
import {
  dayKey,
  eventId,
  groupAttempts,
  HISTORY_LIMIT,
  HistoryEvent,
  HistoryState,
  mergeHistories,
  migrateHistory,
  pruneOldest,
  recordEvent,
  type HistoryEventInput,
} from './history';

/** 2024-03-10 12:00 UTC. */
const T0 = Date.UTC(2024, 2, 10, 12, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function ev(overrides: Partial<HistoryEventInput> = {}): HistoryEvent {
  return HistoryEvent.parse({
    id: 'e',
    kind: 'run',
    problemId: 'two-sum',
    problemTitle: 'Two sum',
    module: 'lists',
    difficulty: 'beginner',
    at: T0,
    ...overrides,
  });
}

const BASE = ev();

/** `n` events e{start}..e{start+n-1}, one millisecond apart, oldest first (cheap: no parsing). */
function many(n: number, start = 0, prefix = 'e'): HistoryEvent[] {
  return Array.from({ length: n }, (_, i) => ({ ...BASE, id: `${prefix}${start + i}`, at: T0 + start + i }));
}

const ids = (state: HistoryState) => state.events.map((e) => e.id);

describe('eventId', () => {
  it('is the time in base 36, a dash, and a base-36 random suffix', () => {
    expect(eventId(T0, () => 0.5)).toBe(`${T0.toString(36)}-${(2 ** 31).toString(36)}`);
    expect(eventId(T0, () => 0)).toBe(`${T0.toString(36)}-0`);
    expect(eventId(0, () => 0)).toBe('0-0');
    expect(eventId(Date.now())).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  });

  it('fits the event schema even for the largest suffix and a far-future time', () => {
    const id = eventId(Date.UTC(9999, 11, 31), () => 0.999_999_999_9);
    expect(id).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
    expect(HistoryEvent.shape.id.safeParse(id).success).toBe(true);
  });

  it('differs for a different time or a different random draw', () => {
    expect(eventId(T0, () => 0.25)).not.toBe(eventId(T0 + 1, () => 0.25));
    expect(eventId(T0, () => 0.25)).not.toBe(eventId(T0, () => 0.26));
  });

  it('gives distinct ids to many events recorded in the same millisecond', () => {
    const generated = Array.from({ length: 2_000 }, () => eventId(T0));
    expect(new Set(generated).size).toBe(generated.length);
    for (const id of generated) expect(id.startsWith(`${T0.toString(36)}-`)).toBe(true);
  });
});

describe('recordEvent', () => {
  it('appends the event at the end without changing the given state', () => {
    const state: HistoryState = { events: many(2) };
    const before = structuredClone(state);
    const added = ev({ id: 'new', kind: 'submit', passed: true, at: T0 + 10 });
    const next = recordEvent(state, added);
    expect(ids(next)).toEqual(['e0', 'e1', 'new']);
    expect(next.events[2]).toBe(added);
    expect(state).toEqual(before);
  });

  it('records into an empty history', () => {
    expect(recordEvent({ events: [] }, BASE)).toEqual({ events: [BASE] });
  });

  it('fills the history up to the limit without dropping anything', () => {
    const next = recordEvent({ events: many(HISTORY_LIMIT - 1) }, { ...BASE, id: 'new' });
    expect(next.events).toHaveLength(HISTORY_LIMIT);
    expect(next.events[0].id).toBe('e0');
    expect(next.events.at(-1)?.id).toBe('new');
  });

  it('drops the oldest event once the limit is reached, keeping the newest', () => {
    const next = recordEvent({ events: many(HISTORY_LIMIT) }, { ...BASE, id: 'new', at: T0 + HISTORY_LIMIT });
    expect(next.events).toHaveLength(HISTORY_LIMIT);
    expect(next.events[0].id).toBe('e1');
    expect(next.events.at(-2)?.id).toBe(`e${HISTORY_LIMIT - 1}`);
    expect(next.events.at(-1)?.id).toBe('new');
  });

  it('brings an over-full history back down to the limit', () => {
    const next = recordEvent({ events: many(HISTORY_LIMIT + 10) }, { ...BASE, id: 'new' });
    expect(next.events).toHaveLength(HISTORY_LIMIT);
    expect(next.events[0].id).toBe('e11');
    expect(next.events.at(-1)?.id).toBe('new');
  });
});

describe('pruneOldest', () => {
  it('drops the oldest quarter by default', () => {
    expect(ids(pruneOldest({ events: many(8) }))).toEqual(['e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
    expect(pruneOldest({ events: many(100) }).events).toHaveLength(75);
  });

  it('drops the given fraction, rounded down', () => {
    expect(ids(pruneOldest({ events: many(5) }, 0.5))).toEqual(['e2', 'e3', 'e4']);
    expect(ids(pruneOldest({ events: many(10) }, 0.1))).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9']);
    expect(pruneOldest({ events: many(4) }, 1).events).toEqual([]);
  });

  it('always drops at least one event', () => {
    expect(ids(pruneOldest({ events: many(3) }))).toEqual(['e1', 'e2']);
    expect(ids(pruneOldest({ events: many(3) }, 0))).toEqual(['e1', 'e2']);
    expect(pruneOldest({ events: many(1) }).events).toEqual([]);
  });

  it('leaves an empty history alone', () => {
    const empty: HistoryState = { events: [] };
    expect(pruneOldest(empty)).toBe(empty);
    expect(pruneOldest(empty, 1)).toEqual({ events: [] });
  });

  it('does not change the given state', () => {
    const state: HistoryState = { events: many(8) };
    const before = structuredClone(state);
    pruneOldest(state);
    expect(state).toEqual(before);
  });
});

describe('mergeHistories', () => {
  const a: HistoryState = { events: [ev({ id: 'a1', at: T0 + 30 }), ev({ id: 'shared', at: T0 + 20 }), ev({ id: 'a2', at: T0 })] };
  const b: HistoryState = { events: [ev({ id: 'b1', at: T0 + 10 }), ev({ id: 'shared', at: T0 + 20 }), ev({ id: 'b2', at: T0 + 40 })] };

  it('is the union by id, ordered by time', () => {
    const merged = mergeHistories(a, b);
    expect(ids(merged)).toEqual(['a2', 'b1', 'shared', 'a1', 'b2']);
    expect(merged.events.map((e) => e.at)).toEqual([T0, T0 + 10, T0 + 20, T0 + 30, T0 + 40]);
  });

  it('keeps a single copy of an event present on both sides', () => {
    const merged = mergeHistories(a, b);
    expect(merged.events.filter((e) => e.id === 'shared')).toHaveLength(1);
  });

  it('changes nothing when the same history is merged again', () => {
    const once = mergeHistories(a, b);
    expect(mergeHistories(once, b)).toEqual(once);
    expect(mergeHistories(once, a)).toEqual(once);
    expect(mergeHistories(once, once)).toEqual(once);
    expect(mergeHistories(a, a)).toEqual(mergeHistories(a, { events: [] }));
    expect(mergeHistories(a, a).events).toHaveLength(3);
  });

  it('keeps the first history’s copy of an event both contain', () => {
    const local = ev({ id: 'same', at: T0, summary: 'local' });
    const remote = ev({ id: 'same', at: T0, summary: 'remote' });
    expect(mergeHistories({ events: [local] }, { events: [remote] }).events).toEqual([local]);
    expect(mergeHistories({ events: [remote] }, { events: [local] }).events).toEqual([remote]);
  });

  it('gives the same content whichever side comes first', () => {
    expect(mergeHistories(b, a)).toEqual(mergeHistories(a, b));
  });

  it('orders events of the same millisecond by id, whatever the input order', () => {
    const x = ev({ id: 'x', at: T0 });
    const y = ev({ id: 'y', at: T0 });
    const z = ev({ id: 'z', at: T0 });
    const expected = ['x', 'y', 'z'];
    expect(ids(mergeHistories({ events: [z, x] }, { events: [y] }))).toEqual(expected);
    expect(ids(mergeHistories({ events: [y] }, { events: [z, x] }))).toEqual(expected);
    expect(ids(mergeHistories({ events: [z, y, x] }, { events: [] }))).toEqual(expected);
  });

  it('merges with an empty history into the sorted original', () => {
    expect(ids(mergeHistories({ events: [] }, a))).toEqual(['a2', 'shared', 'a1']);
    expect(mergeHistories({ events: [] }, { events: [] })).toEqual({ events: [] });
  });

  it('keeps only the newest events beyond the limit', () => {
    const older = { events: many(HISTORY_LIMIT, 0, 'old') };
    const newer = { events: many(10, HISTORY_LIMIT, 'new') };
    for (const merged of [mergeHistories(older, newer), mergeHistories(newer, older)]) {
      expect(merged.events).toHaveLength(HISTORY_LIMIT);
      expect(merged.events[0].id).toBe('old10');
      expect(merged.events.at(-1)?.id).toBe(`new${HISTORY_LIMIT + 9}`);
    }
  });

  it('does not change the histories it was given', () => {
    const beforeA = structuredClone(a);
    const beforeB = structuredClone(b);
    mergeHistories(a, b);
    expect(a).toEqual(beforeA);
    expect(b).toEqual(beforeB);
  });
});

describe('migrateHistory', () => {
  const raw = { id: 'r1', kind: 'submit', problemId: 'fizz', problemTitle: 'Fizz', module: 'loops', difficulty: 'intermediate', at: T0 };

  it('keeps a valid history and fills the defaults of each event', () => {
    expect(migrateHistory({ events: [raw] })).toEqual({
      events: [
        {
          ...raw,
          subtopic: null,
          problemType: null,
          durationMs: 0,
          code: '',
          summary: '',
          passed: null,
          testsPassed: null,
          testsTotal: null,
        },
      ],
    });
  });

  it('round-trips a recorded history through JSON', () => {
    const state: HistoryState = { events: [ev({ id: 'a', kind: 'submit', passed: true, testsPassed: 3, testsTotal: 3, code: 'print(1)' }), ev({ id: 'b' })] };
    expect(migrateHistory(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('turns garbage into an empty history without throwing', () => {
    const garbage: unknown[] = [
      undefined,
      null,
      42,
      Number.NaN,
      true,
      'events',
      [],
      [raw],
      {},
      { events: null },
      { events: 'lots' },
      { events: 7 },
      { events: { 0: raw } },
      { events: [null, 1, 'x', [], {}] },
      () => raw,
    ];
    for (const value of garbage) {
      let result: HistoryState | undefined;
      expect(() => (result = migrateHistory(value)), String(value)).not.toThrow();
      expect(result, String(value)).toEqual({ events: [] });
    }
  });

  it('keeps the valid events of hand-edited data and drops the rest', () => {
    const good2 = { ...raw, id: 'r2', kind: 'hint', at: T0 + 5, summary: 'hint 1', extra: 'ignored' };
    const result = migrateHistory({
      events: [
        raw,
        { ...raw, id: 'bad-kind', kind: 'debug' },
        null,
        'event',
        { ...raw, id: 'bad-at', at: 'yesterday' },
        { ...raw, id: '' },
        { ...raw, id: 'bad-difficulty', difficulty: 'expert' },
        { ...raw, id: 'bad-tests', testsPassed: -1 },
        { ...raw, id: 'bad-duration', durationMs: -5 },
        { ...raw, id: 'no-problem', problemId: undefined },
        good2,
      ],
      version: 'whatever',
    });
    expect(ids(result)).toEqual(['r1', 'r2']);
    expect(result.events[1]).not.toHaveProperty('extra');
    expect(result.events[1].summary).toBe('hint 1');
    expect(result).not.toHaveProperty('version');
    expect(HistoryState.safeParse(result).success).toBe(true);
  });
});

describe('dayKey', () => {
  it('splits days at UTC midnight with offset 0', () => {
    expect(dayKey(Date.UTC(2024, 0, 1, 0, 0), 0)).toBe('2024-01-01');
    expect(dayKey(Date.UTC(2024, 0, 1, 23, 59, 59, 999), 0)).toBe('2024-01-01');
    expect(dayKey(Date.UTC(2024, 0, 2, 0, 0), 0)).toBe('2024-01-02');
  });

  it('moves midnight two hours earlier east of UTC (offset -120)', () => {
    expect(dayKey(Date.UTC(2024, 0, 1, 21, 59, 59, 999), -120)).toBe('2024-01-01');
    expect(dayKey(Date.UTC(2024, 0, 1, 22, 0), -120)).toBe('2024-01-02');
    expect(dayKey(Date.UTC(2024, 1, 29, 23, 0), -120)).toBe('2024-03-01');
  });

  it('moves midnight five hours later west of UTC (offset 300)', () => {
    expect(dayKey(Date.UTC(2024, 0, 2, 4, 59, 59, 999), 300)).toBe('2024-01-01');
    expect(dayKey(Date.UTC(2024, 0, 2, 5, 0), 300)).toBe('2024-01-02');
    expect(dayKey(Date.UTC(2024, 0, 1, 2, 0), 300)).toBe('2023-12-31');
  });

  it('gives the same instant different days in different zones', () => {
    const at = Date.UTC(2024, 5, 15, 23, 30);
    expect([dayKey(at, -120), dayKey(at, 0), dayKey(at, 300)]).toEqual(['2024-06-16', '2024-06-15', '2024-06-15']);
    const early = Date.UTC(2024, 5, 15, 1, 30);
    expect([dayKey(early, -120), dayKey(early, 0), dayKey(early, 300)]).toEqual(['2024-06-15', '2024-06-15', '2024-06-14']);
  });

  it('uses the local time zone by default', () => {
    for (const at of [T0, Date.UTC(2024, 0, 1, 0, 30), Date.UTC(2024, 6, 1, 23, 30)]) {
      const d = new Date(at);
      const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      expect(dayKey(at)).toBe(local);
    }
  });
});

describe('groupAttempts', () => {
  const DAY1 = Date.UTC(2024, 2, 10, 9, 0);
  const DAY2 = Date.UTC(2024, 2, 11, 9, 0);

  it('groups by day, newest day first, then by problem, newest activity first', () => {
    const events = [
      ev({ id: '1', problemId: 'a', problemTitle: 'A', at: DAY1 }),
      ev({ id: '2', problemId: 'b', problemTitle: 'B', module: 'strings', difficulty: 'advanced', at: DAY1 + HOUR }),
      ev({ id: '3', problemId: 'a', problemTitle: 'A', at: DAY1 + 2 * HOUR }),
      ev({ id: '4', problemId: 'b', problemTitle: 'B', module: 'strings', difficulty: 'advanced', at: DAY2 }),
      ev({ id: '5', problemId: 'a', problemTitle: 'A', at: DAY2 + HOUR }),
    ];
    const groups = groupAttempts(events, 0);
    expect(groups.map((g) => [g.day, g.problemId, g.events.map((e) => e.id)])).toEqual([
      ['2024-03-11', 'a', ['5']],
      ['2024-03-11', 'b', ['4']],
      ['2024-03-10', 'a', ['3', '1']],
      ['2024-03-10', 'b', ['2']],
    ]);
    expect(groups[1]).toMatchObject({ problemTitle: 'B', module: 'strings', difficulty: 'advanced' });
  });

  it('sorts whatever order the events come in, without changing the input', () => {
    const events = [ev({ id: 'old', at: DAY1 }), ev({ id: 'new', at: DAY2 }), ev({ id: 'mid', at: DAY1 + HOUR })];
    const shuffled = [events[1], events[0], events[2]];
    const copy = [...shuffled];
    expect(groupAttempts(shuffled, 0)).toEqual(groupAttempts(events, 0));
    expect(groupAttempts(events, 0).map((g) => g.events.map((e) => e.id))).toEqual([['new'], ['mid', 'old']]);
    expect(shuffled).toEqual(copy);
  });

  it('marks a group solved only when a submit in it passed', () => {
    const at = DAY1;
    const groups = groupAttempts(
      [
        ev({ id: 'f1', problemId: 'failed', kind: 'submit', passed: false, at }),
        ev({ id: 'f2', problemId: 'failed', kind: 'submit', passed: null, at: at + 1 }),
        ev({ id: 'r1', problemId: 'ran', kind: 'run', passed: true, at }),
        ev({ id: 'h1', problemId: 'hinted', kind: 'hint', passed: true, at }),
        ev({ id: 'v1', problemId: 'revealed', kind: 'reveal', passed: true, at }),
        ev({ id: 's1', problemId: 'solved', kind: 'submit', passed: false, at }),
        ev({ id: 's2', problemId: 'solved', kind: 'submit', passed: true, at: at + 1 }),
        ev({ id: 's3', problemId: 'solved', kind: 'submit', passed: false, at: at + 2 }),
      ],
      0,
    );
    const solved = Object.fromEntries(groups.map((g) => [g.problemId, g.solved]));
    expect(solved).toEqual({ failed: false, ran: false, hinted: false, revealed: false, solved: true });
  });

  it('keeps a solve to the day it happened', () => {
    const groups = groupAttempts([ev({ id: 'pass', kind: 'submit', passed: true, at: DAY1 }), ev({ id: 'later', kind: 'run', at: DAY2 })], 0);
    expect(groups.map((g) => [g.day, g.solved])).toEqual([
      ['2024-03-11', false],
      ['2024-03-10', true],
    ]);
  });

  it('decides the day with the given offset', () => {
    const late = ev({ id: 'late', at: Date.UTC(2024, 2, 10, 23, 30) });
    const early = ev({ id: 'early', at: Date.UTC(2024, 2, 11, 0, 30) });
    expect(groupAttempts([late, early], 0).map((g) => g.day)).toEqual(['2024-03-11', '2024-03-10']);
    // UTC-1: 22:30 and 23:30 on the 10th.
    expect(groupAttempts([late, early], 60).map((g) => [g.day, g.events.length])).toEqual([['2024-03-10', 2]]);
    // UTC+2: 01:30 and 02:30 on the 11th.
    expect(groupAttempts([late, early], -120).map((g) => [g.day, g.events.length])).toEqual([['2024-03-11', 2]]);
  });

  it('takes the title of the most recent event', () => {
    const groups = groupAttempts([ev({ id: '1', problemTitle: 'Old title', at: DAY1 }), ev({ id: '2', problemTitle: 'New title', at: DAY1 + 1 })], 0);
    expect(groups).toHaveLength(1);
    expect(groups[0].problemTitle).toBe('New title');
  });

  it('returns nothing for no events', () => {
    expect(groupAttempts([], 0)).toEqual([]);
  });
});

describe('damaged times in stored history', () => {
  it('drops an event whose time no Date can show, so grouping never throws', () => {
    const history = migrateHistory({
      events: [
        { id: 'bad', kind: 'submit', problemId: 'p', problemTitle: 'P', module: 'm', difficulty: 'beginner', at: 1e16 },
        { id: 'good', kind: 'submit', problemId: 'p', problemTitle: 'P', module: 'm', difficulty: 'beginner', at: 1_700_000_000_000 },
      ],
    });
    expect(history.events.map((e) => e.id)).toEqual(['good']);
    expect(() => groupAttempts(history.events, 0)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { activeTime, addSpans, EMPTY_ACTIVE_TIME, mergeActiveTime, migrateActiveTime, splitByDay, timeOf } from './active-time';
import type { Span } from './tracker';

const UTC = () => 0;
const TOKYO = () => -540;
const at = (iso: string) => Date.parse(iso);
const min = 60_000;

const lessonSpan = (start: string, minutes: number, id = 'basics/print'): Span => ({ context: { kind: 'lesson', id }, start: at(start), end: at(start) + minutes * min });
const problemSpan = (start: string, minutes: number, id = 'sum-of-evens'): Span => ({ context: { kind: 'problem', id }, start: at(start), end: at(start) + minutes * min });

describe('active time totals', () => {
  it('adds learning and practising per day, per lesson and per problem', () => {
    const state = addSpans(
      EMPTY_ACTIVE_TIME,
      'laptop',
      [lessonSpan('2026-03-02T09:00:00Z', 10), problemSpan('2026-03-02T09:10:00Z', 5), lessonSpan('2026-03-03T18:00:00Z', 2, 'basics/variables'), problemSpan('2026-03-03T18:05:00Z', 3)],
      UTC,
    );
    const time = activeTime(state);
    expect(time.days).toEqual({
      '2026-03-02': { learnMs: 10 * min, practiseMs: 5 * min, totalMs: 15 * min },
      '2026-03-03': { learnMs: 2 * min, practiseMs: 3 * min, totalMs: 5 * min },
    });
    expect(time.lessons).toEqual({ 'basics/print': 10 * min, 'basics/variables': 2 * min });
    expect(time.problems).toEqual({ 'sum-of-evens': 8 * min });
    expect(time.totalMs).toBe(20 * min);
    expect(timeOf(time.lessons, ['basics/print', 'basics/variables', 'basics/print', 'unknown'])).toBe(12 * min);
  });

  it('cuts a span that crosses midnight between the two days, in the learner’s time zone', () => {
    expect(splitByDay({ start: at('2026-03-02T23:50:00Z'), end: at('2026-03-03T00:20:00Z') }, UTC)).toEqual([
      ['2026-03-02', 10 * min],
      ['2026-03-03', 20 * min],
    ]);
    // 14:50–15:20 UTC is 23:50–00:20 in Tokyo.
    expect(splitByDay({ start: at('2026-03-02T14:50:00Z'), end: at('2026-03-02T15:20:00Z') }, TOKYO)).toEqual([
      ['2026-03-02', 10 * min],
      ['2026-03-03', 20 * min],
    ]);
    const state = addSpans(EMPTY_ACTIVE_TIME, 'laptop', [problemSpan('2026-03-02T14:50:00Z', 30)], TOKYO);
    expect(Object.keys(activeTime(state).days)).toEqual(['2026-03-02', '2026-03-03']);
    expect(activeTime(state).problems['sum-of-evens']).toBe(30 * min);
  });

  it('ignores empty or backwards spans', () => {
    const span = problemSpan('2026-03-02T09:00:00Z', 0);
    expect(addSpans(EMPTY_ACTIVE_TIME, 'laptop', [span, { ...span, end: span.start - 5 }], UTC)).toEqual({ devices: { laptop: { days: {}, lessons: {}, problems: {} } } });
  });

  it('merges two browsers by adding their time, and merging the same copy twice changes nothing', () => {
    const laptop = addSpans(EMPTY_ACTIVE_TIME, 'laptop', [lessonSpan('2026-03-02T09:00:00Z', 10)], UTC);
    const phone = addSpans(EMPTY_ACTIVE_TIME, 'phone', [lessonSpan('2026-03-02T20:00:00Z', 4), problemSpan('2026-03-02T20:10:00Z', 6)], UTC);
    const once = mergeActiveTime(laptop, phone);
    expect(activeTime(once).days['2026-03-02']).toEqual({ learnMs: 14 * min, practiseMs: 6 * min, totalMs: 20 * min });
    expect(mergeActiveTime(once, phone)).toEqual(once);
    expect(mergeActiveTime(phone, laptop)).toEqual(once);
  });

  it('merging an older copy of the same browser (a backup, another tab’s save) keeps the newer, larger numbers', () => {
    const older = addSpans(EMPTY_ACTIVE_TIME, 'laptop', [lessonSpan('2026-03-02T09:00:00Z', 10)], UTC);
    const newer = addSpans(older, 'laptop', [lessonSpan('2026-03-02T10:00:00Z', 5), problemSpan('2026-03-03T10:00:00Z', 1)], UTC);
    expect(mergeActiveTime(newer, older)).toEqual(newer);
    expect(mergeActiveTime(older, newer)).toEqual(newer);
    expect(activeTime(mergeActiveTime(newer, older)).totalMs).toBe(16 * min);
  });

  it('migrates what it can read and drops the rest', () => {
    const good = addSpans(EMPTY_ACTIVE_TIME, 'laptop', [lessonSpan('2026-03-02T09:00:00Z', 10)], UTC);
    expect(migrateActiveTime(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(migrateActiveTime(null)).toEqual(EMPTY_ACTIVE_TIME);
    expect(migrateActiveTime({ devices: { laptop: good.devices.laptop, broken: { days: { yesterday: 5 } } } })).toEqual(good);
    expect(migrateActiveTime({ devices: { phone: {} } })).toEqual({ devices: { phone: { days: {}, lessons: {}, problems: {} } } });
  });
});

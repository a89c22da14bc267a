import { describe, expect, it } from 'vitest';
import { hash } from '../catalog';
import { HistoryEvent } from '../history';
import { errorTypeOf, HELP_COOLDOWN_MS, shouldOfferHelp, type StuckEvent, stuckEventFrom } from './stuck';

const T0 = Date.UTC(2025, 0, 6, 9);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

const run = (at: number, codeHash = 'c1', errorType: string | null = null): StuckEvent => ({ kind: 'run', at, passed: null, errorType, codeHash });
const submit = (at: number, passed: boolean, codeHash = `s${at}`, errorType: string | null = null): StuckEvent => ({ kind: 'submit', at, passed, errorType, codeHash });
const hint = (at: number): StuckEvent => ({ kind: 'hint', at, passed: null, errorType: null, codeHash: '' });
const context = (now: number, extra: { lastOfferAt?: number | null; dismissedAt?: number | null } = {}) => ({ now, openedAt: T0, ...extra });

describe('reading history events', () => {
  it('takes the exception name from a run summary', () => {
    expect(errorTypeOf('NameError on line 3')).toBe('NameError');
    expect(errorTypeOf('ZeroDivisionError')).toBe('ZeroDivisionError');
    expect(errorTypeOf('KeyboardInterrupt')).toBe('KeyboardInterrupt');
    expect(errorTypeOf('StopIteration on line 9')).toBe('StopIteration');
    expect(errorTypeOf('ran without errors')).toBeNull();
    expect(errorTypeOf('failed: 2/5 tests passed')).toBeNull();
    expect(errorTypeOf('exited with code 1')).toBeNull();
  });

  it('turns a history event into what the rules read', () => {
    const base = { id: 'e1', problemId: 'p', problemTitle: 'P', module: 'lists', difficulty: 'beginner' as const, at: T0 };
    const ran = HistoryEvent.parse({ ...base, kind: 'run', code: 'print(x)', summary: 'NameError on line 1' });
    expect(stuckEventFrom(ran)).toEqual({ kind: 'run', at: T0, passed: null, errorType: 'NameError', codeHash: hash('print(x)') });
    const submitted = HistoryEvent.parse({ ...base, kind: 'submit', code: 'x = 1', summary: 'failed: 0/3 tests passed', passed: false });
    expect(stuckEventFrom(submitted)).toMatchObject({ kind: 'submit', passed: false, errorType: null });
    const hinted = HistoryEvent.parse({ ...base, kind: 'hint', summary: 'hint 2' });
    expect(stuckEventFrom(hinted)).toEqual({ kind: 'hint', at: T0, passed: null, errorType: null, codeHash: '' });
  });
});

describe('shouldOfferHelp', () => {
  it('offers nothing while the learner is making progress', () => {
    const events = [run(T0 + 10 * SECOND, 'a'), submit(T0 + MINUTE, false), run(T0 + 2 * MINUTE, 'b')];
    expect(shouldOfferHelp(events, context(T0 + 3 * MINUTE))).toEqual({ offer: false, rule: null, count: 0, errorType: null, sinceOffer: false });
    expect(shouldOfferHelp([], context(T0 + MINUTE)).offer).toBe(false);
  });

  it('offers help after three failing submits', () => {
    const events = [submit(T0 + MINUTE, false), submit(T0 + 2 * MINUTE, false), hint(T0 + 2.5 * MINUTE), submit(T0 + 3 * MINUTE, false)];
    expect(shouldOfferHelp(events, context(T0 + 3 * MINUTE))).toEqual({
      offer: true,
      rule: 'failing-submits',
      count: 3,
      errorType: null,
      sinceOffer: false,
    });
    expect(shouldOfferHelp(events.slice(0, 2), context(T0 + 3 * MINUTE)).offer).toBe(false);
  });

  it('offers help after the same exception three times in a row', () => {
    const events = [run(T0 + 10 * SECOND, 'a', 'TypeError'), run(T0 + 20 * SECOND, 'b', 'TypeError'), run(T0 + 30 * SECOND, 'c', 'TypeError')];
    expect(shouldOfferHelp(events, context(T0 + MINUTE))).toMatchObject({ offer: true, rule: 'repeated-error', count: 3, errorType: 'TypeError' });
    // A different error breaks the run of the same one.
    const mixed = [events[0], run(T0 + 15 * SECOND, 'x', 'NameError'), events[1], events[2]];
    expect(shouldOfferHelp(mixed, context(T0 + MINUTE)).offer).toBe(false);
  });

  it('offers help after four runs of unchanged code', () => {
    const events = [run(T0 + 10 * SECOND, 'same'), run(T0 + 20 * SECOND, 'same'), run(T0 + 30 * SECOND, 'same'), run(T0 + 40 * SECOND, 'same')];
    expect(shouldOfferHelp(events, context(T0 + MINUTE))).toMatchObject({ offer: true, rule: 'unchanged-runs', count: 4 });
    expect(shouldOfferHelp(events.slice(1), context(T0 + MINUTE)).offer).toBe(false);
    const edited = [...events.slice(0, 3), run(T0 + 40 * SECOND, 'edited')];
    expect(shouldOfferHelp(edited, context(T0 + MINUTE)).offer).toBe(false);
  });

  it('offers help after eight minutes without a solve', () => {
    expect(shouldOfferHelp([run(T0 + MINUTE, 'a')], context(T0 + 7 * MINUTE)).offer).toBe(false);
    expect(shouldOfferHelp([run(T0 + MINUTE, 'a')], context(T0 + 8 * MINUTE))).toEqual({
      offer: true,
      rule: 'long-time',
      count: 8,
      errorType: null,
      sinceOffer: false,
    });
  });

  it('never offers help once the problem is solved', () => {
    const events = [submit(T0 + MINUTE, false), submit(T0 + 2 * MINUTE, false), submit(T0 + 3 * MINUTE, true), submit(T0 + 4 * MINUTE, false)];
    expect(shouldOfferHelp(events, context(T0 + 20 * MINUTE)).offer).toBe(false);
  });

  it('waits out the cooldown after an offer or a dismissal', () => {
    const events = [run(T0 + MINUTE, 'a', 'KeyError'), run(T0 + 2 * MINUTE, 'b', 'KeyError'), run(T0 + 3 * MINUTE, 'c', 'KeyError')];
    const offeredAt = T0 + 3 * MINUTE;
    const later = [...events, ...[4, 5, 6].map((m) => run(offeredAt + m * MINUTE, `d${m}`, 'KeyError'))];
    expect(shouldOfferHelp(later, context(offeredAt + 6 * MINUTE - 1, { lastOfferAt: offeredAt + MINUTE })).offer).toBe(false);
    expect(shouldOfferHelp(later, context(offeredAt + 6 * MINUTE, { lastOfferAt: offeredAt + MINUTE })).offer).toBe(true);
    expect(shouldOfferHelp(later, context(offeredAt + HELP_COOLDOWN_MS, { dismissedAt: offeredAt + 2 * MINUTE })).offer).toBe(false);
  });

  it('needs fresh evidence after an offer', () => {
    const events = [submit(T0 + MINUTE, false), submit(T0 + 2 * MINUTE, false), submit(T0 + 3 * MINUTE, false)];
    const offeredAt = T0 + 3 * MINUTE;
    // The same three failing submits do not earn a second offer...
    expect(shouldOfferHelp(events, context(offeredAt + 6 * MINUTE, { lastOfferAt: offeredAt })).offer).toBe(false);
    // ...three new ones do.
    const more = [...events, ...[4, 5, 6].map((m) => submit(offeredAt + m * MINUTE, false))];
    expect(shouldOfferHelp(more, context(offeredAt + 6 * MINUTE, { lastOfferAt: offeredAt })).rule).toBe('failing-submits');
    // And the clock starts again from the offer.
    expect(shouldOfferHelp(events, context(offeredAt + 8 * MINUTE, { dismissedAt: offeredAt }))).toMatchObject({
      rule: 'long-time',
      sinceOffer: true,
    });
  });

  it('ignores events from before the problem was opened, and reads them in time order', () => {
    const before = [submit(T0 - 3 * MINUTE, false), submit(T0 - 2 * MINUTE, false), submit(T0 - MINUTE, false)];
    expect(shouldOfferHelp(before, context(T0 + MINUTE)).offer).toBe(false);
    const shuffled = [run(T0 + 40 * SECOND, 'same'), run(T0 + 10 * SECOND, 'same'), run(T0 + 30 * SECOND, 'same'), run(T0 + 20 * SECOND, 'same')];
    expect(shouldOfferHelp(shuffled, context(T0 + MINUTE)).rule).toBe('unchanged-runs');
  });

  it('prefers the most specific reason', () => {
    const events = [1, 2, 3, 4].map((s) => submit(T0 + s * SECOND, false, 'same', 'IndexError'));
    expect(shouldOfferHelp(events, context(T0 + 9 * MINUTE)).rule).toBe('repeated-error');
  });
});

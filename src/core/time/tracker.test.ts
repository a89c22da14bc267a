import { describe, expect, it } from 'vitest';
import { createTracker, IDLE_MS, run, step, type ActivityContext, type Signal } from './tracker';

const lesson: ActivityContext = { kind: 'lesson', id: 'basics/print' };
const problem: ActivityContext = { kind: 'problem', id: 'sum-of-evens' };
const S = 1_000;

/** The spans' lengths in seconds, with their context ids. */
function seconds(signals: Signal[], visible = true) {
  return run(createTracker(visible), signals).spans.map((s) => [s.context.id, (s.end - s.start) / S]);
}

describe('active time tracker', () => {
  it('counts from opening a lesson while the learner keeps using the page, handed out at each tick', () => {
    expect(
      seconds([
        { type: 'context', context: lesson, at: 0 },
        { type: 'input', at: 10 * S },
        { type: 'tick', at: 15 * S },
        { type: 'input', at: 40 * S },
        { type: 'tick', at: 45 * S },
      ]),
    ).toEqual([
      ['basics/print', 15],
      ['basics/print', 30],
    ]);
  });

  it('stops a minute after the last input: a learner who walks away is credited that minute, not the hour', () => {
    expect(
      seconds([
        { type: 'context', context: lesson, at: 0 },
        { type: 'input', at: 20 * S },
        { type: 'tick', at: 3_600 * S },
      ]),
    ).toEqual([['basics/print', 20 + IDLE_MS / S]]);
  });

  it('starts again at the next input after being idle, without counting the idle gap', () => {
    const { tracker, spans } = run(createTracker(true), [
      { type: 'context', context: problem, at: 0 },
      { type: 'tick', at: 200 * S },
      { type: 'input', at: 500 * S },
      { type: 'tick', at: 530 * S },
    ]);
    expect(spans.map((s) => [s.start / S, s.end / S])).toEqual([
      [0, 60],
      [500, 530],
    ]);
    expect(tracker.since).toBe(530 * S);
  });

  it('pauses at once when the tab is hidden and resumes when it is shown again', () => {
    expect(
      seconds([
        { type: 'context', context: problem, at: 0 },
        { type: 'input', at: 5 * S },
        { type: 'visibility', visible: false, at: 8 * S },
        { type: 'input', at: 100 * S }, // a key pressed in another window while hidden does not count
        { type: 'tick', at: 300 * S },
        { type: 'visibility', visible: true, at: 400 * S },
        { type: 'tick', at: 410 * S },
      ]),
    ).toEqual([
      ['sum-of-evens', 8],
      ['sum-of-evens', 10],
    ]);
  });

  it('does not count a page opened in a hidden tab until it is shown', () => {
    expect(
      seconds(
        [
          { type: 'context', context: lesson, at: 0 },
          { type: 'tick', at: 30 * S },
          { type: 'visibility', visible: true, at: 50 * S },
          { type: 'tick', at: 70 * S },
        ],
        false,
      ),
    ).toEqual([['basics/print', 20]]);
  });

  it('gives the time to the context it was spent in when the learner moves from a lesson to a problem', () => {
    expect(
      seconds([
        { type: 'context', context: lesson, at: 0 },
        { type: 'input', at: 30 * S },
        { type: 'context', context: problem, at: 45 * S },
        { type: 'tick', at: 75 * S },
        { type: 'context', context: null, at: 80 * S },
        { type: 'tick', at: 120 * S },
      ]),
    ).toEqual([
      ['basics/print', 45],
      ['sum-of-evens', 30],
      ['sum-of-evens', 5],
    ]);
  });

  it('counts nothing outside a lesson or a problem (the dashboard, settings)', () => {
    expect(
      seconds([
        { type: 'input', at: 0 },
        { type: 'input', at: 20 * S },
        { type: 'tick', at: 40 * S },
      ]),
    ).toEqual([]);
  });

  it('treats the same context again as no change (a re-render), and never counts a clock that went back', () => {
    const start = step(createTracker(true), { type: 'context', context: problem, at: 100 * S }).tracker;
    const again = step(start, { type: 'context', context: { ...problem }, at: 110 * S });
    expect(again.spans.map((s) => (s.end - s.start) / S)).toEqual([10]);
    expect(step(again.tracker, { type: 'tick', at: 50 * S }).spans).toEqual([]);
  });

  it('hands out each moment once, however often it ticks', () => {
    const ticks: Signal[] = Array.from({ length: 12 }, (_, i) => ({ type: 'tick', at: (i + 1) * 5 * S }));
    const { spans } = run(createTracker(true), [{ type: 'context', context: lesson, at: 0 }, ...ticks]);
    expect(spans.reduce((sum, s) => sum + s.end - s.start, 0)).toBe(60 * S);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBe(spans[i - 1].end);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Signal } from '@/core/time/tracker';
import { watchActivity } from './activity';

/** A window and a document as far as the adapter uses them: event targets, a visibility state and timers. */
function browserLike() {
  const win = Object.assign(new EventTarget(), { setInterval, clearInterval });
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', doc);
  return { win, doc };
}

describe('browser activity signals', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('turns input, visibility and leaving the page into signals, with a periodic tick, until stopped', () => {
    const { win, doc } = browserLike();
    let now = 1_000;
    const signals: Signal[] = [];
    const stop = watchActivity((s) => signals.push(s), { tickMs: 15_000, now: () => now });

    win.dispatchEvent(new Event('keydown'));
    now += 200;
    win.dispatchEvent(new Event('pointerdown'));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    now += 5_000;
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    win.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(15_000);
    expect(signals).toEqual([
      { type: 'input', at: 1_000 },
      { type: 'input', at: 1_200 },
      { type: 'visibility', visible: false, at: 1_200 },
      { type: 'visibility', visible: true, at: 6_200 },
      { type: 'tick', at: 6_200 },
      { type: 'tick', at: 6_200 },
    ]);

    stop();
    win.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(60_000);
    expect(signals).toHaveLength(6);
  });

  it('passes on pointer moves and scrolling at most once a second', () => {
    const { win } = browserLike();
    let now = 0;
    const signals: Signal[] = [];
    const stop = watchActivity((s) => signals.push(s), { now: () => now });
    for (let i = 0; i < 30; i++) {
      win.dispatchEvent(new Event(i % 2 ? 'scroll' : 'pointermove'));
      now += 100;
    }
    expect(signals.map((s) => s.at)).toEqual([0, 1_000, 2_000]);
    stop();
  });
});

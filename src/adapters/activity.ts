/**
 * The browser's side of active-time tracking: turns visibility changes and
 * the learner's pointer, key, wheel and scroll events into the timestamped
 * signals of core/time/tracker.ts, plus a periodic tick (and one when the
 * page is hidden or left) so time is saved as it accrues. Frequent events
 * (pointer moves, scrolling) are passed on at most once a second.
 */
import type { Signal } from '@/core/time/tracker';

export interface ActivityOptions {
  /** How often to hand out the time counted so far. */
  tickMs?: number;
  now?: () => number;
}

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
const FREQUENT_EVENTS = ['pointermove', 'scroll'] as const;
const FREQUENT_EVERY_MS = 1_000;

/** Whether the page is visible now (a page without a document is not). */
export function pageVisible(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'visible';
}

/** Report signals until the returned function is called. */
export function watchActivity(onSignal: (signal: Signal) => void, { tickMs = 15_000, now = Date.now }: ActivityOptions = {}): () => void {
  let lastFrequent = -Infinity;
  const input = () => onSignal({ type: 'input', at: now() });
  const frequent = () => {
    const at = now();
    if (at - lastFrequent < FREQUENT_EVERY_MS) return;
    lastFrequent = at;
    onSignal({ type: 'input', at });
  };
  const visibility = () => onSignal({ type: 'visibility', visible: pageVisible(), at: now() });
  const leave = () => onSignal({ type: 'tick', at: now() });
  const listen = { capture: true, passive: true } as const;

  for (const name of INPUT_EVENTS) window.addEventListener(name, input, listen);
  for (const name of FREQUENT_EVENTS) window.addEventListener(name, frequent, listen);
  document.addEventListener('visibilitychange', visibility);
  window.addEventListener('pagehide', leave);
  const timer = window.setInterval(leave, tickMs);

  return () => {
    for (const name of INPUT_EVENTS) window.removeEventListener(name, input, listen);
    for (const name of FREQUENT_EVENTS) window.removeEventListener(name, frequent, listen);
    document.removeEventListener('visibilitychange', visibility);
    window.removeEventListener('pagehide', leave);
    window.clearInterval(timer);
  };
}

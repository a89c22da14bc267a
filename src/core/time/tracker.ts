/**
 * Active time as learners mean it: time on a lesson or a problem while the
 * tab is visible and the learner is not idle. A pure state machine fed with
 * timestamped signals (input, visibility, the page's context, a periodic
 * tick); each step returns the spans of active time it closed. An adapter
 * turns browser events into signals and a store adds the spans up.
 *
 * Idle: after IDLE_MS without input, time stops counting; the minute after
 * the last input counts (the learner was reading or thinking), the rest of
 * the gap does not. Hiding the tab stops counting at once; showing it again,
 * or opening another lesson or problem, counts as input.
 */
import type { ActivityContext } from '../schemas/active-time';

export type { ActivityContext };

export const IDLE_MS = 60_000;

export interface Tracker {
  context: ActivityContext | null;
  visible: boolean;
  lastInputAt: number | null;
  /** Start of the active time not yet handed out as a span; null while paused. */
  since: number | null;
}

export interface Span {
  context: ActivityContext;
  start: number;
  end: number;
}

export type Signal =
  | { type: 'input'; at: number }
  | { type: 'visibility'; visible: boolean; at: number }
  | { type: 'context'; context: ActivityContext | null; at: number }
  | { type: 'tick'; at: number };

export function createTracker(visible: boolean): Tracker {
  return { context: null, visible, lastInputAt: null, since: null };
}

/** Close the active time up to `at` (or to the idle limit): the span, and the tracker still counting or paused. */
function flush(tracker: Tracker, at: number): { tracker: Tracker; spans: Span[] } {
  const { since, context, lastInputAt } = tracker;
  if (since === null || context === null || lastInputAt === null) return { tracker: { ...tracker, since: null }, spans: [] };
  const idleFrom = lastInputAt + IDLE_MS;
  const end = Math.min(at, idleFrom);
  const spans = end > since ? [{ context, start: since, end }] : [];
  return { tracker: { ...tracker, since: at < idleFrom ? Math.max(since, at) : null }, spans };
}

const sameContext = (a: ActivityContext | null, b: ActivityContext | null) => a?.kind === b?.kind && a?.id === b?.id;

/** One signal: the tracker after it, and the spans of active time it closed. */
export function step(tracker: Tracker, signal: Signal): { tracker: Tracker; spans: Span[] } {
  if (signal.type === 'input') {
    // Input only moves the idle limit, unless the learner had already gone idle: then the time up to the limit is closed first.
    const wentIdle = tracker.since !== null && tracker.lastInputAt !== null && signal.at >= tracker.lastInputAt + IDLE_MS;
    const { tracker: current, spans } = wentIdle ? flush(tracker, signal.at) : { tracker, spans: [] };
    const counting = current.visible && current.context !== null;
    return { tracker: { ...current, lastInputAt: signal.at, since: counting ? (current.since ?? signal.at) : null }, spans };
  }
  const { tracker: flushed, spans } = flush(tracker, signal.at);
  switch (signal.type) {
    case 'tick':
      return { tracker: flushed, spans };
    case 'visibility':
      if (!signal.visible) return { tracker: { ...flushed, visible: false, since: null }, spans };
      return { tracker: { ...flushed, visible: true, lastInputAt: signal.at, since: flushed.context ? signal.at : null }, spans };
    case 'context': {
      if (sameContext(flushed.context, signal.context)) return { tracker: flushed, spans };
      const since = signal.context && flushed.visible ? signal.at : null;
      return { tracker: { ...flushed, context: signal.context, lastInputAt: signal.at, since }, spans };
    }
    default: {
      const never: never = signal;
      return never;
    }
  }
}

/** Several signals in order: the final tracker and every span closed on the way. */
export function run(tracker: Tracker, signals: readonly Signal[]): { tracker: Tracker; spans: Span[] } {
  return signals.reduce<{ tracker: Tracker; spans: Span[] }>(
    (acc, signal) => {
      const next = step(acc.tracker, signal);
      return { tracker: next.tracker, spans: [...acc.spans, ...next.spans] };
    },
    { tracker, spans: [] },
  );
}

/**
 * When to offer help on a problem, from the learner's own recent events on
 * it: several failing submits, the same exception again and again, running
 * unchanged code, or a long time without a solve. At most one offer per
 * cooldown, and each offer needs fresh evidence since the previous one.
 */
import { hash } from '../catalog';
import type { HistoryEvent } from '../history';

/** What the rules read from one event. */
export interface StuckEvent {
  kind: HistoryEvent['kind'];
  at: number;
  /** Submits: every test passed. Null for other events. */
  passed: boolean | null;
  /** The exception a run or submit ended with ("NameError"), or null. */
  errorType: string | null;
  /** A hash of the code at that moment ('' when the event carries no code). */
  codeHash: string;
}

export const FAILING_SUBMITS = 3;
export const SAME_ERROR_IN_A_ROW = 3;
export const UNCHANGED_RUNS = 4;
export const LONG_TIME_MS = 8 * 60_000;
export const HELP_COOLDOWN_MS = 5 * 60_000;

export type StuckRule = 'repeated-error' | 'failing-submits' | 'unchanged-runs' | 'long-time';

/**
 * Whether to offer help, and the facts a component puts in words for the
 * learner (the rule says which sentence): how many attempts, submits, runs or
 * minutes (`count`), the exception repeated (`errorType`), and whether the
 * time is measured from the last offer of help rather than from opening the
 * problem (`sinceOffer`).
 */
export interface HelpOffer {
  offer: boolean;
  rule: StuckRule | null;
  /** repeated-error: attempts; failing-submits: submits; unchanged-runs: runs; long-time: minutes (0 without an offer). */
  count: number;
  /** repeated-error: the exception's name, else null. */
  errorType: string | null;
  /** long-time: counted since the last offer of help or dismissal, not since the problem was opened. */
  sinceOffer: boolean;
}

export interface HelpContext {
  now: number;
  /** When the learner opened the problem. */
  openedAt: number;
  /** The previous offer on this problem, and when the learner dismissed one. */
  lastOfferAt?: number | null;
  dismissedAt?: number | null;
}

const EXCEPTION = /^([A-Z][A-Za-z0-9_]*(?:Error|Exception|Interrupt|Exit|Warning|Iteration))\b/;

/**
 * The exception named at the start of a history summary: runs record
 * "NameError on line 3"; submits record counts only, so they give null.
 */
export function errorTypeOf(summary: string): string | null {
  return EXCEPTION.exec(summary.trim())?.[1] ?? null;
}

/** Read a history event for the rules: the exception from its summary, the code as a hash. */
export function stuckEventFrom(event: HistoryEvent): StuckEvent {
  return {
    kind: event.kind,
    at: event.at,
    passed: event.kind === 'submit' ? event.passed : null,
    errorType: event.kind === 'run' || event.kind === 'submit' ? errorTypeOf(event.summary) : null,
    codeHash: event.code ? hash(event.code) : '',
  };
}

const none: HelpOffer = { offer: false, rule: null, count: 0, errorType: null, sinceOffer: false };

/** Runs and submits at the end of `events` that share `same`, counted back from the latest. */
function trailing(events: StuckEvent[], same: (e: StuckEvent, latest: StuckEvent) => boolean): number {
  const latest = events.at(-1);
  if (!latest) return 0;
  let count = 0;
  for (let i = events.length - 1; i >= 0 && same(events[i], latest); i--) count += 1;
  return count;
}

/**
 * Whether to offer help now, and why. Events are the learner's events on
 * this one problem, in any order. Nothing is offered once the problem is
 * solved, within HELP_COOLDOWN_MS of the last offer or dismissal, or from
 * evidence the last offer or dismissal already covered: only events after
 * it count, and the long-time rule measures from it.
 */
export function shouldOfferHelp(events: readonly StuckEvent[], context: HelpContext): HelpOffer {
  const { now, openedAt } = context;
  const sorted = [...events].sort((a, b) => a.at - b.at);
  if (sorted.some((e) => e.kind === 'submit' && e.passed === true)) return none;
  const lastContact = Math.max(context.lastOfferAt ?? -Infinity, context.dismissedAt ?? -Infinity);
  if (now - lastContact < HELP_COOLDOWN_MS) return none;
  const since = Math.max(openedAt, lastContact);
  const recent = sorted.filter((e) => e.at >= openedAt && e.at > lastContact);
  const attempts = recent.filter((e) => e.kind === 'run' || e.kind === 'submit');

  const latestError = attempts.at(-1)?.errorType ?? null;
  const sameError = latestError === null ? 0 : trailing(attempts, (e, latest) => e.errorType !== null && e.errorType === latest.errorType);
  if (sameError >= SAME_ERROR_IN_A_ROW) {
    return { offer: true, rule: 'repeated-error', count: sameError, errorType: latestError, sinceOffer: false };
  }
  const failing = attempts.filter((e) => e.kind === 'submit' && e.passed === false).length;
  if (failing >= FAILING_SUBMITS) {
    return { offer: true, rule: 'failing-submits', count: failing, errorType: null, sinceOffer: false };
  }
  const runs = attempts.filter((e) => e.kind === 'run');
  const unchanged = runs.at(-1)?.codeHash ? trailing(runs, (e, latest) => e.codeHash === latest.codeHash) : 0;
  if (unchanged >= UNCHANGED_RUNS) {
    return { offer: true, rule: 'unchanged-runs', count: unchanged, errorType: null, sinceOffer: false };
  }
  if (now - since >= LONG_TIME_MS) {
    const minutes = Math.floor((now - since) / 60_000);
    return { offer: true, rule: 'long-time', count: minutes, errorType: null, sinceOffer: lastContact > openedAt };
  }
  return none;
}

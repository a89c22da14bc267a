'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { shouldOfferHelp, stuckEventFrom, type HelpOffer } from '@/core/auto/stuck';
import { useHistory } from '@/stores/history';

const TICK_MS = 30_000;

/**
 * Watches the learner's own events on one problem and offers help when they
 * look stuck (rules in core/auto/stuck): at most once per few minutes, and
 * never again for evidence already answered by an offer or a dismissal.
 */
export function useHelpOffer(problemId: string, openedAt: number, solved: boolean) {
  const all = useHistory((s) => s.events);
  const events = useMemo(() => all.filter((e) => e.problemId === problemId && e.at >= openedAt).map(stuckEventFrom), [all, problemId, openedAt]);
  const [offer, setOffer] = useState<HelpOffer | null>(null);
  const [lastOfferAt, setLastOfferAt] = useState<number | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const timer = window.setInterval(() => setTick((t) => t + 1), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    if (offer || solved) return;
    const now = Date.now();
    const next = shouldOfferHelp(events, { now, openedAt, lastOfferAt, dismissedAt });
    if (!next.offer) return;
    // A new offer is derived from new evidence (an event or the clock).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOffer(next);
    setLastOfferAt(now);
  }, [events, tick, offer, solved, openedAt, lastOfferAt, dismissedAt]);

  const dismiss = useCallback(() => {
    setOffer(null);
    setDismissedAt(Date.now());
  }, []);

  return { offer: solved ? null : offer, dismiss };
}

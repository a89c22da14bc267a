'use client';
import dynamic from 'next/dynamic';
import type { BadgeId } from '@/core/auto/achievements';

/**
 * The workspace's auto-mode parts, loaded with their words when one first
 * shows: most visits to a problem show none of them (no run, no offer, no
 * new badge), so their code stays off the page's first load.
 */
const loadParts = () => import('./AutoParts');
export const preloadAutoParts = () => void loadParts().catch(() => undefined);

export const RunBanner = dynamic(() => loadParts().then((m) => m.RunBannerPart), { loading: () => null });
export const HelpOfferCard = dynamic(() => loadParts().then((m) => m.HelpOfferPart), { loading: () => null });
const BadgeNotice = dynamic(() => loadParts().then((m) => m.BadgeNoticePart), { loading: () => null });

/**
 * Newly earned badges, in a live region that is always on the page (so
 * screen readers announce a badge when it appears). The message takes its own
 * place in the page's flow (a strip at the foot of the workspace) instead of
 * floating over it, so it never covers the test results or the editor.
 */
export function BadgeToast({ ids, onClose }: { ids: BadgeId[]; onClose(): void }) {
  return (
    <div role="status" aria-live="polite" data-testid="badge-region">
      {ids.length > 0 ? <BadgeNotice ids={ids} onClose={onClose} /> : null}
    </div>
  );
}

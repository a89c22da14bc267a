'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { MASTERED_PERCENT } from '@/core/auto/mastery';
import type { BadgeId } from '@/core/auto/achievements';
import { useAchievements } from '@/stores/achievements';

/** How long the message stays when the learner does not touch it. */
const SHOW_MS = 12_000;

/**
 * The newly earned badges, celebrated once, then marked celebrated. It sits
 * in BadgeToast's live region (lazy.tsx), so screen readers announce it. It
 * closes itself after a while, but not while the pointer or keyboard focus
 * is on it, and has a Close button.
 */
export function BadgeNotice({ ids, onClose }: { ids: BadgeId[]; onClose(): void }) {
  const t = useTranslations('auto.badges');
  const markCelebrated = useAchievements((s) => s.markCelebrated);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (ids.length > 0) markCelebrated(ids);
  }, [ids, markCelebrated]);
  useEffect(() => {
    if (ids.length === 0 || held) return;
    const timer = window.setTimeout(onClose, SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [ids, held, onClose]);
  return (
    <div
      className="flex flex-wrap items-start gap-x-3 gap-y-1 border-t border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      data-testid="badge-toast"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <div className="min-w-0 flex-1">
        <p className="font-semibold">
          <span aria-hidden="true">★ </span>
          {t('unlocked', { count: ids.length })}
        </p>
        <ul className="mt-0.5 space-y-0.5">
          {ids.map((id) => (
            <li key={id}>
              <strong>{t(`${id}.title`)}</strong> — {t(`${id}.description`, { percent: MASTERED_PERCENT })}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={onClose} className="rounded px-1 underline" aria-label={t('closeLabel')}>
        {t('close')}
      </button>
    </div>
  );
}

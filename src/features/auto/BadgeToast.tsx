'use client';
import { useEffect } from 'react';
import { badge, type BadgeId } from '@/core/auto/achievements';
import { useAchievements } from '@/stores/achievements';

/** Celebrates newly earned badges once, then marks them celebrated. */
export function BadgeToast({ ids, onClose }: { ids: BadgeId[]; onClose(): void }) {
  const markCelebrated = useAchievements((s) => s.markCelebrated);
  useEffect(() => {
    if (ids.length === 0) return;
    markCelebrated(ids);
    const timer = window.setTimeout(onClose, 12_000);
    return () => window.clearTimeout(timer);
  }, [ids, markCelebrated, onClose]);
  if (ids.length === 0) return null;
  return (
    <div
      className="fixed bottom-4 right-4 z-40 max-w-sm rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 shadow-lg dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      role="status"
      data-testid="badge-toast"
    >
      <p className="font-semibold">★ Badge{ids.length > 1 ? 's' : ''} unlocked</p>
      <ul className="mt-1 space-y-0.5">
        {ids.map((id) => (
          <li key={id}>
            <strong>{badge(id).title}</strong> — {badge(id).description}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose} className="mt-2 underline">
        Close
      </button>
    </div>
  );
}

'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { BADGES, toCelebrate, type BadgeId } from '@/core/auto/achievements';
import { reviewCountDue } from '@/core/auto/review';
import type { Catalog } from '@/core/catalog';
import { checkBadges } from '@/features/auto';
import { useAchievements } from '@/stores/achievements';
import { useReviews } from '@/stores/reviews';
import { MUTED, Section, TEXT_LINK } from './ui';

/** Badges (new ones celebrated once) and the spaced reviews that are due. */
export function BadgesSection({ catalog, now }: { catalog: Catalog; now: number }) {
  const earned = useAchievements((s) => s.earned);
  const markCelebrated = useAchievements((s) => s.markCelebrated);
  const due = reviewCountDue(useReviews(), now);
  const [fresh, setFresh] = useState<BadgeId[]>([]);

  useEffect(() => {
    // Streak badges can be earned by the calendar alone: check on every visit.
    checkBadges({ problems: catalog.problems, modules: catalog.modules });
    const state = useAchievements.getState();
    const ids = toCelebrate(state);
    if (ids.length === 0) return;
    // Shown this once, then marked in the store so no later visit celebrates it again.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFresh(ids);
    markCelebrated(ids);
  }, [catalog, markCelebrated]);

  const count = Object.keys(earned).length;
  return (
    <Section
      title="Achievements"
      description={`${count} of ${BADGES.length} badges earned.${due > 0 ? ` ${due} review${due === 1 ? ' is' : 's are'} due.` : ''}`}
      action={
        due > 0 ? (
          <Link href="/practice/auto" className={TEXT_LINK} data-testid="reviews-due-link">
            Review in auto mode
          </Link>
        ) : null
      }
      testId="badges-section"
    >
      {fresh.length > 0 ? (
        <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" role="status" data-testid="badge-celebration">
          ★ New: {fresh.map((id) => BADGES.find((b) => b.id === id)?.title).join(', ')}
        </p>
      ) : null}
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {BADGES.map((b) => {
          const at = earned[b.id];
          return (
            <li
              key={b.id}
              className={`flex items-start gap-2 rounded-md border p-2 text-sm ${at ? 'border-amber-300 bg-amber-50/60 dark:border-amber-700/60 dark:bg-amber-950/30' : 'border-dashed border-slate-300 dark:border-slate-700'}`}
              data-testid="badge"
              data-earned={at ? 'true' : 'false'}
              data-badge={b.id}
            >
              <span aria-hidden="true">{at ? '★' : '☆'}</span>
              <span className="min-w-0">
                <span className="block font-medium">{b.title}</span>
                <span className={`block text-xs ${MUTED}`}>
                  {b.description}
                  {at ? ` Earned ${new Date(at).toLocaleDateString()}.` : ''}
                </span>
                <span className="sr-only">{at ? 'Earned' : 'Not earned yet'}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

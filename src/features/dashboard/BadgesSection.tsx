'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { BADGES, toCelebrate, type BadgeId } from '@/core/auto/achievements';
import { MASTERED_PERCENT } from '@/core/auto/mastery';
import { reviewCountDue } from '@/core/auto/review';
import type { Catalog } from '@/core/catalog';
import { checkBadges } from '@/features/auto';
import { useAchievements } from '@/stores/achievements';
import { useReviews } from '@/stores/reviews';
import { MUTED, Section, TEXT_LINK } from './ui';

/** Each badge's messages in `dashboard.Badges.badge`. */
const BADGE_KEY = {
  'first-solve': 'firstSolve',
  'streak-3': 'streak3',
  'streak-7': 'streak7',
  'streak-30': 'streak30',
  'no-hints': 'noHints',
  'advanced-solve': 'advancedSolve',
  'reviews-10': 'reviews10',
  'module-mastered': 'moduleMastered',
  'solved-10': 'solved10',
  'solved-50': 'solved50',
  'solved-100': 'solved100',
} as const satisfies Record<BadgeId, string>;

/** Badges (new ones celebrated once) and the spaced reviews that are due. */
export function BadgesSection({ catalog, now }: { catalog: Catalog; now: number }) {
  const t = useTranslations('dashboard.Badges');
  const format = useFormatter();
  const title = (id: BadgeId) => t(`badge.${BADGE_KEY[id]}.title`);
  const description = (id: BadgeId) => t(`badge.${BADGE_KEY[id]}.description`, { percent: MASTERED_PERCENT });
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
      title={t('title')}
      description={due > 0 ? t('summaryDue', { count, total: BADGES.length, due }) : t('summary', { count, total: BADGES.length })}
      action={
        due > 0 ? (
          <Link href="/practice/auto" className={TEXT_LINK} data-testid="reviews-due-link">
            {t('reviewLink')}
          </Link>
        ) : null
      }
      testId="badges-section"
    >
      {fresh.length > 0 ? (
        <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" role="status" data-testid="badge-celebration">
          {t('celebration', { names: fresh.map(title).join(t('listSeparator')) })}
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
                <span className="block font-medium">{title(b.id)}</span>
                <span className={`block text-xs ${MUTED}`}>
                  {at ? t('earnedOn', { description: description(b.id), date: format.dateTime(at) }) : description(b.id)}
                </span>
                <span className="sr-only">{at ? t('earned') : t('notEarned')}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

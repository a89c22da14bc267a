'use client';
import { useCallback } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import type { QueueItem } from '@/core/auto/run';

/**
 * Why a run chose a problem, in the learner's language: its sentences one
 * after another. A run saved before the reasons were kept as data has
 * English words (`explanation`); those follow, as they are.
 */
export function useWhy(): (item: Pick<QueueItem, 'why' | 'explanation'>) => string {
  const t = useTranslations('auto.why');
  const locale = useLocale();
  return useCallback(
    (item) => [...item.why.map((part) => t(part.key, part.values)), ...(item.explanation ? [item.explanation] : [])].join(locale === 'ja' ? '' : ' '),
    [t, locale],
  );
}

'use client';
import { useCallback } from 'react';
import { useLocale } from 'use-intl';
import { formatDuration } from '@/core/duration';

/** `formatDuration` in the reader's language ("2 min 5 s" / "2分5秒"). */
export function useDuration(): (ms: number, compact?: boolean) => string {
  const locale = useLocale();
  return useCallback((ms: number, compact = false) => formatDuration(ms, compact, locale), [locale]);
}

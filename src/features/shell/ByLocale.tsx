'use client';
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'use-intl';

/**
 * Content in the learner's language: a server page renders every version
 * (pages are prerendered in English, docs/i18n.md) and this picks one in the
 * browser. Both are the same component at the same place, so switching the
 * language keeps its state.
 */
export function ByLocale({ en, ja }: { en: ReactNode; ja: ReactNode }) {
  return <>{useLocale() === 'ja' ? ja : en}</>;
}

/** Says, in any language but English, that this content has no translation yet and shows in English. */
export function UntranslatedNote({ kind, className = 'mx-auto w-full max-w-3xl px-4 pt-4 sm:px-6' }: { kind: 'lesson' | 'problem' | 'project'; className?: string }) {
  const t = useTranslations('content');
  const locale = useLocale();
  if (locale === 'en') return null;
  return (
    <div className={className}>
      <p role="note" lang={locale} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-200" data-testid="untranslated-note">
        {t('untranslated', { kind })}
      </p>
    </div>
  );
}

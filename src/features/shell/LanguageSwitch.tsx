'use client';
import { useLocale, useTranslations } from 'use-intl';
import { LANGUAGE_PREFERENCES, LOCALE_NAMES, type LanguagePreference } from '@/core/i18n/locale';
import { useSettings } from '@/stores/settings';

/** The app's language, on every page: follow the browser, English or Japanese. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const t = useTranslations('shell.language');
  const locale = useLocale();
  const preference = useSettings((s) => s.language);
  const setLanguage = useSettings((s) => s.setLanguage);
  return (
    <label className="inline-flex items-center gap-1.5 text-sm text-slate-700 dark:text-slate-200">
      <span aria-hidden="true" className="whitespace-nowrap">
        文A
      </span>
      <span className="sr-only">{t('label')}</span>
      <select
        value={preference}
        onChange={(event) => setLanguage(event.target.value as LanguagePreference)}
        data-testid="language-switch"
        className="rounded-md border border-slate-200 bg-white px-1.5 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {LANGUAGE_PREFERENCES.map((choice) => (
          <option key={choice} value={choice}>
            {choice === 'auto' ? (compact ? t('autoShort') : t('auto', { language: LOCALE_NAMES[locale] })) : LOCALE_NAMES[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}

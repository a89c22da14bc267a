/**
 * The languages PyDojo speaks and how a learner's choice becomes one.
 * Pure: the browser's languages are passed in.
 */
export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A learner's choice in settings: follow the browser, or a fixed language. */
export const LANGUAGE_PREFERENCES = ['auto', ...LOCALES] as const;
export type LanguagePreference = (typeof LANGUAGE_PREFERENCES)[number];

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ja: '日本語' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's languages PyDojo has (`ja-JP` → `ja`), else English. */
export function localeFromBrowser(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

export function resolveLocale(preference: LanguagePreference, languages: readonly string[]): Locale {
  return preference === 'auto' ? localeFromBrowser(languages) : preference;
}

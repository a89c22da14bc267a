'use client';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { IntlProvider, useTranslations, type MessageKeys, type Messages as AppMessages, type NestedKeyOf } from 'use-intl';
import { isLocale, resolveLocale, type Locale } from '@/core/i18n/locale';
import { loadMessages, SHARED_MESSAGES_EN, type Messages, type ShellMessages } from '@/adapters/messages';
import { useSettings } from '@/stores/settings';
import { useHydrated } from './use-hydrated';

/**
 * The app's language, chosen in the browser (see docs/i18n.md). Pages are
 * prerendered in English; the early script in <head> already put the chosen
 * language on <html lang> and, for a language other than English, hid the
 * page until its words arrive, so a Japanese reader never sees English flash.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const preference = useSettings((s) => s.language);
  const settingsLoaded = useHydrated(useSettings);
  const [current, setCurrent] = useState<{ locale: Locale; messages: ShellMessages }>({ locale: 'en', messages: SHARED_MESSAGES_EN });
  // The reader's time zone for dates (the prerender has none: dates come from stores read in the browser).
  const timeZone = useSyncExternalStore(noSubscription, browserTimeZone, () => 'UTC');

  // The preference before the settings were read: until they are, a different
  // one can only be the learner's own choice in the switch.
  const [initialPreference] = useState(preference);

  useEffect(() => {
    // Until the settings are read (or the learner picks a language), trust the early script's decision.
    const early = document.documentElement.lang;
    const chosen = settingsLoaded || preference !== initialPreference;
    const wanted = chosen ? resolveLocale(preference, navigator.languages) : isLocale(early) ? early : 'en';
    let cancelled = false;
    loadMessages(wanted)
      .then((messages) => {
        if (!cancelled) setCurrent({ locale: wanted, messages });
      })
      .catch(() => {
        // The catalogue could not be fetched (offline on a first visit): stay in English.
        if (!cancelled) setCurrent({ locale: 'en', messages: SHARED_MESSAGES_EN });
      });
    return () => {
      cancelled = true;
    };
  }, [preference, settingsLoaded, initialPreference]);

  useEffect(() => {
    document.documentElement.lang = current.locale;
    document.documentElement.classList.remove('i18n-pending');
  }, [current]);

  return (
    // A page-only namespace is added by its page (PageMessages).
    <IntlProvider locale={current.locale} messages={current.messages as Messages} timeZone={timeZone}>
      {children}
    </IntlProvider>
  );
}

const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Any message key, e.g. `pages.history.title`. */
export type MessageKey = MessageKeys<AppMessages, NestedKeyOf<AppMessages>>;

/**
 * A message in a server-rendered page: server components render this instead
 * of text, so the words follow the learner's language in the browser.
 */
export function Msg({ k, values }: { k: MessageKey; values?: Record<string, string | number> }) {
  const t = useTranslations();
  return <>{t(k, values)}</>;
}

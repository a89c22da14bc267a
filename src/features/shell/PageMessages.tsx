'use client';
import { useMemo, type ReactNode } from 'react';
import { IntlProvider, useLocale, useMessages, useTimeZone } from 'use-intl';
import type { Messages, PageWords } from '@/adapters/messages';

/**
 * Adds a page's words to the shell's: the English words of the features a
 * page shows (its workspace, lessons, AI panels…) come with that page's code
 * instead of with every page. A whole catalogue of another language already
 * holds them, and a namespace an outer PageMessages added is kept.
 */
export function PageMessages({ english, children }: { english: PageWords; children: ReactNode }) {
  const messages = useMessages();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const merged = useMemo(() => {
    const missing = Object.entries(english).filter(([namespace]) => !(namespace in messages));
    return missing.length === 0 ? messages : { ...messages, ...Object.fromEntries(missing) };
  }, [messages, english]);
  return (
    <IntlProvider locale={locale} messages={merged as Messages} timeZone={timeZone}>
      {children}
    </IntlProvider>
  );
}

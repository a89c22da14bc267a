'use client';
import { useMemo, type ReactNode } from 'react';
import { IntlProvider, useLocale, useMessages, useTimeZone } from 'use-intl';
import type { Messages, PageNamespace } from '@/adapters/messages';

/**
 * Adds one page's words to the shell's: the English words of a namespace that
 * only one page uses come with that page's code instead of with every page.
 * A whole catalogue of another language already holds them.
 */
export function PageMessages<N extends PageNamespace>({ namespace, english, children }: { namespace: N; english: Messages[N]; children: ReactNode }) {
  const messages = useMessages();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const merged = useMemo(() => (namespace in messages ? messages : { ...messages, [namespace]: english }), [messages, namespace, english]);
  return (
    <IntlProvider locale={locale} messages={merged as Messages} timeZone={timeZone}>
      {children}
    </IntlProvider>
  );
}

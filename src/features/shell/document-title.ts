'use client';
import { useCallback, useEffect, useRef } from 'react';
import { useLocale } from 'use-intl';

const SUFFIX = ' · PyDojo';

/**
 * Puts a page's title, in the learner's language, on the browser tab. The
 * prerendered <title> (from the page's metadata) is English; for another
 * language this replaces it once the words have loaded, keeps it when the
 * metadata arrives later, and gives the English one back when the learner
 * switches to English. Returns a ref for the page's heading: once the heading
 * has left the page (the learner navigated away), the title is left alone.
 */
export function useDocumentTitle(title: string | null) {
  const locale = useLocale();
  const heading = useRef<HTMLElement | null>(null);
  const ref = useCallback((element: HTMLElement | null) => {
    heading.current = element;
  }, []);

  useEffect(() => {
    if (locale === 'en' || !title) return;
    const wanted = `${title}${SUFFIX}`;
    const onPage = () => heading.current?.isConnected === true;
    let original = document.title;
    document.title = wanted;
    // The page's metadata can render after the page itself: take its title as the one to give back, and keep ours.
    const observer = new MutationObserver(() => {
      if (!onPage() || document.title === wanted) return;
      original = document.title;
      document.title = wanted;
    });
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      if (onPage() && document.title === wanted) document.title = original;
    };
  }, [locale, title]);

  return ref;
}

'use client';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { pageLoaded } from '@/adapters/page-load';

/**
 * React.lazy for a part of a page that cannot show anything before the
 * page's load event anyway (it waits for saved data whose rules load then,
 * see stores/persistence.ts): its code is requested only after that event,
 * beside those rules, instead of holding up the page's first scripts. The
 * prerendered page already holds the part's first render, so nothing moves
 * while it loads. A failed download (a dropped connection) is tried again
 * after each of `retryWaitsMs`. Until the code arrives the part shows
 * `fallback` (nothing by default).
 */
export function lazyAfterLoad<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { fallback = null, retryWaitsMs = [1_000, 2_000, 4_000] }: { fallback?: ReactNode; retryWaitsMs?: readonly number[] } = {},
): (props: P) => ReactNode {
  const Part = lazy(async () => {
    await pageLoaded();
    for (const wait of retryWaitsMs) {
      try {
        return { default: await load() };
      } catch {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    return { default: await load() };
  });
  return function AfterLoad(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    );
  };
}

'use client';
import { Suspense } from 'react';
import { lazyAfterLoad } from '@/features/shell';

const Banner = lazyAfterLoad(() => import('./UpdateBanner').then((module) => module.UpdateBanner));

/**
 * The service worker's side of every page (see UpdateBanner): it registers
 * the worker only after the page's load event, so its code loads then too.
 */
export function OfflineSupport() {
  return (
    <Suspense fallback={null}>
      <Banner />
    </Suspense>
  );
}

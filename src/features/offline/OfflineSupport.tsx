'use client';
import { lazyAfterLoad } from '@/features/shell';

/**
 * The service worker's side of every page (see UpdateBanner): it registers
 * the worker only after the page's load event, so its code loads then too.
 */
export const OfflineSupport = lazyAfterLoad(() => import('./UpdateBanner').then((module) => module.UpdateBanner));

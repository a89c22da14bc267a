'use client';
import { lazyAfterLoad } from '@/features/shell';

/**
 * The not-found view. Next.js puts it in every page's tree (a page may call
 * notFound() on the client), so its code would load with every page: it
 * loads only when shown, and on a 404 page after the load event (the
 * prerendered page already shows it).
 */
export const LazyNotFound = lazyAfterLoad(() => import('./NotFoundView').then((module) => module.NotFoundView));

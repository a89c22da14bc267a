'use client';
import { Suspense } from 'react';
import { lazyAfterLoad } from '@/features/shell';
import type { DashboardProps } from './Dashboard';
import { DashboardSkeleton } from './skeleton';

const Body = lazyAfterLoad(() => import('./Dashboard').then((module) => module.Dashboard));

/**
 * The home page's dashboard. Until the stores it reads have loaded what
 * this browser saved, which starts after the page's load event, it is this
 * skeleton; so its code (the overview, its sections and most of those
 * stores) loads after that event too, beside the stores' rules, and the
 * page's first scripts stay the shell's.
 */
export function Dashboard(props: DashboardProps) {
  return (
    <Suspense fallback={<DashboardSkeleton />}>
      <Body {...props} />
    </Suspense>
  );
}

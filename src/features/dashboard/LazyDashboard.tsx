'use client';
import { lazyAfterLoad } from '@/features/shell';
import { DashboardSkeleton } from './skeleton';

/**
 * The home page's dashboard. Until the stores it reads have loaded what
 * this browser saved, which starts after the page's load event, it is this
 * skeleton; so its code (the overview, its sections and most of those
 * stores) loads after that event too, beside the stores' rules, and the
 * page's first scripts stay the shell's.
 */
export const Dashboard = lazyAfterLoad(() => import('./Dashboard').then((module) => module.Dashboard), { fallback: <DashboardSkeleton /> });

'use client';
import { lazy, Suspense, type ComponentProps } from 'react';
import type { GrowthPanel as Panel } from './GrowthPanel';

const Loaded = lazy(() => import('./GrowthPanel').then((module) => ({ default: module.GrowthPanel })));

/** The growth panel, fetched when a solved problem's comparison first shows it (not with the workspace). */
export function GrowthPanel(props: ComponentProps<typeof Panel>) {
  return (
    <Suspense fallback={null}>
      <Loaded {...props} />
    </Suspense>
  );
}

'use client';
import { lazy, Suspense } from 'react';
import type { VisualiserProps } from './Visualiser';

const Loaded = lazy(() => import('./Visualiser').then((module) => ({ default: module.Visualiser })));

/**
 * The visualiser, fetched the first time it is shown: most visits never step
 * through a program, so its code stays out of the page's first load. (The
 * offline cache holds it like every other chunk.)
 */
export function Visualiser(props: VisualiserProps) {
  return (
    <Suspense fallback={null}>
      <Loaded {...props} />
    </Suspense>
  );
}

'use client';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';

export function Block({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`rounded-md bg-slate-200/70 motion-safe:animate-pulse dark:bg-slate-800 ${className}`} />;
}

/** A light placeholder of a page while the saved data is read. */
export function PageSkeleton({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        {label}
      </p>
      {children}
    </div>
  );
}

/** The home page while the dashboard reads what this browser saved (its label is one of the shell's words: it shows before the dashboard's own words load). */
export function DashboardSkeleton() {
  const t = useTranslations('pages.home');
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 lg:py-8">
      <PageSkeleton label={t('loading')}>
        <div className="space-y-2">
          <Block className="h-7 w-48" />
          <Block className="h-4 w-72 max-w-full" />
        </div>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {Array.from({ length: 8 }, (_, i) => (
            <Block key={i} className="h-20" />
          ))}
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <Block className="h-28" />
          <Block className="h-28" />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <Block className="h-64" />
          <Block className="h-64" />
        </div>
      </PageSkeleton>
    </div>
  );
}

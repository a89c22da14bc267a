import type { ReactNode } from 'react';
import { PageTitle, type Words } from './PageTitle';

/**
 * A page: its heading (a message key from a server page, or words a client
 * component already translated), an intro and the content. The heading and
 * the browser tab follow the learner's language.
 */
export function Page({ title, intro, children, actions }: { title: Words; intro?: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 lg:py-8">
      <header className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <PageTitle title={title} />
          {intro ? <div className="max-w-2xl text-slate-600 dark:text-slate-400">{intro}</div> : null}
        </div>
        {actions}
      </header>
      {children}
    </div>
  );
}

export function Card({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <section className={`rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900/40 ${className}`}>{children}</section>;
}

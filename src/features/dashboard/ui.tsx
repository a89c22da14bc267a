'use client';
import { useCallback, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { timeAgo } from './model';

export { Block, PageSkeleton } from './skeleton';

export const PRIMARY = 'inline-flex items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700';
export const SECONDARY =
  'inline-flex items-center justify-center rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';
export const SMALL_LINK =
  'inline-flex shrink-0 items-center rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';
export const TEXT_LINK = 'text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-500';
export const MUTED = 'text-slate-600 dark:text-slate-400';

/** A card with a heading that labels it. */
export function Section({
  title,
  description,
  action,
  children,
  className = '',
  testId,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      data-testid={testId}
      className={`min-w-0 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900/40 ${className}`}
    >
      <div className="mb-3">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
          <h2 id={id} className="font-semibold">
            {title}
          </h2>
          {action}
        </div>
        {description ? <p className={`mt-0.5 text-sm ${MUTED}`}>{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

/** A thin horizontal bar for a share, 0..1 (decorative: the number is shown next to it). */
export function ShareBar({ share, className = '' }: { share: number; className?: string }) {
  return (
    <span aria-hidden="true" className={`block h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700 ${className}`}>
      <span className="block h-full rounded-full bg-brand-500" style={{ width: `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%` }} />
    </span>
  );
}

/** The current time, refreshed every minute (for "5 min ago" and today's date). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** A YYYY-MM-DD day at noon UTC; formatted in UTC, it is that day in every time zone. */
function noon(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** Calendar days (YYYY-MM-DD) in the learner's language: "3 Jun", "Tuesday, 3 June 2026", the month, a weekday's short name. */
export function useDayFormat() {
  const format = useFormatter();
  return useMemo(
    () => ({
      short: (day: string) => format.dateTime(noon(day), { day: 'numeric', month: 'short', timeZone: 'UTC' }),
      long: (day: string) => format.dateTime(noon(day), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      month: (day: string) => format.dateTime(noon(day), { month: 'short', timeZone: 'UTC' }),
      /** Monday = 0 … Sunday = 6 (1 January 2024 was a Monday). */
      weekday: (index: number) => format.dateTime(new Date(Date.UTC(2024, 0, 1 + index, 12)), { weekday: 'short', timeZone: 'UTC' }),
    }),
    [format],
  );
}

/** "just now", "5 min ago", …, then the date, in the learner's language. */
export function useTimeAgo(): (at: number, now: number) => string {
  const t = useTranslations('dashboard.ago');
  const format = useFormatter();
  return useCallback(
    (at: number, now: number) => {
      const ago = timeAgo(at, now);
      switch (ago.unit) {
        case 'now':
          return t('justNow');
        case 'yesterday':
          return t('yesterday');
        case 'date':
          return format.dateTime(at, { day: 'numeric', month: 'short', year: ago.withYear ? 'numeric' : undefined });
        default:
          return t(ago.unit, { count: ago.count });
      }
    },
    [t, format],
  );
}

/** A moment's full date and time (for a title), in the learner's language. */
export function useDateTime(): (at: number) => string {
  const format = useFormatter();
  return useCallback((at: number) => format.dateTime(at, { dateStyle: 'short', timeStyle: 'medium' }), [format]);
}

/** A small data table under a chart: the chart's text alternative, on demand. */
export function DataTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: Array<Array<ReactNode>> }) {
  const t = useTranslations('dashboard.table');
  return (
    <details className="mt-2 text-sm">
      <summary className={`cursor-pointer select-none text-xs font-medium ${MUTED} hover:text-slate-900 dark:hover:text-slate-100`}>{t('showAsTable')}</summary>
      <div className="mt-2 max-h-64 overflow-auto">
        <table className="w-full text-left text-xs">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              {columns.map((c, i) => (
                <th key={c} scope="col" className={`py-1 pr-3 font-medium ${i > 0 ? 'text-right' : ''}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r} className="border-b border-slate-100 last:border-0 dark:border-slate-800/60">
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="py-1 pr-3 font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="py-1 pr-3 text-right tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** One headline number in a <dl>. */
export function Stat({ label, value, hint, testId }: { label: string; value: string; hint: string; testId: string }) {
  return (
    <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900/40" data-testid={testId}>
      <dt className={`text-xs font-medium ${MUTED}`}>{label}</dt>
      <dd className="mt-1 text-xl font-semibold tabular-nums tracking-tight sm:text-2xl">{value}</dd>
      <dd className={`mt-0.5 truncate text-xs ${MUTED}`}>{hint}</dd>
    </div>
  );
}

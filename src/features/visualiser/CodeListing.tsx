'use client';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'use-intl';

/**
 * The recorded code with line numbers and the current line marked, for
 * places without an editor to highlight in (a lesson's example).
 */
export function CodeListing({ code, line }: { code: string; line: number }) {
  const t = useTranslations('visualiser.CodeListing');
  const list = useRef<HTMLOListElement>(null);
  const current = useRef<HTMLLIElement>(null);
  // Keep the current line in view inside the listing, never scrolling the page.
  useEffect(() => {
    const box = list.current;
    const item = current.current;
    if (!box || !item) return;
    if (item.offsetTop < box.scrollTop) box.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = item.offsetTop + item.offsetHeight - box.clientHeight;
  }, [line]);
  const lines = code.replace(/\n$/, '').split('\n');
  return (
    <figure className="min-w-0">
      <figcaption className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t('label')}</figcaption>
      <ol ref={list} className="relative max-h-80 overflow-auto rounded-md border border-slate-200 bg-slate-50 py-1 font-mono text-sm dark:border-slate-800 dark:bg-slate-900" data-testid="trace-code">
        {lines.map((text, index) => {
          const isCurrent = index + 1 === line;
          return (
            <li
              key={index}
              ref={isCurrent ? current : undefined}
              aria-current={isCurrent ? 'step' : undefined}
              data-current={isCurrent ? 'true' : undefined}
              className={`flex gap-3 whitespace-pre px-2 ${isCurrent ? 'bg-amber-100 dark:bg-amber-900/40' : ''}`}
            >
              <span aria-hidden="true" className="w-6 shrink-0 select-none text-right text-slate-500 dark:text-slate-400">
                {isCurrent ? '→' : index + 1}
              </span>
              <code>{text || ' '}</code>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}

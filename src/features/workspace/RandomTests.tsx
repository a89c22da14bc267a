'use client';
import { useTranslations } from 'use-intl';
import type { RandomVerdict } from '@/core/random-tests';
import { ErrorCard } from './ErrorCard';
import { formatMs } from './format';

/**
 * The random tests of a Submit: how many random inputs matched the reference,
 * or the smallest input found that did not (its seed lets anyone draw the
 * same inputs again).
 */
export function RandomTests({ random }: { random: RandomVerdict }) {
  const t = useTranslations('workspace.RandomTests');
  const tr = useTranslations('workspace.TestResults');
  const failure = random.failure;
  const failed = failure !== null;
  let line: string;
  if (failure) {
    const c = failure.case;
    const values = { seed: String(random.seed), call: c.input ?? '' };
    line =
      c.status === 'failed' && c.expected !== null && c.actual !== null
        ? t('failed', { ...values, expected: c.expected, actual: c.actual })
        : t('failedOther', { ...values, reason: c.reason ? tr(`reason.${c.reason.key}`, c.reason.values) : (c.message ?? tr(`status.${c.status === 'not-run' ? 'notRun' : c.status}`)) });
    if (failure.shrunkFrom !== null) line += ' ' + t('shrunk', { size: failure.shrunkFrom });
  } else if (random.status === 'passed') {
    line = t('passed', { count: random.total, seed: String(random.seed) });
  } else {
    line = t('stopped', { seed: String(random.seed) });
  }
  return (
    <section className="rounded-md border border-slate-200 dark:border-slate-800" data-testid="random-tests" data-status={random.status} aria-label={t('title')}>
      <div className="flex items-start gap-2 px-3 py-2 text-sm">
        <span aria-hidden="true" className={`w-4 text-center font-bold ${failed ? 'text-red-700 dark:text-red-400' : 'text-brand-700 dark:text-brand-500'}`}>
          {failed ? '✗' : random.status === 'passed' ? '✓' : '■'}
        </span>
        <div className="min-w-0 flex-1">
          <p className="font-medium">{t('title')}</p>
          <p className="break-words font-mono text-xs" data-testid="random-summary">
            {line}
          </p>
        </div>
        <span className="text-xs text-slate-500 dark:text-slate-400">{formatMs(random.durationMs)}</span>
      </div>
      {failure?.case.error ? (
        <div className="border-t border-slate-200 px-3 py-2 dark:border-slate-800">
          <ErrorCard error={failure.case.error} explanation={failure.case.error.explanation} />
        </div>
      ) : null}
      <p className="border-t border-slate-200 px-3 py-1.5 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">{t('about')}</p>
    </section>
  );
}

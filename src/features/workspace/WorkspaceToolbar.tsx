'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';

export const BUTTON = 'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';
export const QUIET = `${BUTTON} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`;

/** Run, Stop, Submit, hints, reveal and reset. */
export function WorkspaceToolbar({
  busy,
  waitingForPython,
  onRun,
  onStop,
  onSubmit,
  hints,
  aiHint,
  reveal,
  reset,
  stepThrough,
}: {
  busy: boolean;
  waitingForPython: boolean;
  onRun(): void;
  onStop(): void;
  onSubmit(): void;
  hints: { shown: number; total: number; onShow(): void };
  /** Present when the AI coach is available (a key is set). */
  aiHint: { busy: boolean; onAsk(): void } | null;
  reveal: { revealed: boolean; allowed: boolean; onAsk(): void };
  reset: { disabled: boolean; onReset(): void };
  /** Shown after Stop: the step-through visualiser's button. */
  stepThrough?: ReactNode;
}) {
  const t = useTranslations('workspace.WorkspaceToolbar');
  return (
    <div className="flex flex-wrap items-center gap-2 border-y border-slate-200 px-3 py-2 dark:border-slate-800" role="toolbar" aria-label={t('actions')}>
      <button type="button" onClick={onRun} disabled={busy} className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`} data-testid="run">
        <span aria-hidden="true">▶</span> {t('run')}
      </button>
      <button type="button" onClick={onStop} disabled={!busy || waitingForPython} className={QUIET} data-testid="stop">
        <span aria-hidden="true">■</span> {t('stop')}
      </button>
      {stepThrough}
      <button
        type="button"
        onClick={onSubmit}
        disabled={busy}
        className={`${BUTTON} bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white`}
        data-testid="submit"
      >
        <span aria-hidden="true">✓</span> {t('submit')}
      </button>
      <button type="button" onClick={hints.onShow} disabled={hints.shown >= hints.total} className={QUIET} data-testid="hint">
        {hints.total > 0 ? t('hintCount', { shown: Math.min(hints.shown, hints.total), total: hints.total }) : t('hint')}
      </button>
      {aiHint ? (
        <button type="button" onClick={aiHint.onAsk} disabled={aiHint.busy} className={QUIET} data-testid="ai-hint-toolbar">
          {t('aiHint')}
        </button>
      ) : null}
      <button
        type="button"
        onClick={reveal.revealed ? undefined : reveal.onAsk}
        disabled={!reveal.allowed || reveal.revealed}
        title={reveal.allowed ? undefined : t('revealUnavailable')}
        className={QUIET}
        data-testid="reveal"
      >
        {reveal.revealed ? t('solutionShown') : t('revealSolution')}
      </button>
      <button
        type="button"
        onClick={reset.onReset}
        disabled={reset.disabled}
        className={`${BUTTON} ml-auto text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800`}
      >
        {t('resetCode')}
      </button>
      {!aiHint ? (
        <Link href="/support/settings#ai" className="w-full text-xs text-slate-600 underline sm:w-auto dark:text-slate-400" data-testid="ai-off">
          {t('aiOff')}
        </Link>
      ) : null}
      {waitingForPython ? <span className="w-full text-xs text-slate-600 dark:text-slate-400">{t('waitingForPython')}</span> : null}
    </div>
  );
}

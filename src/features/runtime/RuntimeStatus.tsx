'use client';
import { useFormatter, useTranslations } from 'use-intl';
import type { BootProfile } from '@/core/python/protocol';
import { useRuntimeSnapshot } from './RuntimeProvider';

type T = ReturnType<typeof useTranslations<'runtime.RuntimeStatus'>>;

/** One line per boot step, for the load time's tooltip. */
function describeBoot(boot: BootProfile, t: T): string {
  const heading = boot.from === 'snapshot' ? t('bootFromSnapshot') : t('bootFromScratch');
  return [heading, ...boot.steps.map(([step, ms]) => `${step}: ${ms} ms`)].join('\n');
}

/** Keys in the `runtime.RuntimeStatus.restart` messages. */
const RESTART_TEXT = { unresponsive: 'unresponsive', fatal: 'fatal', 'not-isolated': 'notIsolated' } as const;

/** The runtime status bar: loading progress → ready, Python version, load time. */
export function RuntimeStatus() {
  const t = useTranslations('runtime.RuntimeStatus');
  const format = useFormatter();
  const s = useRuntimeSnapshot();
  const ready = s.phase === 'idle' || s.phase === 'running' || s.phase === 'awaiting-input';
  const loading = s.phase === 'loading' || s.phase === 'restarting';
  let label: string;
  if (s.phase === 'failed') label = t('failed', { error: s.error ?? t('unknownError') });
  else if (loading) {
    const stage = s.phase === 'restarting' ? t('restartingPython') : s.stage ? t(`stage.${s.stage}`) : t('loadingPython');
    label = t('progress', { stage, percent: format.number(Math.round(s.progress * 100) / 100, { style: 'percent' }) });
  } else if (s.phase === 'running') label = t('running');
  else if (s.phase === 'awaiting-input') label = t('awaitingInput');
  else label = t('ready');

  return (
    <div
      className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-slate-200 bg-slate-50 px-3 py-1.5 text-xs text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300"
      data-testid="runtime-status"
      data-phase={s.phase}
    >
      <span role="status" aria-live="polite" className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className={
            'inline-block size-2 rounded-full ' +
            (s.phase === 'failed' ? 'bg-red-500' : ready ? (s.phase === 'idle' ? 'bg-brand-500' : 'bg-amber-500') : 'bg-slate-400')
          }
        />
        {label}
      </span>
      {loading ? (
        <span
          role="progressbar"
          aria-label={t('loadingProgress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(s.progress * 100)}
          className="h-1.5 w-32 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
        >
          <span className="block h-full bg-brand-500 transition-[width]" style={{ width: `${Math.round(s.progress * 100)}%` }} />
        </span>
      ) : null}
      {s.pythonVersion ? <span data-testid="python-version">Python {s.pythonVersion}</span> : null}
      {s.loadMs !== null && ready ? (
        <span data-testid="load-time" data-boot={s.boot ? JSON.stringify(s.boot) : undefined} title={s.boot ? describeBoot(s.boot, t) : undefined}>
          {t('loadedIn', {
            seconds: format.number(s.loadMs / 1000, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
            snapshot: s.boot?.from === 'snapshot' ? 'yes' : 'no',
          })}
        </span>
      ) : null}
      {!s.isolated ? (
        <span className="text-amber-700 dark:text-amber-400" title={t('notIsolatedTitle')}>
          {t('limitedMode')}
        </span>
      ) : null}
      {s.lastRestart && ready ? <span className="text-slate-600 dark:text-slate-400">{t(`restart.${RESTART_TEXT[s.lastRestart]}`)}</span> : null}
    </div>
  );
}

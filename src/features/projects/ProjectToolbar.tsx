'use client';
import { useTranslations } from 'use-intl';
import { BUTTON, QUIET } from '@/features/workspace';

/** Run (or Play, for interactive programs), Stop, Check the step, hints, reveal and start over. */
export function ProjectToolbar({
  busy,
  waitingForPython,
  interactive,
  onRun,
  onPlay,
  onStop,
  onCheck,
  hints,
  revealed,
  inBlocks,
  onReveal,
  onReset,
}: {
  busy: boolean;
  waitingForPython: boolean;
  interactive: boolean;
  onRun(): void;
  onPlay(): void;
  onStop(): void;
  onCheck(): void;
  hints: { shown: number; total: number; onShow(): void };
  revealed: boolean;
  /** In block mode the reference and the step's start are text: switch to text to use them. */
  inBlocks: boolean;
  onReveal(): void;
  onReset(): void;
}) {
  const t = useTranslations('projects.ProjectToolbar');
  return (
    <div className="flex flex-wrap items-center gap-2 border-y border-slate-200 px-3 py-2 dark:border-slate-800" role="toolbar" aria-label={t('label')}>
      <button type="button" onClick={onRun} disabled={busy} className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`} data-testid="run">
        <span aria-hidden="true">▶</span> {t('run')}
      </button>
      {interactive ? (
        <button type="button" onClick={onPlay} disabled={busy} className={QUIET} data-testid="play" title={t('playTitle')}>
          <span aria-hidden="true">▷</span> {t('play')}
        </button>
      ) : null}
      <button type="button" onClick={onStop} disabled={!busy || waitingForPython} className={QUIET} data-testid="stop">
        <span aria-hidden="true">■</span> {t('stop')}
      </button>
      <button
        type="button"
        onClick={onCheck}
        disabled={busy}
        className={`${BUTTON} bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white`}
        data-testid="submit"
      >
        <span aria-hidden="true">✓</span> {t('check')}
      </button>
      <button type="button" onClick={hints.onShow} disabled={hints.shown >= hints.total} className={QUIET} data-testid="hint">
        {t('hint', { shown: Math.min(hints.shown, hints.total), total: hints.total })}
      </button>
      <button type="button" onClick={onReveal} disabled={busy || revealed || inBlocks} title={inBlocks ? t('textFirst') : undefined} className={QUIET} data-testid="reveal-step">
        {revealed ? t('revealed') : t('reveal')}
      </button>
      <button type="button" onClick={onReset} disabled={busy || inBlocks} title={inBlocks ? t('textFirst') : undefined} className={`${BUTTON} ml-auto text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800`}>
        {t('startOver')}
      </button>
      {waitingForPython ? <span className="w-full text-xs text-slate-600 dark:text-slate-400">{t('waitingForPython')}</span> : null}
    </div>
  );
}

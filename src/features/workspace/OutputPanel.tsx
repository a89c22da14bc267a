'use client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import type { RunResult } from '@/adapters/python/client';
import { explainError, TIMEOUT_EXPLANATION } from '@/core/python/explain';
import { ErrorCard, useExplanationText } from './ErrorCard';
import { UncalledNote, uncalledFunctions, type VisibleTests } from './UncalledNote';
import type { Segment } from './use-runner';

const STREAM_CLASS = {
  stdout: 'text-slate-900 dark:text-slate-100',
  stderr: 'text-red-700 dark:text-red-400',
  stdin: 'text-brand-700 dark:text-brand-500 font-semibold',
} as const;

const KBD = 'rounded border px-1 text-xs';

function RunSummary({ result, timeLimitSec }: { result: RunResult; timeLimitSec: number }) {
  const t = useTranslations('workspace.OutputPanel');
  const explanationText = useExplanationText();
  const restart = result.restarted === 'unresponsive' ? 'unresponsive' : result.restarted === 'not-isolated' ? 'notIsolated' : 'none';
  switch (result.status) {
    case 'ok':
      return <p className="text-slate-600 dark:text-slate-400">{t('finished', { time: formatMs(result.durationMs) })}</p>;
    case 'error':
      return result.error ? <ErrorCard error={result.error} explanation={explainError(result.error)} /> : null;
    case 'exit':
      return <p className="text-slate-600 dark:text-slate-400">{t('exited', { code: result.exitCode ?? 0 })}</p>;
    case 'interrupted':
      return (
        <p className="font-medium text-amber-800 dark:text-amber-300" data-testid="run-interrupted">
          {t('interrupted', { restart })}
        </p>
      );
    case 'timeout':
      return (
        <div className="text-amber-800 dark:text-amber-300" data-testid="run-timeout">
          <p className="font-medium">{t('timedOut', { limit: timeLimitSec, restart })}</p>
          <p>{explanationText(TIMEOUT_EXPLANATION)}</p>
        </div>
      );
    case 'crashed':
      return (
        <p className="font-medium text-red-700 dark:text-red-400" data-testid="run-crashed">
          {t('crashed')}
        </p>
      );
  }
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function OutputPanel({
  segments,
  lastRun,
  prompt,
  awaitingInput,
  inputAvailable,
  onInput,
  onClear,
  timeLimitSec,
  visibleTests,
}: {
  segments: Segment[];
  lastRun: RunResult | null;
  prompt: string | null;
  awaitingInput: boolean;
  inputAvailable: boolean;
  onInput(line: string | null): void;
  onClear(): void;
  timeLimitSec: number;
  /** Offered when a run only defined functions. */
  visibleTests: VisibleTests;
}) {
  const t = useTranslations('workspace.OutputPanel');
  const [line, setLine] = useState('');
  const scroller = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // Keep the newest output in view (scrolling the panel, never the page);
  // a run summary taller than the panel is shown from its start.
  useEffect(() => {
    const box = scroller.current;
    if (!box) return;
    box.scrollTop = box.scrollHeight;
    const end = summary.current;
    if (end && end.offsetHeight > box.clientHeight) box.scrollTop += end.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  }, [segments, lastRun, awaitingInput]);

  useEffect(() => {
    if (awaitingInput) inputRef.current?.focus();
  }, [awaitingInput]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onInput(line);
    setLine('');
  };

  const empty = segments.length === 0 && !lastRun && !awaitingInput;
  const uncalled = lastRun?.status === 'ok' && segments.length === 0 ? uncalledFunctions(lastRun) : [];
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div ref={scroller} className="max-h-[60vh] flex-1 overflow-auto p-3 lg:max-h-none" data-testid="output">
        {empty ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">
            {t.rich('empty', { kbd: (chunks) => <kbd className={KBD}>{chunks}</kbd> })}
          </p>
        ) : null}
        <pre role="log" aria-label={t('programOutput')} className="whitespace-pre-wrap break-words font-mono text-sm" data-testid="output-text">
          {segments.map((segment, i) => (
            <span key={i} className={STREAM_CLASS[segment.stream]} data-stream={segment.stream}>
              {segment.text}
            </span>
          ))}
        </pre>
        {awaitingInput ? (
          <form onSubmit={submit} className="mt-2 flex flex-wrap items-center gap-2" data-testid="input-form">
            <label htmlFor="program-input" className="text-sm font-medium text-slate-700 dark:text-slate-300">
              {prompt?.trim() ? t('inputFor', { prompt: prompt.trim() }) : t('input')}
            </label>
            <input
              id="program-input"
              ref={inputRef}
              value={line}
              onChange={(e) => setLine(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              className="min-w-40 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
            />
            <button type="submit" className="rounded-md bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700">
              {t('send')}
            </button>
            <button
              type="button"
              onClick={() => onInput(null)}
              className="rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600"
              title={t('endInputTitle')}
            >
              {t('endInput')}
            </button>
          </form>
        ) : null}
        {lastRun ? (
          <div ref={summary} className="mt-2 text-sm" data-testid="run-summary" data-status={lastRun.status}>
            <RunSummary result={lastRun} timeLimitSec={timeLimitSec} />
            {uncalled.length > 0 ? <UncalledNote names={uncalled} tests={visibleTests} /> : null}
          </div>
        ) : null}
        {!inputAvailable ? (
          <p className="mt-2 text-xs text-amber-700 dark:text-amber-400">
            {t('inputUnavailable')}
          </p>
        ) : null}
      </div>
      {!empty ? (
        <div className="border-t border-slate-200 px-3 py-1 text-right dark:border-slate-800">
          <button type="button" onClick={onClear} className="text-xs text-slate-600 hover:underline dark:text-slate-400">
            {t('clear')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

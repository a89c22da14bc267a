'use client';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import type { RunResult } from '@/adapters/python/client';
import { whenIdle } from '@/features/shell';
import { UncalledNote, uncalledFunctions, type VisibleTests } from './UncalledNote';
import type { Segment } from './use-runner';

// How a run ended, with an error's explanation and its words: loaded when the
// browser is idle after the workspace has loaded, or with the first run.
const loadRunSummary = () => import('./RunSummary');
const RunSummary = dynamic(() => loadRunSummary().then((module) => module.RunSummary), { loading: () => null });

const STREAM_CLASS = {
  stdout: 'text-slate-900 dark:text-slate-100',
  stderr: 'text-red-700 dark:text-red-400',
  stdin: 'text-brand-700 dark:text-brand-500 font-semibold',
} as const;

const KBD = 'rounded border px-1 text-xs';

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
  const keepInView = useCallback(() => {
    const box = scroller.current;
    if (!box) return;
    box.scrollTop = box.scrollHeight;
    const end = summary.current;
    if (end && end.offsetHeight > box.clientHeight) box.scrollTop += end.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  }, []);
  useEffect(keepInView, [segments, lastRun, awaitingInput, keepInView]);
  useEffect(() => whenIdle(() => void loadRunSummary().catch(() => undefined)), []);

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
            <RunSummary result={lastRun} timeLimitSec={timeLimitSec} onShown={keepInView} />
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

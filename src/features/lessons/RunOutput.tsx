'use client';
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import type { OutputPart, useExampleRun } from './use-example-run';

/** A program run on the lesson page (see useExampleRun). */
export type ExampleRun = ReturnType<typeof useExampleRun>;

const STREAM_CLASS: Record<OutputPart['stream'], string> = {
  stdout: '',
  stderr: 'text-red-700 dark:text-red-400',
  stdin: 'font-semibold text-brand-700 dark:text-brand-500',
};
export const BUTTON = 'rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60';
export const SECONDARY = `${BUTTON} border border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800`;

const loadOutcome = () => import('./RunOutcome');
const RunOutcome = lazy(loadOutcome);

/**
 * What a run on the lesson page printed, as it streams in: the output, a
 * form answering input() (filled in with `stdin`'s next line, if any), and
 * how the run ended. Nothing until the first run.
 */
export function RunOutput({
  runner,
  label,
  inputId,
  stdin = [],
}: {
  runner: ExampleRun;
  /** What ran, to name the output to assistive technology. */
  label: string;
  /** The id of the input field (unique on the page). */
  inputId: string;
  /** Suggested answers to input(), one per call. */
  stdin?: readonly string[];
}) {
  const t = useTranslations('lessons.ExampleRunner');
  const nextLine = useRef(0);
  const [line, setLine] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  // A new run answers from the first suggested line again; how a run ended
  // is told by code fetched while the first one runs.
  useEffect(() => {
    if (!runner.running) return;
    nextLine.current = 0;
    void loadOutcome();
  }, [runner.running]);

  useEffect(() => {
    if (!runner.awaitingInput) return;
    setLine(stdin[nextLine.current] ?? '');
    inputRef.current?.focus();
  }, [runner.awaitingInput, stdin]);

  const submitLine = (event: FormEvent) => {
    event.preventDefault();
    nextLine.current++;
    runner.sendInput(line);
  };

  const ran = runner.parts.length > 0 || runner.result !== null || runner.running;
  if (!ran) return null;
  return (
    <div className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800" data-testid="example-output">
      <pre role="log" aria-label={t('outputLabel', { label })} className="whitespace-pre-wrap break-words font-mono" data-testid="example-output-text">
        {runner.parts.map((part, i) => (
          <span key={i} className={STREAM_CLASS[part.stream]}>
            {part.text}
          </span>
        ))}
      </pre>
      {runner.awaitingInput ? (
        <form onSubmit={submitLine} className="mt-2 flex flex-wrap items-center gap-2">
          <label htmlFor={inputId} className="text-sm font-medium">
            {t('input')}
          </label>
          <input
            id={inputId}
            ref={inputRef}
            value={line}
            onChange={(e) => setLine(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            className="min-w-32 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono dark:border-slate-600 dark:bg-slate-900"
          />
          <button type="submit" className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`}>
            {t('send')}
          </button>
          <button type="button" onClick={() => runner.sendInput(null)} className={SECONDARY} title={t('endInputTitle')}>
            {t('endInput')}
          </button>
        </form>
      ) : null}
      {runner.result ? (
        <div className="mt-2" data-testid="example-status" data-status={runner.result.status}>
          <Suspense fallback={null}>
            <RunOutcome result={runner.result} timeLimitSec={runner.timeLimitSec} />
          </Suspense>
        </div>
      ) : null}
      {!runner.inputAvailable ? <p className="mt-2 text-xs text-amber-700 dark:text-amber-400">{t('noInput')}</p> : null}
    </div>
  );
}

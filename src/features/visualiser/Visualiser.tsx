'use client';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslations } from 'use-intl';
import { clampStep, stepView, TRACE_LIMITS, type StepView } from '@/core/python/trace';
import { CodeListing } from './CodeListing';
import { MemoryView } from './MemoryView';
import { Timeline } from './Timeline';
import { useTrace, type Recorded } from './use-trace';

const BUTTON = 'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';
const QUIET = `${BUTTON} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`;
const NOTE = 'rounded-md border px-3 py-2 text-sm';
const WARN = `${NOTE} border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100`;
const INFO = `${NOTE} border-slate-200 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200`;

/** What happened at a step, in words (also the "line 7" a screen reader hears). */
function StepCaption({ view }: { view: StepView }) {
  const t = useTranslations('visualiser.Timeline');
  const frame = view.frames.at(-1);
  const name = frame?.name === '<module>' ? t('topLevel') : (frame?.name ?? '');
  let text: string;
  if (view.event === 'call') text = t('call', { name, line: view.line });
  else if (view.event === 'return' && frame?.name === '<module>' && !view.error) text = t('end', { line: view.line });
  else if (view.event === 'return') text = view.error ? t('returnRaising', { name, error: view.error, line: view.line }) : t('return', { name, line: view.line });
  else if (view.event === 'exception') text = t('exception', { error: view.error ?? '', line: view.line });
  else text = t('line', { line: view.line });
  return (
    <p aria-live="polite" className="text-sm font-medium" data-testid="trace-caption">
      {text}
    </p>
  );
}

/** How the recording ended, when it is worth saying. */
function Outcome({ recorded, timeLimitSec }: { recorded: Recorded; timeLimitSec: number }) {
  const t = useTranslations('visualiser.Visualiser');
  const { result, recording } = recorded;
  const notes: Array<{ key: string; tone: string; text: string }> = [];
  if (!recording) notes.push({ key: 'crashed', tone: WARN, text: t('crashed') });
  if (recording?.limit === 'steps') notes.push({ key: 'limit', tone: WARN, text: t('limitSteps', { steps: TRACE_LIMITS.steps }) });
  if (recording?.limit === 'size') notes.push({ key: 'limit', tone: WARN, text: t('limitSize') });
  if (result.status === 'timeout') notes.push({ key: 'status', tone: WARN, text: t('timeout', { seconds: timeLimitSec }) });
  if (result.status === 'interrupted') notes.push({ key: 'status', tone: INFO, text: t('interrupted') });
  if (result.status === 'exit') notes.push({ key: 'status', tone: INFO, text: t('exit', { code: result.exitCode ?? 0 }) });
  if (result.status === 'error' && result.error) {
    const { type, line, message } = result.error;
    const text = line ? t('error', { type, line, message }) : t('errorNoLine', { type, message });
    notes.push({ key: 'status', tone: WARN, text: recording && recording.steps.length === 0 ? t('nothing', { problem: text }) : text });
  } else if (recording && recording.steps.length === 0 && result.status === 'ok') {
    notes.push({ key: 'empty', tone: INFO, text: t('empty') });
  }
  if (recording?.outputTruncated) notes.push({ key: 'output', tone: INFO, text: t('outputTruncated') });
  if (notes.length === 0) return null;
  return (
    <div role="status" className="space-y-2" data-testid="trace-notes">
      {notes.map((note) => (
        <p key={note.key} className={note.tone}>
          {note.text}
        </p>
      ))}
    </div>
  );
}

export interface VisualiserProps {
  /** Counts the learner's requests to record: each new value records the code again. */
  request: number;
  /** The code to record, read when recording starts (the editor owns it). */
  getCode(): string;
  /** Lines prefilled into the input box (a lesson example's stdin). */
  stdin?: readonly string[];
  /** The line to highlight in the editor, or null to clear it. */
  onLine?(line: number | null): void;
  /** False while the panel is hidden (another tab): the editor's highlight is cleared. */
  active?: boolean;
  /** Show the recorded code beside the frames (where there is no editor to highlight). */
  showCode?: boolean;
  /** Names the panel for assistive technology. */
  label?: string;
  /** Present where the panel can be closed (under a lesson example). */
  onClose?(): void;
}

/**
 * "See it run": records the program, then a timeline over its steps showing
 * the current line, the call stack with each frame's variables, the objects
 * they refer to (with arrows) and the output so far.
 */
export function Visualiser({ request, getCode, stdin = [], onLine, active = true, showCode = false, label, onClose }: VisualiserProps) {
  const t = useTranslations('visualiser.Visualiser');
  const tMemory = useTranslations('visualiser.Memory');
  const trace = useTrace();
  const { record } = trace;
  const [input, setInput] = useState(() => stdin.join('\n'));
  // The step belongs to one recording: a new recording starts at its first step.
  const [position, setPosition] = useState<{ of: Recorded | null; step: number }>({ of: null, step: 0 });
  const inputId = useId();
  const outputId = useId();
  const recording = trace.recorded?.recording ?? null;
  const step = position.of === trace.recorded ? position.step : 0;

  // Each request records the code as it is now, with the input as typed.
  useEffect(() => {
    if (request <= 0) return;
    void record(getCode(), input);
    // Only a new request records: typing in the input box does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, record]);

  // A new recording puts the keyboard on its timeline (the slider answers ←/→, Home, End).
  const slider = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (trace.recorded) slider.current?.focus();
  }, [trace.recorded]);

  const view = useMemo(() => (recording ? stepView(recording, step) : null), [recording, step]);
  const line = view && active && !trace.recording ? view.line : null;
  useEffect(() => {
    onLine?.(line);
  }, [line, onLine]);
  useEffect(() => () => onLine?.(null), [onLine]);

  const go = (next: number) => {
    if (recording) setPosition({ of: trace.recorded, step: clampStep(recording, next) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    // Text boxes keep their keys; the slider moves itself (and calls go).
    if (target.closest('textarea, input')) return;
    const moves: Record<string, number> = { ArrowLeft: step - 1, ArrowRight: step + 1, Home: 0, End: Number.MAX_SAFE_INTEGER };
    if (!(event.key in moves) || !recording) return;
    event.preventDefault();
    go(moves[event.key]);
  };

  return (
    <section aria-label={label ? t('stepThroughNamed', { name: label }) : t('title')} onKeyDown={onKeyDown} className="@container space-y-3 p-3" data-testid="visualiser">
      <div className="flex flex-wrap items-start gap-2">
        {trace.recording ? (
          <>
            <span className="py-1.5 text-sm" role="status">
              {t('recording')}
            </span>
            <button type="button" onClick={trace.stop} className={`${BUTTON} bg-red-700 text-white hover:bg-red-800`} data-testid="trace-stop">
              <span aria-hidden="true">■</span> {t('stop')}
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={() => void record(getCode(), input)}
            disabled={!trace.ready || trace.blocked}
            className={QUIET}
            data-testid="trace-record"
          >
            {trace.recorded ? t('recordAgain') : t('record')}
          </button>
        )}
        {onClose ? (
          <button type="button" onClick={onClose} className={`${QUIET} order-last`} data-testid="trace-close">
            {t('close')}
          </button>
        ) : null}
        <details className="min-w-0 flex-1 text-sm" open={stdin.length > 0}>
          <summary className="cursor-pointer py-1.5 text-slate-700 dark:text-slate-300">{t('inputLabel')}</summary>
          <label htmlFor={inputId} className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
            {t('inputHelp')}
          </label>
          <textarea
            id={inputId}
            value={input}
            onChange={(event) => setInput(event.target.value)}
            rows={3}
            className="mt-1 w-full max-w-md rounded-md border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
            data-testid="trace-input"
          />
        </details>
      </div>
      {!trace.ready ? <p className="text-sm text-slate-600 dark:text-slate-400">{t('waiting')}</p> : null}
      {trace.blocked ? <p className="text-sm text-slate-600 dark:text-slate-400">{t('busy')}</p> : null}
      {trace.recorded && !trace.recording ? <Outcome recorded={trace.recorded} timeLimitSec={trace.timeLimitSec} /> : null}
      {view && trace.recorded && !trace.recording ? (
        <>
          <Timeline step={view.index} total={view.total} onStep={go} sliderRef={slider} />
          <StepCaption view={view} />
          <div className={showCode ? 'grid gap-4 @5xl:grid-cols-[minmax(0,2fr)_minmax(0,5fr)]' : ''}>
            {showCode ? <CodeListing code={trace.recorded.code} line={view.line} /> : null}
            <MemoryView view={view} />
          </div>
          <section aria-labelledby={outputId}>
            <h3 id={outputId} className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
              {tMemory('output')}
            </h3>
            <pre className="max-h-48 overflow-auto whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-2 font-mono text-sm dark:border-slate-800 dark:bg-slate-900" data-testid="trace-output">
              {view.output || <span className="text-slate-600 dark:text-slate-400">{tMemory('noOutput')}</span>}
            </pre>
          </section>
        </>
      ) : null}
    </section>
  );
}

'use client';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { RunResult } from '@/adapters/python/client';
import { exampleAttempt } from '@/core/lesson-ai';
import { explainError } from '@/core/python/explain';
import { useLessonEvents, type LessonKey } from './events';
import { ExampleAttemptProvider } from './example-attempt';
import type { LessonEditor } from './code-editor';
import { useExampleRun, type OutputPart } from './use-example-run';

const STREAM_CLASS: Record<OutputPart['stream'], string> = {
  stdout: '',
  stderr: 'text-red-700 dark:text-red-400',
  stdin: 'font-semibold text-brand-700 dark:text-brand-500',
};
const BUTTON = 'rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60';
const SECONDARY = `${BUTTON} border border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800`;

/** Inline code spans (`like this`) in a plain sentence. */
function withCode(text: string): ReactNode[] {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

function RunOutcome({ result, timeLimitSec }: { result: RunResult; timeLimitSec: number }) {
  const t = useTranslations('lessons.ExampleRunner');
  const explain = useTranslations('errors.explain');
  switch (result.status) {
    case 'ok':
    case 'exit':
      return <p className="text-slate-600 dark:text-slate-400">✓ {t('finished')}</p>;
    case 'error': {
      if (!result.error) return null;
      const { type, message, line } = result.error;
      const explained = explainError(result.error);
      const explanation = explained ? explain(explained.key, explained.values) : null;
      return (
        <div className="text-red-800 dark:text-red-300" data-testid="example-error">
          <p className="font-semibold">
            {type}
            {message ? `: ${message}` : ''}
            {line ? <span className="font-normal"> {t('atLine', { line })}</span> : null}
          </p>
          {explanation ? <p className="mt-0.5 text-red-900 dark:text-red-200">{withCode(explanation)}</p> : null}
        </div>
      );
    }
    case 'timeout':
      return (
        <p className="text-amber-800 dark:text-amber-300">
          {t('timedOut', { seconds: timeLimitSec })} {explain('timeout')}
        </p>
      );
    case 'interrupted':
      return <p className="text-amber-800 dark:text-amber-300">{t('stopped')}</p>;
    case 'crashed':
      return <p className="text-red-700 dark:text-red-400">{t('crashed')}</p>;
  }
}

/**
 * A runnable, editable example. It shows the code highlighted at build time;
 * clicking into it (or its Edit button) loads the editor in its place. Run
 * reads the editor's text (or the lesson's, before any edit).
 */
export function ExampleRunner({
  lesson,
  section,
  code,
  stdin,
  heading,
  highlighted,
  assist,
}: {
  lesson: LessonKey;
  section: number;
  code: string;
  stdin: readonly string[];
  /** The heading of the example's section, to name the example to assistive technology. */
  heading: string;
  /** The code, highlighted on the server (shown until editing starts). */
  highlighted: ReactNode;
  /** Shown under the output; it reads the latest finished run with useExampleAttempt (see LessonAssist). */
  assist?: ReactNode;
}) {
  const t = useTranslations('lessons.ExampleRunner');
  const label = t('label', { number: section + 1, heading });
  const events = useLessonEvents();
  const runner = useExampleRun();
  const [editorState, setEditorState] = useState<'static' | 'loading' | 'ready'>('static');
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<LessonEditor | null>(null);
  const clickPoint = useRef<{ x: number; y: number } | undefined>(undefined);
  const nextLine = useRef(0);
  const [line, setLine] = useState('');
  const [ranCode, setRanCode] = useState(code);
  const inputRef = useRef<HTMLInputElement>(null);

  const runNow = useCallback(async () => {
    const source = editor.current?.getCode() ?? code;
    nextLine.current = 0;
    setRanCode(source);
    const result = await runner.run(source);
    if (result) events.exampleRun?.(lesson, section, { status: result.status, edited: source !== code, durationMs: result.durationMs });
  }, [code, events, lesson, runner, section]);
  const runRef = useRef(runNow);
  useEffect(() => {
    runRef.current = runNow;
  }, [runNow]);

  const startEditing = useCallback(
    (event?: MouseEvent) => {
      if (editorState !== 'static') return;
      clickPoint.current = event && event.detail > 0 ? { x: event.clientX, y: event.clientY } : undefined;
      setEditorState('loading');
      void import('./code-editor').then(({ createLessonEditor }) => {
        if (!host.current || editor.current) return;
        editor.current = createLessonEditor(host.current, { code, label: t('editorLabel', { label }), onRun: () => void runRef.current() });
        setEditorState('ready');
      });
    },
    [code, editorState, label, t],
  );

  /** Start loading the editor when a pointer or focus reaches the code, so a click finds it ready. */
  const prefetchEditor = () => void import('./code-editor');

  useEffect(() => {
    if (editorState === 'ready') editor.current?.focus(clickPoint.current);
  }, [editorState]);
  useEffect(() => () => editor.current?.destroy(), []);

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
  const result = runner.running ? null : runner.result;
  const attempt = useMemo(() => (result ? exampleAttempt(ranCode, runner.parts, result) : null), [ranCode, runner.parts, result]);
  return (
    <div className="space-y-2" data-testid="example" data-section={section}>
      <div className="relative rounded-md border border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
        <div ref={host} className={editorState === 'ready' ? '' : 'hidden'} data-testid="example-editor" />
        {editorState !== 'ready' ? (
          <>
            <pre className="overflow-x-auto p-3 font-mono text-sm leading-relaxed">
              <code>{highlighted}</code>
            </pre>
            <button
              type="button"
              onClick={startEditing}
              onPointerEnter={prefetchEditor}
              onFocus={prefetchEditor}
              className="absolute inset-0 size-full cursor-text rounded-md"
              aria-label={t('editLabel', { label })}
              data-testid="example-edit"
            />
          </>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {runner.running ? (
          <button type="button" onClick={runner.stop} className={`${BUTTON} bg-red-700 text-white hover:bg-red-800`}>
            ■ {t('stop')}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => void runNow()}
            disabled={runner.blocked}
            title={runner.blocked ? t('blocked') : t('runTitle')}
            className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`}
            aria-label={t('runLabel', { label })}
          >
            ▶ {t('run')}
          </button>
        )}
        {editorState === 'ready' ? (
          <button type="button" onClick={() => editor.current?.replaceAll(code)} className={SECONDARY}>
            {t('reset')}
          </button>
        ) : (
          <button type="button" onClick={() => startEditing()} className={SECONDARY} disabled={editorState === 'loading'}>
            {editorState === 'loading' ? t('opening') : t('edit')}
          </button>
        )}
        {runner.loading && runner.running ? <span className="text-xs text-slate-600 dark:text-slate-400">{t('starting')}</span> : null}
      </div>
      {ran ? (
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
              <label htmlFor={`input-${section}`} className="text-sm font-medium">
                {t('input')}
              </label>
              <input
                id={`input-${section}`}
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
              <RunOutcome result={runner.result} timeLimitSec={runner.timeLimitSec} />
            </div>
          ) : null}
          {!runner.inputAvailable ? <p className="mt-2 text-xs text-amber-700 dark:text-amber-400">{t('noInput')}</p> : null}
        </div>
      ) : null}
      {assist ? <ExampleAttemptProvider value={attempt}>{assist}</ExampleAttemptProvider> : null}
    </div>
  );
}

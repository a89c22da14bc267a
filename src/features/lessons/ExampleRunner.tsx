'use client';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { exampleAttempt } from '@/core/lesson-ai';
import { StepThroughButton, Visualiser } from '@/features/visualiser';
import { useLessonEvents, type LessonKey } from './events';
import { ExampleAttemptProvider } from './example-attempt';
import type { LessonEditor } from './code-editor';
import { BUTTON, RunOutput, SECONDARY } from './RunOutput';
import { useExampleRun } from './use-example-run';

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
  const [ranCode, setRanCode] = useState(code);
  // How many times Step through was pressed: each press records the example again.
  const [traceRequest, setTraceRequest] = useState(0);
  const getCode = useCallback(() => editor.current?.getCode() ?? code, [code]);

  const runNow = useCallback(async () => {
    const source = editor.current?.getCode() ?? code;
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

  const result = runner.running ? null : runner.result;
  const attempt = useMemo(() => (result ? exampleAttempt(ranCode, runner.parts, result) : null), [ranCode, runner.parts, result]);
  return (
    <div className="space-y-2" data-testid="example" data-section={section}>
      <div className="rounded-md border border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
        <div ref={host} className={editorState === 'ready' ? '' : 'hidden'} data-testid="example-editor" />
        {editorState !== 'ready' ? (
          // A click (or tap) in the code opens the editor there; a swipe scrolls a long line; the
          // keyboard reaches the same through Edit below, and can scroll the listing too.
          <pre
            className="cursor-text overflow-x-auto p-3 font-mono text-sm leading-relaxed"
            tabIndex={0}
            onClick={startEditing}
            onPointerEnter={prefetchEditor}
            data-testid="example-code"
          >
            <code>{highlighted}</code>
          </pre>
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
            disabled={runner.blocked || !runner.ready}
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
          <button
            type="button"
            onClick={() => startEditing()}
            onPointerEnter={prefetchEditor}
            onFocus={prefetchEditor}
            className={SECONDARY}
            disabled={editorState === 'loading'}
            aria-label={editorState === 'loading' ? undefined : t('editLabel', { label })}
            data-testid="example-edit"
          >
            {editorState === 'loading' ? t('opening') : t('edit')}
          </button>
        )}
        <StepThroughButton
          onClick={() => setTraceRequest((count) => count + 1)}
          disabled={runner.running || runner.blocked || !runner.ready}
          className={SECONDARY}
          name={label}
        />
        {runner.loading && runner.running ? <span className="text-xs text-slate-600 dark:text-slate-400">{t('starting')}</span> : null}
      </div>
      <RunOutput runner={runner} label={label} inputId={`input-${section}`} stdin={stdin} />
      {traceRequest > 0 ? (
        <div className="rounded-md border border-slate-200 dark:border-slate-800">
          <Visualiser request={traceRequest} getCode={getCode} stdin={stdin} showCode label={label} onClose={() => setTraceRequest(0)} />
        </div>
      ) : null}
      {assist ? <ExampleAttemptProvider value={attempt}>{assist}</ExampleAttemptProvider> : null}
    </div>
  );
}

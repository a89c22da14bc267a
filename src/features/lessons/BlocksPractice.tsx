'use client';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { BlocksEditor, draftBlockStore, type BlockModeCode } from '@/features/blocks';
import { useDark, useHydrated } from '@/features/shell';
import { useDrafts } from '@/stores/drafts';
import type { LessonKey } from './events';
import { BUTTON, RunOutput, SECONDARY } from './RunOutput';
import { useExampleRun } from './use-example-run';

/** Where a lesson's block program is kept in the drafts store (beside the problems' drafts). */
function lessonBlocksKey(lesson: LessonKey): string {
  return `lesson:${lesson}`;
}

/**
 * "Try it with blocks": a Blockly workspace with the toolbox of the lesson's
 * topic, the Python generated from the blocks beside it, and Run on the
 * page's Python worker like an example. Blockly loads only when the learner
 * opens the workspace; the program is kept in the drafts store (one per
 * lesson) and comes back the next time it is opened.
 */
export function BlocksPractice({ lesson, title }: { lesson: LessonKey; title: string }) {
  const t = useTranslations('lessons');
  const [module, subtopic] = lesson.split('/');
  const id = useId();
  const areaId = `${id}-area`;
  const headingId = `${id}-heading`;
  const key = lessonBlocksKey(lesson);
  const store = useMemo(() => draftBlockStore(key), [key]);
  const toolbox = useMemo(() => ({ tags: [], topic: { module, subtopic } }), [module, subtopic]);
  const hasSaved = useDrafts((s) => s.drafts[key]?.blocks !== undefined);
  const draftsReady = useHydrated(useDrafts);
  const dark = useDark();
  const runner = useExampleRun();
  const [open, setOpen] = useState(false);

  // The block editor becomes the source of the code once its workspace exists.
  const source = useRef<{ getCode(): string } | null>(null);
  const [ready, setReady] = useState(false);
  const code = useMemo<Pick<BlockModeCode, 'setSource'>>(
    () => ({
      setSource: (next) => {
        source.current = next;
        setReady(next !== null);
      },
    }),
    [],
  );

  const runNow = useCallback(() => {
    const program = source.current?.getCode();
    if (program === undefined || runner.running || runner.blocked) return;
    void runner.run(program);
  }, [runner]);

  const toggle = () => {
    if (open) {
      // Nothing is left waiting for input under a closed panel.
      if (runner.running) runner.stop();
      source.current = null;
      setReady(false);
    }
    setOpen(!open);
  };

  // Ctrl+Enter in the blocks (and in Blockly's field editors and menus, which live at the end of <body>) runs.
  const area = useRef<HTMLDivElement>(null);
  const latestRun = useRef(runNow);
  useEffect(() => {
    latestRun.current = runNow;
  }, [runNow]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key !== 'Enter' || event.defaultPrevented) return;
      const target = event.target as Element | null;
      const inBlocks = (area.current && target && area.current.contains(target)) || target?.closest?.('.blocklyWidgetDiv, .blocklyDropDownDiv');
      if (!inBlocks) return;
      event.preventDefault();
      event.stopPropagation();
      latestRun.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);

  const label = t('BlocksPractice.program');
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50/60 p-4 xl:-mx-16 dark:border-slate-800 dark:bg-slate-900/40" data-testid="lesson-blocks">
      <h2 id={headingId} className="text-xl font-semibold tracking-tight">
        {t('BlocksPractice.heading')}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('BlocksPractice.intro')}</p>
      {hasSaved && !open ? <p className="text-sm text-slate-600 dark:text-slate-400">{t('BlocksPractice.saved')}</p> : null}
      <button
        type="button"
        onClick={toggle}
        aria-expanded={open}
        aria-controls={open ? areaId : undefined}
        className={open ? SECONDARY : `${BUTTON} bg-brand-600 text-white hover:bg-brand-700`}
        data-testid="lesson-blocks-toggle"
      >
        {open ? t('BlocksPractice.close') : t('BlocksPractice.open')}
      </button>
      {open ? (
        <div id={areaId} className="space-y-3">
          <details className="text-xs text-slate-600 dark:text-slate-400">
            <summary className="cursor-pointer">{t('BlocksPractice.keyboard')}</summary>
            <p className="mt-1 max-w-prose">{t('BlocksPractice.keyboardHelp')}</p>
          </details>
          <div ref={area} className="h-[34rem] overflow-hidden rounded-md border border-slate-200 bg-white xl:h-[26rem] dark:border-slate-800 dark:bg-slate-950">
            {draftsReady ? (
              <BlocksEditor problem={toolbox} store={store} code={code} dark={dark} label={t('BlocksPractice.label', { title })} />
            ) : (
              <p className="grid h-full place-items-center text-sm text-slate-600 dark:text-slate-400">{t('BlocksPractice.loading')}</p>
            )}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {runner.running ? (
              <button type="button" onClick={runner.stop} className={`${BUTTON} bg-red-700 text-white hover:bg-red-800`}>
                ■ {t('ExampleRunner.stop')}
              </button>
            ) : (
              <button
                type="button"
                onClick={runNow}
                disabled={runner.blocked || !ready || !runner.ready}
                title={runner.blocked ? t('ExampleRunner.blocked') : t('BlocksPractice.runTitle')}
                className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`}
                aria-label={t('BlocksPractice.runLabel')}
                data-testid="lesson-blocks-run"
              >
                ▶ {t('ExampleRunner.run')}
              </button>
            )}
            {runner.loading && runner.running ? <span className="text-xs text-slate-600 dark:text-slate-400">{t('ExampleRunner.starting')}</span> : null}
          </div>
          <RunOutput runner={runner} label={label} inputId={`${id}-input`} />
        </div>
      ) : null}
    </section>
  );
}

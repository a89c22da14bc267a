'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { BlocksEditor, draftBlockStore, type BlockModeCode } from '@/features/blocks';
import { PageMessages, useDark, useHydrated } from '@/features/shell';
import { useDrafts } from '@/stores/drafts';
import blocks from '../../../data/messages/en/blocks.json';
import { lessonBlocksKey } from './blocks-key';
import type { LessonKey } from './events';
import { BUTTON, RunOutput, type ExampleRun } from './RunOutput';

/**
 * The open "Try it with blocks" workspace (see BlocksPractice): the block
 * editor, its Run and the run's output. Ctrl+Enter in the blocks runs.
 */
function Area({ id, lesson, title, runner }: { id: string; lesson: LessonKey; title: string; runner: ExampleRun }) {
  const t = useTranslations('lessons');
  const [module, subtopic] = lesson.split('/');
  const areaId = `${id}-area`;
  const store = useMemo(() => draftBlockStore(lessonBlocksKey(lesson)), [lesson]);
  const toolbox = useMemo(() => ({ tags: [], topic: { module, subtopic } }), [module, subtopic]);
  const draftsReady = useHydrated(useDrafts);
  const dark = useDark();

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

  // Ctrl+Enter in the blocks (and in Blockly's field editors and menus, which live at the end of <body>) runs.
  const area = useRef<HTMLDivElement>(null);
  const latestRun = useRef(runNow);
  useEffect(() => {
    latestRun.current = runNow;
  }, [runNow]);
  useEffect(() => {
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
  }, []);

  const label = t('BlocksPractice.program');
  return (
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
  );
}

export default function BlocksArea(props: { id: string; lesson: LessonKey; title: string; runner: ExampleRun }) {
  return (
    <PageMessages english={{ blocks }}>
      <Area {...props} />
    </PageMessages>
  );
}

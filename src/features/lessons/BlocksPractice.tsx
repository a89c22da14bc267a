'use client';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useDrafts } from '@/stores/drafts';
import { lessonBlocksKey } from './blocks-key';
import type { LessonKey } from './events';
import { BUTTON, SECONDARY } from './RunOutput';
import { useExampleRun } from './use-example-run';

/** The open workspace, with Blockly, its words and its Run: fetched when the learner opens it. */
const BlocksArea = lazy(() => import('./BlocksArea'));

/**
 * "Try it with blocks": a Blockly workspace with the toolbox of the lesson's
 * topic, the Python generated from the blocks beside it, and Run on the
 * page's Python worker like an example. Blockly loads only when the learner
 * opens the workspace; the program is kept in the drafts store (one per
 * lesson) and comes back the next time it is opened.
 */
export function BlocksPractice({ lesson, title }: { lesson: LessonKey; title: string }) {
  const t = useTranslations('lessons');
  const id = useId();
  const areaId = `${id}-area`;
  const headingId = `${id}-heading`;
  const hasSaved = useDrafts((s) => s.drafts[lessonBlocksKey(lesson)]?.blocks !== undefined);
  const runner = useExampleRun();
  const [open, setOpen] = useState(false);

  const toggle = () => {
    // Nothing is left waiting for input under a closed panel.
    if (open && runner.running) runner.stop();
    setOpen(!open);
  };

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
        <Suspense
          fallback={
            <p id={areaId} className="text-sm text-slate-600 dark:text-slate-400">
              {t('BlocksPractice.loading')}
            </p>
          }
        >
          <BlocksArea id={id} lesson={lesson} title={title} runner={runner} />
        </Suspense>
      ) : null}
    </section>
  );
}

'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Problem } from '@/core/schemas/problem';
import { useDark } from '@/features/shell';
import { CodeEditor, CompareView, OutputPanel, useCodeHandle, useRunner } from '@/features/workspace';
import { useSettings } from '@/stores/settings';
import { PRIMARY, ProblemSummaryCard, SECONDARY } from './SharedProblemView';

/**
 * "Share my solution", received: the problem, the sharer's code in a
 * read-only editor, Run, and the comparison with the reference. The code is
 * someone else's and hostile by assumption: it runs only when Run is pressed,
 * in the page's Python worker like any Run.
 */
export function SharedSolutionView({ problem, code: shared, solved, onTry }: { problem: Problem; code: string; solved: boolean; onTry(): void }) {
  const t = useTranslations('share.SharedSolution');
  const runner = useRunner();
  const dark = useDark();
  const fontSize = useSettings((s) => s.editorFontSize);
  const code = useCodeHandle(() => shared);
  const [comparing, setComparing] = useState(false);
  const busy = runner.activity !== 'idle';
  const run = () => {
    setComparing(false);
    void runner.run(code.getCode());
  };

  return (
    <div className="space-y-4" data-testid="shared-solution">
      <ProblemSummaryCard problem={problem} />
      <section aria-labelledby="shared-code-heading" className="rounded-lg border border-slate-200 dark:border-slate-800">
        <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
          <h2 id="shared-code-heading" className="font-semibold">
            {t('heading')}
          </h2>
          <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${solved ? 'bg-brand-50 text-brand-700 dark:bg-brand-700/20 dark:text-brand-100' : 'bg-amber-50 text-amber-800 dark:bg-amber-950 dark:text-amber-200'}`} data-testid="shared-solved">
            {solved ? t('solved') : t('unsolved')}
          </span>
          <span className="text-xs text-slate-600 dark:text-slate-400">{t('readOnly')}</span>
        </div>
        <div className="h-72">
          {comparing ? <CompareView mine={shared} reference={problem.solution} alternatives={problem.alternatives} onClose={() => setComparing(false)} /> : null}
          {/* A Submit has nothing to grade here: the shortcut runs the code instead. */}
          <CodeEditor hidden={comparing} code={code} onRun={run} onSubmit={run} dark={dark} fontSize={fontSize} label={t('editorLabel', { title: problem.title })} readOnly />
        </div>
        <div className="flex flex-wrap items-center gap-2 border-y border-slate-200 px-3 py-2 dark:border-slate-800" role="toolbar" aria-label={t('actions')}>
          <button type="button" onClick={run} disabled={busy} className={`${PRIMARY} gap-1.5`} data-testid="run">
            <span aria-hidden="true">▶</span> {t('run')}
          </button>
          <button type="button" onClick={runner.stop} disabled={!busy} className={SECONDARY} data-testid="stop">
            {t('stop')}
          </button>
          <button type="button" onClick={() => setComparing((on) => !on)} className={SECONDARY} aria-pressed={comparing} data-testid="compare">
            {comparing ? t('backToCode') : t('compare')}
          </button>
          <button type="button" onClick={onTry} className={`${SECONDARY} sm:ml-auto`} data-testid="try-it">
            {t('tryIt')}
          </button>
        </div>
        <div className="h-56">
          <OutputPanel
            segments={runner.segments}
            lastRun={runner.lastRun}
            prompt={runner.runtime.prompt}
            awaitingInput={runner.runtime.phase === 'awaiting-input'}
            inputAvailable={runner.runtime.isolated}
            onInput={runner.sendInput}
            onClear={runner.clear}
            timeLimitSec={runner.timeLimitSec}
            visibleTests={{ count: 0, calls: [] }}
          />
        </div>
      </section>
    </div>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import { BUTTON } from './WorkspaceToolbar';

type T = ReturnType<typeof useTranslations<'workspace.Solved'>>;

function formatDuration(ms: number, t: T): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return t('seconds', { seconds });
  return t('minutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
}

/** The bar that celebrates a solve, with the time taken. */
export function Celebration({ solvedIn, comparing, onCompare, onNext }: { solvedIn: number | null; comparing: boolean; onCompare(): void; onNext(): void }) {
  const t = useTranslations('workspace.Solved');
  return (
    <div className="flex flex-wrap items-center gap-3 border-b border-brand-100 bg-brand-50 px-3 py-2 text-sm dark:border-brand-700/40 dark:bg-brand-700/20" role="status" data-testid="celebration">
      <span aria-hidden="true" className="grid size-6 animate-bounce place-items-center rounded-full bg-brand-600 text-sm font-bold text-white">
        ✓
      </span>
      <span className="font-semibold text-brand-700 dark:text-brand-100">{solvedIn !== null ? t('solvedIn', { time: formatDuration(solvedIn, t) }) : t('solved')}</span>
      <button type="button" onClick={onCompare} className="underline" data-testid="compare">
        {comparing ? t('backToCode') : t('compare')}
      </button>
      <button type="button" onClick={onNext} className={`${BUTTON} ml-auto bg-brand-600 text-white hover:bg-brand-700`}>
        {t('nextQuestion')}
      </button>
    </div>
  );
}

/** The learner's solution (as it was when they asked) beside the reference solution. */
export function CompareView({ mine, reference, onClose }: { mine: string; reference: string; onClose(): void }) {
  const t = useTranslations('workspace.Solved');
  return (
    <div className="flex h-full flex-col" data-testid="compare-view">
      <div className="flex items-center justify-between border-b border-slate-200 px-3 py-1.5 text-sm dark:border-slate-800">
        <span className="font-medium">{t('compareTitle')}</span>
        <button type="button" onClick={onClose} className="underline">
          {t('backToCode')}
        </button>
      </div>
      <div className="grid min-h-0 flex-1 grid-cols-1 gap-px bg-slate-200 sm:grid-cols-2 dark:bg-slate-800">
        {[
          [t('yours'), mine],
          [t('reference'), reference],
        ].map(([title, text]) => (
          <figure key={title} className="min-h-0 overflow-auto bg-white p-3 dark:bg-slate-950">
            <figcaption className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{title}</figcaption>
            <pre className="font-mono text-sm whitespace-pre">{text}</pre>
          </figure>
        ))}
      </div>
    </div>
  );
}

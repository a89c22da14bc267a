'use client';
import { useFormatter, useTranslations } from 'use-intl';
import { finishedAt, type ProjectProgress } from '@/core/projects/progress';
import { programFile } from '@/core/projects/steps';
import type { Project } from '@/core/schemas/project';
import { BUTTON, QUIET } from '@/features/workspace';

/** Save the learner's program as a .py file (built in the browser; nothing is uploaded). */
export function DownloadProgram({ project, getCode, className = '' }: { project: Project; getCode(): string; className?: string }) {
  const t = useTranslations('projects.Finish');
  const download = () => {
    const blob = new Blob([programFile(project, getCode())], { type: 'text/x-python' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = project.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };
  return (
    <button type="button" onClick={download} className={`${QUIET} py-1 ${className}`} data-testid="download-py">
      <span aria-hidden="true">⤓</span> {t('download', { fileName: project.fileName })}
    </button>
  );
}

/** The badge of a finished project, with how it was finished. */
export function FinishedCard({ project, progress }: { project: Project; progress: ProjectProgress }) {
  const revealed = project.steps.filter((s) => progress.steps[s.id]?.revealedAt != null && progress.steps[s.id]?.passedAt == null).length;
  const at = finishedAt(project, progress);
  const t = useTranslations('projects.Finish');
  const format = useFormatter();
  return (
    <div className="m-4 flex items-center gap-3 rounded-lg border border-brand-600/40 bg-brand-50 p-3 dark:bg-brand-700/20" role="status" data-testid="project-badge">
      <span aria-hidden="true" className="grid size-11 shrink-0 place-items-center rounded-full bg-brand-600 text-xl text-white">
        ★
      </span>
      <div className="text-sm">
        <p className="font-semibold text-brand-800 dark:text-brand-100">{t('badge', { title: project.title })}</p>
        <p className="text-slate-700 dark:text-slate-300">
          {t('finished', {
            dated: at ? 'yes' : 'no',
            date: at ? format.dateTime(at, { year: 'numeric', month: 'numeric', day: 'numeric' }) : '',
            own: project.steps.length - revealed,
            total: project.steps.length,
            revealed,
          })}
        </p>
      </div>
    </div>
  );
}

/** Shown when the step on screen is done: go on to the next one. */
export function StepPassedBar({ project, index, passedNow, onNext }: { project: Project; index: number; passedNow: boolean; onNext(): void }) {
  const next = project.steps[index + 1];
  const t = useTranslations('projects.StepPassedBar');
  return (
    <div className="flex flex-wrap items-center gap-3 border-b border-brand-100 bg-brand-50 px-3 py-2 text-sm dark:border-brand-700/40 dark:bg-brand-700/20" role="status" data-testid="step-passed">
      <span aria-hidden="true" className="grid size-6 place-items-center rounded-full bg-brand-600 text-sm font-bold text-white">
        ✓
      </span>
      <span className="font-semibold text-brand-700 dark:text-brand-100">
        {t(passedNow ? 'passedNow' : 'done', { step: index + 1, last: next ? 'no' : 'yes' })}
      </span>
      {next ? (
        <button type="button" onClick={onNext} className={`${BUTTON} ml-auto bg-brand-600 text-white hover:bg-brand-700`} data-testid="next-step">
          {t('next', { step: index + 2, title: next.title })}
        </button>
      ) : null}
    </div>
  );
}


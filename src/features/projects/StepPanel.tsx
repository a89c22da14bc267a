'use client';
import { useTranslations } from 'use-intl';
import type { Project } from '@/core/schemas/project';
import type { ProjectProgress } from '@/core/projects/progress';
import { stepDone } from '@/core/projects/progress';
import { InlineMarkdown, Markdown } from '@/features/shell';
import { StateMark } from './ProjectGraph';

/** The steps of a project in order: done ones and the next open, later ones locked. */
export function StepList({
  project,
  progress,
  current,
  unlockedThrough,
  onOpen,
}: {
  project: Project;
  progress: ProjectProgress;
  current: number;
  unlockedThrough: number;
  onOpen(index: number): void;
}) {
  const t = useTranslations('projects.StepList');
  return (
    <nav aria-label={t('label')} className="border-b border-slate-200 px-4 py-3 dark:border-slate-800">
      <ol className="flex flex-wrap gap-1.5" data-testid="step-list">
        {project.steps.map((step, index) => {
          const s = progress.steps[step.id];
          const done = stepDone(progress, step.id);
          const locked = index > unlockedThrough;
          const mark = s?.passedAt != null || s?.revealedAt != null ? '✓' : String(index + 1);
          const state = s?.passedAt != null ? 'passed' : s?.revealedAt != null ? 'revealed' : locked ? 'locked' : 'open';
          return (
            <li key={step.id}>
              <button
                type="button"
                disabled={locked}
                onClick={() => onOpen(index)}
                aria-current={index === current ? 'step' : undefined}
                aria-label={t('step', { step: index + 1, title: step.title, state: t(`states.${state}`) })}
                title={`${index + 1}. ${step.title}`}
                data-step-state={state}
                className={
                  'grid size-8 place-items-center rounded-full border text-xs font-semibold disabled:cursor-not-allowed ' +
                  (index === current ? 'ring-2 ring-brand-600 ring-offset-1 dark:ring-offset-slate-950 ' : '') +
                  (s?.passedAt != null
                    ? 'border-brand-600 bg-brand-600 text-white'
                    : done
                    ? 'border-amber-600 bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100'
                    : locked
                      ? 'border-dashed border-slate-300 text-slate-500 dark:border-slate-600 dark:text-slate-400'
                      : 'border-slate-400 bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100')
                }
              >
                {locked ? <StateMark state="locked" /> : <span aria-hidden="true">{mark}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** What to build in the step on screen: the task, what is new, and the hints shown so far. */
export function StepTask({ project, index, hintsShown }: { project: Project; index: number; hintsShown: number }) {
  const step = project.steps[index];
  const t = useTranslations('projects.StepTask');
  return (
    <article className="space-y-4 p-4" data-testid="step-task">
      <header>
        <p className="text-xs font-semibold uppercase tracking-wider text-slate-600 dark:text-slate-400">
          {t('stepOf', { step: index + 1, total: project.steps.length })}
        </p>
        <h2 className="text-lg font-semibold">{step.title}</h2>
      </header>
      <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 px-3 py-2 text-sm dark:bg-brand-700/15">
        <strong>{t('newIdea')} </strong>
        <InlineMarkdown text={step.newIdea} />
      </p>
      <Markdown source={step.task} />
      {index > 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">{t('earlierTests', { last: index })}</p>
      ) : null}
      {hintsShown > 0 ? (
        <section aria-label={t('hints')} className="space-y-2">
          {step.hints.slice(0, hintsShown).map((hint, i) => (
            <div key={i} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm dark:border-amber-700/50 dark:bg-amber-950" data-testid="step-hint">
              <p className="text-xs font-semibold text-amber-900 dark:text-amber-100">{t('hint', { number: i + 1 })}</p>
              <Markdown source={hint} />
            </div>
          ))}
        </section>
      ) : null}
    </article>
  );
}

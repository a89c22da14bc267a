'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConfirmDialog, Markdown } from '@/features/shell';
import { BUTTON } from '@/features/workspace';
import type { ProjectPageData } from './data';
import type { ProjectView } from './use-project-states';

/** Before a project starts: what it builds, what it needs, and Start (after a warning when its prerequisites are not done). */
export function ProjectIntro({ data, view, lessonDone, onStart }: { data: ProjectPageData; view: ProjectView; lessonDone(id: string): boolean; onStart(locked: boolean): void }) {
  const { project } = data;
  const [warning, setWarning] = useState(false);
  const locked = view.state === 'locked';
  const missingProjects = new Set(view.missingProjects);
  const t = useTranslations('projects.ProjectIntro');
  const tp = useTranslations('projects');
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-6 sm:px-6 lg:py-8" data-testid="project-intro">
      <header className="space-y-1">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href="/projects" className="hover:underline">
            {t('projects')}
          </Link>{' '}
          <span aria-hidden="true">›</span>{' '}
          {t('meta', { difficulty: tp(`difficulty.${project.difficulty}`), steps: project.steps.length, minutes: project.estimatedMinutes })}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{project.title}</h1>
        <p className="text-slate-600 dark:text-slate-400">{project.summary}</p>
      </header>
      <Markdown source={project.description} />
      <section aria-labelledby="needs" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="needs" className="font-semibold">
          {t('needs')}
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          {data.lessons.map((lesson) => (
            <li key={lesson.id} className="flex gap-2">
              <span aria-hidden="true" className="w-4">
                {lessonDone(lesson.id) ? '✓' : '○'}
              </span>
              <Link href={`/learn/${lesson.id}`} className="underline">
                {lesson.title}
              </Link>
              <span className="text-slate-600 dark:text-slate-400">
                {t('lessonModule', { module: lesson.moduleName, done: lessonDone(lesson.id) ? 'yes' : 'no' })}
              </span>
            </li>
          ))}
          {data.requiredProjects.map((p) => (
            <li key={p.id} className="flex gap-2">
              <span aria-hidden="true" className="w-4">
                {missingProjects.has(p.id) ? '○' : '✓'}
              </span>
              <Link href={`/projects/${p.id}`} className="underline">
                {tp('projectLink', { title: p.title })}
              </Link>
              {missingProjects.has(p.id) ? <span className="text-slate-600 dark:text-slate-400">{t('notFinished')}</span> : null}
            </li>
          ))}
        </ul>
      </section>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={`${BUTTON} ${locked ? 'border border-amber-600 text-amber-900 hover:bg-amber-50 dark:text-amber-100 dark:hover:bg-amber-950' : 'bg-brand-600 text-white hover:bg-brand-700'}`}
          onClick={() => (locked ? setWarning(true) : onStart(false))}
          data-testid="start-project"
        >
          {locked ? t('startAnyway') : t('start')}
        </button>
        {locked ? <p className="text-sm text-slate-600 dark:text-slate-400">{t('lockedNote')}</p> : null}
      </div>
      {warning ? (
        <ConfirmDialog
          title={t('confirm.title')}
          confirmLabel={t('startAnyway')}
          cancelLabel={t('confirm.cancel')}
          tone="warning"
          confirmTestId="confirm-start-locked"
          onCancel={() => setWarning(false)}
          onConfirm={() => {
            setWarning(false);
            onStart(true);
          }}
        >
          {t('confirm.body', { lessons: view.missingLessons.length, projects: view.missingProjects.length })}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

'use client';
import Link from 'next/link';
import { useState } from 'react';
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
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-6 sm:px-6 lg:py-8" data-testid="project-intro">
      <header className="space-y-1">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href="/projects" className="hover:underline">
            Projects
          </Link>{' '}
          <span aria-hidden="true">›</span> {project.difficulty} · {project.steps.length} steps · about {project.estimatedMinutes} min
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{project.title}</h1>
        <p className="text-slate-600 dark:text-slate-400">{project.summary}</p>
      </header>
      <Markdown source={project.description} />
      <section aria-labelledby="needs" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="needs" className="font-semibold">
          What you need first
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
                ({lesson.moduleName}){lessonDone(lesson.id) ? '' : ', not finished'}
              </span>
            </li>
          ))}
          {data.requiredProjects.map((p) => (
            <li key={p.id} className="flex gap-2">
              <span aria-hidden="true" className="w-4">
                {missingProjects.has(p.id) ? '○' : '✓'}
              </span>
              <Link href={`/projects/${p.id}`} className="underline">
                Project: {p.title}
              </Link>
              {missingProjects.has(p.id) ? <span className="text-slate-600 dark:text-slate-400">not finished</span> : null}
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
          {locked ? 'Start anyway' : 'Start the project'}
        </button>
        {locked ? <p className="text-sm text-slate-600 dark:text-slate-400">This project is locked until the lessons above are done.</p> : null}
      </div>
      {warning ? (
        <ConfirmDialog
          title="Start before the lessons?"
          confirmLabel="Start anyway"
          cancelLabel="Not yet"
          tone="warning"
          confirmTestId="confirm-start-locked"
          onCancel={() => setWarning(false)}
          onConfirm={() => {
            setWarning(false);
            onStart(true);
          }}
        >
          This project uses ideas from {view.missingLessons.length} lesson{view.missingLessons.length === 1 ? '' : 's'}
          {view.missingProjects.length > 0 ? ` and ${view.missingProjects.length} project${view.missingProjects.length === 1 ? '' : 's'}` : ''} you have not finished. You can start now and look them up when a step needs them.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

'use client';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { ProjectsIndexData, ProjectSummary } from './data';
import { ProjectGraph, StateMark } from './ProjectGraph';
import { useProjectStates, type ProjectView } from './use-project-states';

const LEVELS: Array<ProjectSummary['difficulty']> = ['beginner', 'intermediate', 'advanced'];

const BADGE: Record<ProjectView['state'], string> = {
  done: 'bg-brand-50 text-brand-700 dark:bg-brand-700/20 dark:text-brand-100',
  started: 'bg-sky-50 text-sky-800 dark:bg-sky-900/40 dark:text-sky-100',
  open: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
  locked: 'bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
};

function ProjectCard({ project, view, data, ready }: { project: ProjectSummary; view: ProjectView | undefined; data: ProjectsIndexData; ready: boolean }) {
  const state = view?.state ?? 'locked';
  const done = view?.stepsDone ?? 0;
  const missing = new Set([...(view?.missingLessons ?? []), ...(view?.missingProjects ?? [])]);
  const t = useTranslations('projects.ProjectCard');
  const names = data.projects.reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.id]: p.title }), {});
  return (
    <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900/40" data-testid={`project-card-${project.id}`}>
      <div className="flex items-start justify-between gap-2">
        <h3 className="font-semibold">
          <Link href={`/projects/${project.id}`} className="hover:underline">
            {project.title}
          </Link>
        </h3>
        {ready ? (
          <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${BADGE[state]}`}>
            <StateMark state={state} /> {t(`badge.${state}`)}
          </span>
        ) : null}
      </div>
      <p className="mt-1 flex-1 text-sm text-slate-600 dark:text-slate-400">{project.summary}</p>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {t('meta', { steps: project.stepCount, minutes: project.estimatedMinutes, interactive: project.interactive ? 'yes' : 'no' })}
      </p>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
        <div className="h-full bg-brand-600" style={{ width: `${(done / project.stepCount) * 100}%` }} />
      </div>
      <p className="sr-only">{t('progress', { done, total: project.stepCount })}</p>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        {t('needs')}{' '}
        {[...project.requires.lessons.map((id) => ({ id, label: data.lessons[id]?.title ?? id, href: `/learn/${id}` })), ...project.requires.projects.map((id) => ({ id, label: names[id] ?? id, href: `/projects/${id}` }))].map((item, i) => (
          <span key={item.id}>
            {i > 0 ? t('separator') : ''}
            <Link href={item.href} className="underline decoration-slate-300 underline-offset-2 hover:decoration-current dark:decoration-slate-600">
              {item.label}
            </Link>
            {ready && !missing.has(item.id) ? <span className="text-brand-700 dark:text-brand-100"> ✓</span> : null}
          </span>
        ))}
      </p>
    </li>
  );
}

/** /projects: the prerequisite map, then every project by level with its state. */
export function ProjectsIndex({ data }: { data: ProjectsIndexData }) {
  const { ready, states, lessonDone } = useProjectStates(data.projects);
  const finished = Object.values(states).filter((s) => s.state === 'done').length;
  const t = useTranslations('projects.ProjectsIndex');
  const tp = useTranslations('projects');
  return (
    <div className="space-y-8">
      <section aria-labelledby="map-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="map-heading" className="text-lg font-semibold">
            {t('map')}
          </h2>
          {ready ? (
            <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="projects-finished">
              {t('finished', { finished, total: data.projects.length })}
            </p>
          ) : null}
        </div>
        <ProjectGraph data={data} states={states} lessonDone={lessonDone} />
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400" aria-label={t('legend')}>
          <li>
            <StateMark state="done" /> {t('legendDone')}
          </li>
          <li>
            <StateMark state="started" /> {t('legendStarted')}
          </li>
          <li>
            <StateMark state="open" /> {t('legendOpen')}
          </li>
          <li>
            <StateMark state="locked" /> {t('legendLocked')}
          </li>
        </ul>
      </section>
      {LEVELS.map((level) => {
        const projects = data.projects.filter((p) => p.difficulty === level);
        if (projects.length === 0) return null;
        return (
          <section key={level} aria-labelledby={`level-${level}`} className="space-y-3">
            <h2 id={`level-${level}`} className="text-lg font-semibold">
              {tp(`levels.${level}`)}
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {projects.map((project) => (
                <ProjectCard key={project.id} project={project} view={states[project.id]} data={data} ready={ready} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

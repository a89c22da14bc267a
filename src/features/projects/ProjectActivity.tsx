'use client';
import Link from 'next/link';
import { useMemo } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { finishedAt, lastUnlocked, projectEvents, stepsDone } from '@/core/projects/progress';
import { useHydrated } from '@/features/shell';
import { useProjectProgress } from '@/stores/project-progress';
import type { ProjectSummary } from './data';

const shapeOf = (p: ProjectSummary) => ({ id: p.id, starterCode: '', steps: p.stepIds.map((id) => ({ id })) });
/** As toLocaleString() showed it: the date and the time to the second, in the reader's language. */
const DATE_TIME = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' } as const;
const CARD = 'min-w-0 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900/40';

/** The dashboard's guided-projects card: the project in progress, and a badge per finished project. */
export function ProjectsDashboardCard({ projects }: { projects: ProjectSummary[] }) {
  const state = useProjectProgress((s) => s.projects);
  const ready = useHydrated(useProjectProgress);
  const t = useTranslations('projects.ProjectsDashboardCard');
  const { current, finished } = useMemo(() => {
    const started = projects
      .filter((p) => state[p.id] && finishedAt(shapeOf(p), state[p.id]) === null)
      .sort((a, b) => state[b.id].updatedAt - state[a.id].updatedAt);
    const done = projects.filter((p) => finishedAt(shapeOf(p), state[p.id]) !== null);
    return { current: started[0] ?? null, finished: done };
  }, [projects, state]);
  if (!ready) return null;
  const next = current ? lastUnlocked(shapeOf(current), state[current.id]) : 0;
  return (
    <section aria-labelledby="projects-card" className={CARD} data-testid="projects-card">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="projects-card" className="font-semibold">
          {t('title')}
        </h2>
        <Link href="/projects" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-500">
          {t('all', { count: projects.length })}
        </Link>
      </div>
      {current ? (
        <p className="text-sm">
          {t.rich('continue', {
            title: current.title,
            step: next + 1,
            total: current.stepCount,
            stepTitle: current.stepTitles[next],
            done: stepsDone(shapeOf(current), state[current.id]),
            link: (chunks) => (
              <Link href={`/projects/${current.id}`} className="font-medium underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('empty')}</p>
      )}
      {finished.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label={t('badges')}>
          {finished.map((p) => (
            <li key={p.id} className="inline-flex items-center gap-1.5 rounded-full bg-brand-50 px-2.5 py-1 text-xs font-medium text-brand-800 dark:bg-brand-700/20 dark:text-brand-100" data-testid="project-badge-chip">
              <span aria-hidden="true">★</span> {p.title}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The history page's project timeline: starts, steps passed or revealed, finishes. */
export function ProjectHistory({ projects }: { projects: ProjectSummary[] }) {
  const state = useProjectProgress((s) => s.projects);
  const ready = useHydrated(useProjectProgress);
  const events = useMemo(() => projectEvents({ projects: state }, projects.map(shapeOf)), [projects, state]);
  const byId = useMemo(() => new Map(projects.map((p) => [p.id, p])), [projects]);
  const t = useTranslations('projects.ProjectHistory');
  const format = useFormatter();
  if (!ready || events.length === 0) return null;
  return (
    <section aria-labelledby="project-history" className={`${CARD} mt-6`} data-testid="project-history">
      <h2 id="project-history" className="mb-2 font-semibold">
        {t('title')}
      </h2>
      <ol className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
        {events.slice(0, 100).map((e) => {
          const project = byId.get(e.projectId)!;
          return (
            <li key={`${e.projectId}-${e.kind}-${e.step}`} className="flex flex-wrap gap-x-3 py-1.5">
              <time dateTime={new Date(e.at).toISOString()} className="w-40 shrink-0 text-slate-600 dark:text-slate-400">
                {format.dateTime(e.at, DATE_TIME)}
              </time>
              <span>
                {t.rich(`events.${e.kind}`, {
                  title: project.title,
                  step: e.step + 1,
                  stepTitle: project.stepTitles[e.step] ?? '',
                  link: (chunks) => (
                    <Link href={`/projects/${e.projectId}`} className="underline">
                      {chunks}
                    </Link>
                  ),
                })}
                {e.kind === 'finished' ? ' ★' : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

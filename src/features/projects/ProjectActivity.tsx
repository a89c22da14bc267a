'use client';
import Link from 'next/link';
import { useMemo } from 'react';
import { finishedAt, lastUnlocked, projectEvents, stepsDone, type ProjectEvent } from '@/core/projects/progress';
import { useHydrated } from '@/features/shell';
import { useProjectProgress } from '@/stores/project-progress';
import type { ProjectSummary } from './data';

const shapeOf = (p: ProjectSummary) => ({ id: p.id, starterCode: '', steps: p.stepIds.map((id) => ({ id })) });
const CARD = 'min-w-0 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900/40';

/** The dashboard's guided-projects card: the project in progress, and a badge per finished project. */
export function ProjectsDashboardCard({ projects }: { projects: ProjectSummary[] }) {
  const state = useProjectProgress((s) => s.projects);
  const ready = useHydrated(useProjectProgress);
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
          Guided projects
        </h2>
        <Link href="/projects" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-500">
          All {projects.length} projects →
        </Link>
      </div>
      {current ? (
        <p className="text-sm">
          Continue <Link href={`/projects/${current.id}`} className="font-medium underline">{current.title}</Link>: step {next + 1} of {current.stepCount}, “{current.stepTitles[next]}” ({stepsDone(shapeOf(current), state[current.id])} done).
        </p>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">Build a whole program one tested step at a time: a guessing game, a cipher tool, a maze solver and more.</p>
      )}
      {finished.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Project badges">
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

const WORDS: Record<ProjectEvent['kind'], string> = { started: 'Started', passed: 'Passed step', revealed: 'Revealed step', finished: 'Finished' };

/** The history page's project timeline: starts, steps passed or revealed, finishes. */
export function ProjectHistory({ projects }: { projects: ProjectSummary[] }) {
  const state = useProjectProgress((s) => s.projects);
  const ready = useHydrated(useProjectProgress);
  const events = useMemo(() => projectEvents({ projects: state }, projects.map(shapeOf)), [projects, state]);
  const byId = useMemo(() => new Map(projects.map((p) => [p.id, p])), [projects]);
  if (!ready || events.length === 0) return null;
  return (
    <section aria-labelledby="project-history" className={`${CARD} mt-6`} data-testid="project-history">
      <h2 id="project-history" className="mb-2 font-semibold">
        Guided projects
      </h2>
      <ol className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
        {events.slice(0, 100).map((e) => {
          const project = byId.get(e.projectId)!;
          return (
            <li key={`${e.projectId}-${e.kind}-${e.step}`} className="flex flex-wrap gap-x-3 py-1.5">
              <time dateTime={new Date(e.at).toISOString()} className="w-40 shrink-0 text-slate-600 dark:text-slate-400">
                {new Date(e.at).toLocaleString()}
              </time>
              <span>
                {WORDS[e.kind]}
                {e.step >= 0 ? ` ${e.step + 1} (${project.stepTitles[e.step]}) of ` : ' '}
                <Link href={`/projects/${e.projectId}`} className="underline">
                  {project.title}
                </Link>
                {e.kind === 'finished' ? ' ★' : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

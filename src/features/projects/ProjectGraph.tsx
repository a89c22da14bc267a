'use client';
import Link from 'next/link';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslations } from 'use-intl';
import { layoutGraph, type GraphNode } from '@/core/projects/graph';
import type { ProjectsIndexData } from './data';
import type { ProjectView } from './use-project-states';

const NODE_W = 180;
const NODE_H = 56;
const COL_GAP = 48;
const ROW_GAP = 16;

const STATE_STYLE: Record<ProjectView['state'], string> = {
  done: 'border-brand-600 bg-brand-50 text-brand-800 dark:bg-brand-700/25 dark:text-brand-100',
  started: 'border-sky-600 bg-sky-50 text-sky-900 dark:bg-sky-900/40 dark:text-sky-100',
  open: 'border-slate-400 bg-white text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100',
  locked: 'border-dashed border-slate-400 bg-slate-50 text-slate-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-300',
};

/** A state mark that renders everywhere (no emoji font needed). */
export function StateMark({ state }: { state: ProjectView['state'] }) {
  if (state === 'locked') {
    return (
      <svg viewBox="0 0 16 16" className="inline size-3 align-[-1px]" aria-hidden="true">
        <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
    );
  }
  return <span aria-hidden="true">{state === 'done' ? '✓' : state === 'started' ? '◐' : '○'}</span>;
}

/**
 * The prerequisite map: each project right of the projects it requires, an
 * arrow from prerequisite to project, and for the project in focus the
 * lessons and projects it needs. One node is in the tab order; the arrow keys
 * move between nodes (left/right across columns, up/down within one), Enter
 * opens the project.
 */
export function ProjectGraph({ data, states, lessonDone }: { data: ProjectsIndexData; states: Record<string, ProjectView>; lessonDone(id: string): boolean }) {
  const layout = useMemo(() => layoutGraph(data.projects), [data]);
  const t = useTranslations('projects.ProjectGraph');
  const tp = useTranslations('projects');
  const [active, setActive] = useState(() => layout.nodes[0]?.id);
  const [hover, setHover] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLAnchorElement>());
  const byId = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);
  const projectById = useMemo(() => new Map(data.projects.map((p) => [p.id, p])), [data]);

  // Columns are centred on the tallest one.
  const rowsIn = (column: number) => layout.nodes.filter((n) => n.column === column).length;
  const position = (node: GraphNode) => {
    const offset = ((layout.rows - rowsIn(node.column)) * (NODE_H + ROW_GAP)) / 2;
    return { x: node.column * (NODE_W + COL_GAP), y: offset + node.row * (NODE_H + ROW_GAP) };
  };
  const width = layout.columns * (NODE_W + COL_GAP) - COL_GAP;
  const height = layout.rows * (NODE_H + ROW_GAP) - ROW_GAP;

  const move = (from: GraphNode, key: string): GraphNode | undefined => {
    const inColumn = (c: number) => layout.nodes.filter((n) => n.column === c).sort((a, b) => a.row - b.row);
    if (key === 'ArrowUp' || key === 'ArrowDown') {
      const column = inColumn(from.column);
      const index = column.indexOf(from) + (key === 'ArrowUp' ? -1 : 1);
      return column[Math.max(0, Math.min(column.length - 1, index))];
    }
    const step = key === 'ArrowLeft' ? -1 : 1;
    for (let c = from.column + step; c >= 0 && c < layout.columns; c += step) {
      const column = inColumn(c);
      if (column.length === 0) continue;
      const y = position(from).y;
      return column.reduce((best, n) => (Math.abs(position(n).y - y) < Math.abs(position(best).y - y) ? n : best));
    }
    return undefined;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const from = active ? byId.get(active) : undefined;
    if (!from) return;
    event.preventDefault();
    const to = event.key === 'Home' ? layout.nodes[0] : event.key === 'End' ? layout.nodes[layout.nodes.length - 1] : move(from, event.key);
    if (!to) return;
    setActive(to.id);
    refs.current.get(to.id)?.focus();
  };

  const shown = hover ?? active;
  const selected = shown ? projectById.get(shown) : undefined;
  const names = useMemo(() => Object.fromEntries(data.projects.map((p) => [p.id, p.title])), [data]);
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50/60 dark:border-slate-800 dark:bg-slate-900/30" data-testid="project-graph">
      <p id="graph-help" className="px-4 pt-3 text-xs text-slate-600 dark:text-slate-400">
        {t('help')}
      </p>
      <div className="overflow-x-auto p-4">
        <div role="group" aria-label={t('label')} aria-describedby="graph-help" className="relative mx-auto" style={{ width, height }} onKeyDown={onKeyDown}>
          <svg width={width} height={height} className="absolute inset-0" aria-hidden="true">
            <defs>
              <marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
                <path d="M0,0 L8,4 L0,8 z" className="fill-slate-400 dark:fill-slate-500" />
              </marker>
            </defs>
            {layout.edges.map((edge) => {
              const from = byId.get(edge.from);
              const to = byId.get(edge.to);
              if (!from || !to) return null;
              const a = position(from);
              const b = position(to);
              const x1 = a.x + NODE_W;
              const y1 = a.y + NODE_H / 2;
              const x2 = b.x - 2;
              const y2 = b.y + NODE_H / 2;
              const bend = Math.max(16, (x2 - x1) / 2);
              const highlighted = shown === edge.from || shown === edge.to;
              return (
                <path
                  key={`${edge.from}>${edge.to}`}
                  d={`M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`}
                  fill="none"
                  markerEnd="url(#arrow)"
                  className={highlighted ? 'stroke-brand-600' : 'stroke-slate-300 dark:stroke-slate-600'}
                  strokeWidth={highlighted ? 2.25 : 1.25}
                />
              );
            })}
          </svg>
          {layout.nodes.map((node) => {
            const { x, y } = position(node);
            const project = projectById.get(node.id)!;
            const view = states[node.id];
            const state = view?.state ?? 'locked';
            const lessonsDone = project.requires.lessons.filter(lessonDone).length;
            return (
              <Link
                key={node.id}
                ref={(element) => {
                  if (element) refs.current.set(node.id, element);
                  else refs.current.delete(node.id);
                }}
                href={`/projects/${project.id}`}
                tabIndex={node.id === active ? 0 : -1}
                onFocus={() => setActive(node.id)}
                onMouseEnter={() => setHover(node.id)}
                onMouseLeave={() => setHover(null)}
                aria-label={t('node', { title: project.title, state: tp(`states.${state}`), difficulty: tp(`difficulty.${project.difficulty}`), done: lessonsDone, total: project.requires.lessons.length })}
                data-node={node.id}
                data-state={state}
                className={`absolute flex flex-col justify-center rounded-md border px-2.5 text-left shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-slate-950 ${STATE_STYLE[state]} ${shown === node.id ? 'ring-1 ring-brand-600' : ''}`}
                style={{ left: x, top: y, width: NODE_W, height: NODE_H }}
              >
                <span className="truncate text-sm font-medium leading-tight">{project.title}</span>
                <span className="truncate text-xs">
                  <StateMark state={state} /> {state === 'started' ? t('steps', { done: view?.stepsDone ?? 0, total: project.stepCount }) : tp(`states.${state}`)} ·{' '}
                  {t('lessons', { done: lessonsDone, total: project.requires.lessons.length })}
                </span>
              </Link>
            );
          })}
        </div>
      </div>
      {selected ? (
        <div className="border-t border-slate-200 px-4 py-3 text-sm dark:border-slate-800" aria-live="polite" data-testid="graph-details">
          <p className="font-medium">
            {t('needs', { title: selected.title, projects: selected.requires.projects.length > 0 ? 'yes' : 'no' })}
          </p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {selected.requires.projects.map((id) => (
              <li key={id}>
                <span aria-hidden="true">{states[id]?.state === 'done' ? '✓ ' : '○ '}</span>
                <Link href={`/projects/${id}`} className="underline">
                  {tp('projectLink', { title: names[id] ?? id })}
                </Link>
                <span className="sr-only">{states[id]?.state === 'done' ? t('projectFinished') : t('projectNotFinished')}</span>
              </li>
            ))}
            {selected.requires.lessons.map((id) => (
              <li key={id}>
                <span aria-hidden="true">{lessonDone(id) ? '✓ ' : '○ '}</span>
                <Link href={`/learn/${id}`} className="underline">
                  {data.lessons[id]?.title ?? id}
                </Link>
                <span className="sr-only">{lessonDone(id) ? t('lessonDone') : t('lessonNotDone')}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

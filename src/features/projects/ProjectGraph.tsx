'use client';
import Link from 'next/link';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { layoutGraph, type GraphNode } from '@/core/projects/graph';
import type { ProjectsIndexData } from './data';
import type { ProjectView } from './use-project-states';

const NODE_W = 168;
const NODE_H = 52;
const COL_GAP = 56;
const ROW_GAP = 14;

const STATE_STYLE: Record<ProjectView['state'] | 'module-done' | 'module', string> = {
  done: 'border-brand-600 bg-brand-50 text-brand-800 dark:bg-brand-700/25 dark:text-brand-100',
  started: 'border-sky-600 bg-sky-50 text-sky-900 dark:bg-sky-900/40 dark:text-sky-100',
  open: 'border-slate-400 bg-white text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100',
  locked: 'border-dashed border-slate-300 bg-slate-50 text-slate-600 dark:border-slate-600 dark:bg-slate-900/60 dark:text-slate-400',
  'module-done': 'border-brand-600/60 bg-white text-slate-800 dark:bg-slate-900 dark:text-slate-200',
  module: 'border-slate-300 bg-slate-100 text-slate-700 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-300',
};

const STATE_MARK: Record<ProjectView['state'], string> = { done: '✓', started: '◐', open: '○', locked: '🔒' };
const STATE_WORD: Record<ProjectView['state'], string> = { done: 'done', started: 'in progress', open: 'open', locked: 'locked' };

/**
 * The prerequisite map: the curriculum modules whose lessons projects need on
 * the left, each project right of what it requires, arrows from prerequisite
 * to project. One node is in the tab order; the arrow keys move between nodes
 * (left/right across columns, up/down within one), Enter opens it.
 */
export function ProjectGraph({ data, states, lessonDone }: { data: ProjectsIndexData; states: Record<string, ProjectView>; lessonDone(id: string): boolean }) {
  const layout = useMemo(() => layoutGraph(data.projects, data.modules.map((m) => m.id)), [data]);
  const [active, setActive] = useState(() => layout.nodes.find((n) => n.kind === 'project')?.id ?? layout.nodes[0]?.id);
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

  // What each module node stands for: the lessons of that module some project requires.
  const moduleLessons = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const id of Object.keys(data.lessons)) {
      const moduleId = id.split('/')[0];
      map.set(moduleId, [...(map.get(moduleId) ?? []), id]);
    }
    return map;
  }, [data]);

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

  const lit = hover ?? null;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-slate-50/60 p-4 dark:border-slate-800 dark:bg-slate-900/30" data-testid="project-graph">
      <p id="graph-help" className="mb-3 text-xs text-slate-600 dark:text-slate-400">
        Arrows run from what you need to know to the project that needs it. Use the arrow keys to move around the map and Enter to open a project or lesson.
      </p>
      <div
        role="group"
        aria-label="Project prerequisite map"
        aria-describedby="graph-help"
        className="relative"
        style={{ width, height }}
        onKeyDown={onKeyDown}
      >
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
            const bend = Math.max(24, (x2 - x1) / 2);
            const highlighted = lit === edge.from || lit === edge.to;
            return (
              <path
                key={`${edge.from}>${edge.to}`}
                d={`M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`}
                fill="none"
                markerEnd="url(#arrow)"
                className={highlighted ? 'stroke-brand-600' : 'stroke-slate-300 dark:stroke-slate-600'}
                strokeWidth={highlighted ? 2 : 1.25}
              />
            );
          })}
        </svg>
        {layout.nodes.map((node) => {
          const { x, y } = position(node);
          let label: string;
          let detail: string;
          let style: string;
          let href: string;
          let description: string;
          if (node.kind === 'module') {
            const moduleId = node.id.slice('module:'.length);
            const lessons = moduleLessons.get(moduleId) ?? [];
            const done = lessons.filter(lessonDone).length;
            const name = data.modules.find((m) => m.id === moduleId)?.name ?? moduleId;
            const next = lessons.find((l) => !lessonDone(l)) ?? lessons[0];
            label = name;
            detail = `${done}/${lessons.length} lesson${lessons.length === 1 ? '' : 's'} done`;
            style = STATE_STYLE[done === lessons.length ? 'module-done' : 'module'];
            href = next ? `/learn/${next}` : '/learn';
            description = `${name} lessons: ${lessons.map((l) => data.lessons[l]?.title ?? l).join(', ')}. ${done} of ${lessons.length} done.`;
          } else {
            const project = projectById.get(node.id)!;
            const state = states[node.id]?.state ?? 'locked';
            label = project.title;
            detail = `${STATE_MARK[state]} ${state === 'started' ? `${states[node.id]?.stepsDone ?? 0}/${project.stepCount} steps` : STATE_WORD[state]}`;
            style = STATE_STYLE[state];
            href = `/projects/${project.id}`;
            description = `Project: ${project.title}, ${STATE_WORD[state]}, ${project.difficulty}.`;
          }
          return (
            <Link
              key={node.id}
              ref={(element) => {
                if (element) refs.current.set(node.id, element);
                else refs.current.delete(node.id);
              }}
              href={href}
              tabIndex={node.id === active ? 0 : -1}
              onFocus={() => {
                setActive(node.id);
                setHover(node.id);
              }}
              onBlur={() => setHover(null)}
              onMouseEnter={() => setHover(node.id)}
              onMouseLeave={() => setHover(null)}
              aria-label={description}
              data-node={node.id}
              data-state={node.kind === 'project' ? (states[node.id]?.state ?? 'locked') : undefined}
              className={`absolute flex flex-col justify-center rounded-md border px-2.5 text-left shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-slate-950 ${style} ${node.kind === 'project' ? 'font-medium' : ''}`}
              style={{ left: x, top: y, width: NODE_W, height: NODE_H }}
            >
              <span className="truncate text-sm leading-tight">{label}</span>
              <span className="truncate text-xs font-normal opacity-80">{detail}</span>
            </Link>
          );
        })}
      </div>
    </div>
  );
}

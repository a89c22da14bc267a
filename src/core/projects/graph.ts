/**
 * The prerequisite graph of the guided projects: which project is open,
 * locked or done for a learner, and where each node sits when drawn
 * (prerequisites to the left of what needs them).
 */

export interface ProjectNodeInput {
  id: string;
  requires: { lessons: string[]; projects: string[] };
}

/** A circle of project requirements ("a → b → a"), or null. */
export function projectCycle(projects: ProjectNodeInput[]): string[] | null {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const state = new Map<string, 'visiting' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return [...trail.slice(trail.indexOf(id)), id];
    state.set(id, 'visiting');
    trail.push(id);
    for (const next of byId.get(id)?.requires.projects ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    trail.pop();
    state.set(id, 'done');
    return null;
  };
  for (const project of projects) {
    const found = visit(project.id);
    if (found) return found;
  }
  return null;
}

export type ProjectState = 'done' | 'started' | 'open' | 'locked';

export interface ProjectStatus {
  state: ProjectState;
  /** Lessons required and not finished yet. */
  missingLessons: string[];
  /** Projects required and not finished yet. */
  missingProjects: string[];
}

export function projectStatus(
  project: ProjectNodeInput,
  lessonDone: (id: string) => boolean,
  projectDone: (id: string) => boolean,
  started: boolean,
): ProjectStatus {
  const missingLessons = project.requires.lessons.filter((id) => !lessonDone(id));
  const missingProjects = project.requires.projects.filter((id) => !projectDone(id));
  let state: ProjectState;
  if (projectDone(project.id)) state = 'done';
  else if (started) state = 'started';
  else state = missingLessons.length === 0 && missingProjects.length === 0 ? 'open' : 'locked';
  return { state, missingLessons, missingProjects };
}

export interface GraphNode {
  id: string;
  kind: 'module' | 'project';
  /** Column (0 = modules, then projects by how many projects lead to them). */
  column: number;
  /** Row within the column. */
  row: number;
}

export interface GraphEdge {
  from: string;
  to: string;
}

/**
 * Lays the graph out in columns: the modules whose lessons the projects
 * require on the left, then each project one column right of the deepest
 * project it requires. Module nodes are "module:<id>".
 */
export function layoutGraph(projects: ProjectNodeInput[], moduleOrder: string[]): { nodes: GraphNode[]; edges: GraphEdge[]; columns: number; rows: number } {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string> = new Set()): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 1;
    seen.add(id);
    const requires = byId.get(id)?.requires.projects.filter((p) => byId.has(p)) ?? [];
    const value = 1 + Math.max(0, ...requires.map((p) => depthOf(p, seen)));
    depth.set(id, value);
    return value;
  };
  const usedModules = new Set(projects.flatMap((p) => p.requires.lessons.map((l) => l.split('/')[0])));
  const modules = moduleOrder.filter((m) => usedModules.has(m));
  const nodes: GraphNode[] = modules.map((m, row) => ({ id: `module:${m}`, kind: 'module', column: 0, row }));
  const rowsPerColumn = new Map<number, number>();
  for (const project of projects) {
    const column = depthOf(project.id);
    const row = rowsPerColumn.get(column) ?? 0;
    rowsPerColumn.set(column, row + 1);
    nodes.push({ id: project.id, kind: 'project', column, row });
  }
  const edges: GraphEdge[] = [];
  for (const project of projects) {
    const fromModules = [...new Set(project.requires.lessons.map((l) => l.split('/')[0]))];
    for (const m of fromModules) edges.push({ from: `module:${m}`, to: project.id });
    for (const p of project.requires.projects) if (byId.has(p)) edges.push({ from: p, to: project.id });
  }
  const columns = 1 + Math.max(0, ...nodes.map((n) => n.column));
  const rows = Math.max(modules.length, ...[...rowsPerColumn.values()]);
  return { nodes, edges, columns, rows };
}

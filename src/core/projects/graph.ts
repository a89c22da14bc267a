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
  /** Column: 0 for projects that need no other project, then one right of the deepest project required. */
  column: number;
  /** Row within the column. */
  row: number;
}

export interface GraphEdge {
  from: string;
  to: string;
}

/**
 * Lays the projects out in columns, each one right of the deepest project it
 * requires, with an edge from every required project to the one needing it.
 * (Lessons, the other prerequisites, are listed per project beside the map.)
 */
export function layoutGraph(projects: ProjectNodeInput[]): { nodes: GraphNode[]; edges: GraphEdge[]; columns: number; rows: number } {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string> = new Set()): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const requires = byId.get(id)?.requires.projects.filter((p) => byId.has(p)) ?? [];
    const value = requires.length === 0 ? 0 : 1 + Math.max(...requires.map((p) => depthOf(p, seen)));
    depth.set(id, value);
    return value;
  };
  const nodes: GraphNode[] = [];
  const rowsPerColumn = new Map<number, number>();
  for (const project of projects) {
    const column = depthOf(project.id);
    const row = rowsPerColumn.get(column) ?? 0;
    rowsPerColumn.set(column, row + 1);
    nodes.push({ id: project.id, column, row });
  }
  const edges: GraphEdge[] = projects.flatMap((project) => project.requires.projects.filter((p) => byId.has(p)).map((p) => ({ from: p, to: project.id })));
  const columns = nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((n) => n.column));
  const rows = Math.max(0, ...rowsPerColumn.values());
  return { nodes, edges, columns, rows };
}

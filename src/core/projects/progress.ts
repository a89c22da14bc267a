/**
 * The rules of a learner's progress through guided projects: start, keep the
 * code, pass or reveal a step (which unlocks the next), finish. Pure
 * functions over ProjectProgressState; the store calls them.
 */
import { ProjectProgress, ProjectProgressState, StepProgress } from '../schemas/project-progress';

export { ProjectProgress, ProjectProgressState, StepProgress };

export const EMPTY_PROJECT_PROGRESS: ProjectProgressState = { projects: {} };

/** What these rules need to know about a project. */
export interface ProjectShape {
  id: string;
  starterCode: string;
  steps: ReadonlyArray<{ id: string }>;
}

const NEW_STEP: StepProgress = { passedAt: null, revealedAt: null, checks: 0, hintsShown: 0 };

export function stepDone(progress: ProjectProgress | undefined, stepId: string): boolean {
  const step = progress?.steps[stepId];
  return !!step && (step.passedAt !== null || step.revealedAt !== null);
}

/** How many steps are passed or revealed. */
export function stepsDone(project: ProjectShape, progress: ProjectProgress | undefined): number {
  return project.steps.filter((step) => stepDone(progress, step.id)).length;
}

/** The last step the learner may open (0-based): the first not done yet, or the last. */
export function lastUnlocked(project: ProjectShape, progress: ProjectProgress | undefined): number {
  const index = project.steps.findIndex((step) => !stepDone(progress, step.id));
  return index === -1 ? project.steps.length - 1 : index;
}

/** When the project was finished (every step passed or revealed), or null. Two merged copies may finish it together. */
export function finishedAt(project: ProjectShape, progress: ProjectProgress | undefined): number | null {
  if (!progress) return null;
  if (progress.finishedAt !== null) return progress.finishedAt;
  if (!project.steps.every((step) => stepDone(progress, step.id))) return null;
  return Math.max(...project.steps.map((step) => Math.min(progress.steps[step.id].passedAt ?? Infinity, progress.steps[step.id].revealedAt ?? Infinity)));
}

export function startProject(state: ProjectProgressState, project: ProjectShape, now: number, locked = false): ProjectProgressState {
  if (state.projects[project.id]) return state;
  const fresh: ProjectProgress = { startedAt: now, updatedAt: now, current: 0, code: project.starterCode, blocks: null, steps: {}, finishedAt: null, startedLocked: locked };
  return { projects: { ...state.projects, [project.id]: fresh } };
}

function update(state: ProjectProgressState, id: string, change: (p: ProjectProgress) => ProjectProgress): ProjectProgressState {
  const current = state.projects[id];
  if (!current) return state;
  return { projects: { ...state.projects, [id]: change(current) } };
}

function updateStep(progress: ProjectProgress, stepId: string, change: (s: StepProgress) => StepProgress): ProjectProgress {
  return { ...progress, steps: { ...progress.steps, [stepId]: change(progress.steps[stepId] ?? NEW_STEP) } };
}

function finishIfDone(project: ProjectShape, progress: ProjectProgress, now: number): ProjectProgress {
  if (progress.finishedAt !== null) return progress;
  return project.steps.every((step) => stepDone(progress, step.id)) ? { ...progress, finishedAt: now } : progress;
}

export function saveCode(state: ProjectProgressState, id: string, code: string, now: number): ProjectProgressState {
  if (state.projects[id]?.code === code) return state;
  return update(state, id, (p) => ({ ...p, code, updatedAt: now }));
}

/** Keep a block program and the Python generated from it; `blocks: null` leaves block mode (the Python stays as text). */
export function saveBlocks(state: ProjectProgressState, id: string, code: string, blocks: string | null, now: number): ProjectProgressState {
  const current = state.projects[id];
  if (!current || (current.code === code && current.blocks === blocks)) return state;
  return update(state, id, (p) => ({ ...p, code, blocks, updatedAt: now }));
}

/** Open a step; a step past the last unlocked one stays closed. */
export function openStep(state: ProjectProgressState, project: ProjectShape, index: number): ProjectProgressState {
  const progress = state.projects[project.id];
  if (!progress || index < 0 || index > lastUnlocked(project, progress) || index === progress.current) return state;
  return update(state, project.id, (p) => ({ ...p, current: index }));
}

/** A Submit of step `index`: counted, and when every test passed, the step is passed (and the next unlocked). */
export function recordCheck(state: ProjectProgressState, project: ProjectShape, index: number, passed: boolean, now: number): ProjectProgressState {
  const step = project.steps[index];
  if (!step) return state;
  return update(state, project.id, (p) => {
    const next = updateStep({ ...p, updatedAt: now }, step.id, (s) => ({ ...s, checks: s.checks + 1, passedAt: s.passedAt ?? (passed ? now : null) }));
    return finishIfDone(project, next, now);
  });
}

/** The learner revealed step `index`'s reference: it becomes their code, and the step counts as done (revealed). */
export function revealStep(state: ProjectProgressState, project: ProjectShape, index: number, reference: string, now: number): ProjectProgressState {
  const step = project.steps[index];
  if (!step) return state;
  return update(state, project.id, (p) => {
    const next = updateStep({ ...p, code: reference, blocks: null, updatedAt: now }, step.id, (s) => ({ ...s, revealedAt: s.revealedAt ?? now }));
    return finishIfDone(project, next, now);
  });
}

export function showHint(state: ProjectProgressState, id: string, stepId: string, count: number): ProjectProgressState {
  return update(state, id, (p) => updateStep(p, stepId, (s) => ({ ...s, hintsShown: Math.max(s.hintsShown, Math.min(5, count)) })));
}

/** Start again from the starter code; what was passed stays in the record. */
export function restartProject(state: ProjectProgressState, project: ProjectShape, now: number): ProjectProgressState {
  return update(state, project.id, (p) => ({ ...p, code: project.starterCode, blocks: null, current: 0, updatedAt: now }));
}

export interface ProjectEvent {
  at: number;
  projectId: string;
  /** 0-based step, or -1 for the whole project. */
  step: number;
  kind: 'started' | 'passed' | 'revealed' | 'finished';
}

/** Every dated event in the record, newest first (for history). */
export function projectEvents(state: ProjectProgressState, projects: readonly ProjectShape[]): ProjectEvent[] {
  const events: ProjectEvent[] = [];
  for (const project of projects) {
    const p = state.projects[project.id];
    if (!p) continue;
    events.push({ at: p.startedAt, projectId: project.id, step: -1, kind: 'started' });
    project.steps.forEach((step, index) => {
      const s = p.steps[step.id];
      if (s?.passedAt != null) events.push({ at: s.passedAt, projectId: project.id, step: index, kind: 'passed' });
      if (s?.revealedAt != null) events.push({ at: s.revealedAt, projectId: project.id, step: index, kind: 'revealed' });
    });
    const finished = finishedAt(project, p);
    if (finished !== null) events.push({ at: finished, projectId: project.id, step: -1, kind: 'finished' });
  }
  // Newest first; at the same moment the later step first, and finishing above the step that finished it.
  const rank = (e: ProjectEvent) => (e.kind === 'finished' ? 99 : e.step);
  return events.sort((a, b) => b.at - a.at || rank(b) - rank(a));
}

export function migrateProjectProgress(persisted: unknown): ProjectProgressState {
  const parsed = ProjectProgressState.safeParse(persisted);
  if (parsed.success) return parsed.data;
  const source = (typeof persisted === 'object' && persisted !== null ? (persisted as { projects?: unknown }).projects : null) ?? {};
  const projects: Record<string, ProjectProgress> = {};
  if (typeof source === 'object' && source !== null) {
    for (const [id, value] of Object.entries(source)) {
      const one = ProjectProgress.safeParse(value);
      if (one.success && ProjectProgressState.shape.projects.safeParse({ [id]: one.data }).success) projects[id] = one.data;
    }
  }
  return { projects };
}

const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/** Two copies (two tabs, a backup): per project keep what either knows; the newer copy's code (and blocks) and place win. */
export function mergeProjectProgress(a: ProjectProgressState, b: ProjectProgressState): ProjectProgressState {
  const projects: Record<string, ProjectProgress> = { ...a.projects };
  for (const [id, theirs] of Object.entries(b.projects)) {
    const ours = projects[id];
    if (!ours) {
      projects[id] = theirs;
      continue;
    }
    const newer = theirs.updatedAt > ours.updatedAt ? theirs : ours;
    const steps: Record<string, StepProgress> = { ...ours.steps };
    for (const [stepId, s] of Object.entries(theirs.steps)) {
      const o = steps[stepId];
      steps[stepId] = o
        ? { passedAt: earliest(o.passedAt, s.passedAt), revealedAt: earliest(o.revealedAt, s.revealedAt), checks: Math.max(o.checks, s.checks), hintsShown: Math.max(o.hintsShown, s.hintsShown) }
        : s;
    }
    projects[id] = {
      startedAt: Math.min(ours.startedAt, theirs.startedAt),
      updatedAt: newer.updatedAt,
      current: newer.current,
      code: newer.code,
      blocks: newer.blocks,
      steps,
      finishedAt: earliest(ours.finishedAt, theirs.finishedAt),
      startedLocked: ours.startedLocked && theirs.startedLocked,
    };
  }
  return { projects };
}

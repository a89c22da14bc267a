export { Workspace } from './Workspace';
export { ProblemWorkspace, type LoadedProblem, type WorkspaceSlots } from './ProblemWorkspace';
export type { AttemptOutcome, Leaving } from './use-attempt';
// Kept for pages that still import it from here; it lives in the shell.
export { useHydrated } from '@/features/shell';

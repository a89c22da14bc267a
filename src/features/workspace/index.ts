export { Workspace } from './Workspace';
export { ProblemWorkspace, type LoadedProblem, type WorkspaceSlots } from './ProblemWorkspace';
export type { AttemptOutcome, Leaving } from './use-attempt';
// Building blocks another workspace (guided projects) composes.
export { CodeEditor } from './CodeEditor';
export { useCodeHandle, type CodeHandle } from './code-handle';
export { usePrepareOnWork, useRunner, type Runner } from './use-runner';
export { ResultsTabs } from './ResultsTabs';
export { Splitter } from './Splitter';
export { BUTTON, QUIET } from './WorkspaceToolbar';
// Kept for pages that still import it from here; it lives in the shell.
export { useHydrated } from '@/features/shell';
// A shared solution shows the same output and comparison.
export { OutputPanel } from './OutputPanel';
export { CompareView } from './Solved';

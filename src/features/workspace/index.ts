export { Workspace } from './Workspace';
export { Markdown } from './Markdown';
export { useHydrated } from './use-hydrated';

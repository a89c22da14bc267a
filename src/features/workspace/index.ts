export { Workspace } from './Workspace';
export { useHydrated } from './use-hydrated';

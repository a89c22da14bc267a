export { Workspace } from './Workspace';
export { Markdown } from './Markdown';

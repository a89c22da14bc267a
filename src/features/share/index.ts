export { SharePage } from './SharePage';
export { ShareProblemButton, SharePackButton } from './ShareButtons';

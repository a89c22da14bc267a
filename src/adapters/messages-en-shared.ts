/**
 * The English words every page needs, bundled with the app shell: the shell
 * itself, page titles, problem lists. A feature's words (the workspace's,
 * lessons', projects', AI's…) come with the pages that show that feature
 * (`PageMessages` in the shell); `MESSAGES_EN` in messages-en.ts is the whole
 * catalogue, for types, tests and scripts.
 */
import common from '../../data/messages/en/common.json';
import shell from '../../data/messages/en/shell.json';
import pages from '../../data/messages/en/pages.json';
import progress from '../../data/messages/en/progress.json';
import catalog from '../../data/messages/en/catalog.json';
import content from '../../data/messages/en/content.json';

export const SHARED_MESSAGES_EN = { common, shell, pages, content, catalog, progress };

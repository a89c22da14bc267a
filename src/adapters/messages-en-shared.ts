/**
 * The English words every page needs, bundled with the app shell. The words
 * of a single page (help, dashboard, usage, history) are bundled with that
 * page instead (`PageMessages` in the shell); `MESSAGES_EN` in messages-en.ts
 * is the whole catalogue, for types, tests and scripts.
 */
import common from '../../data/messages/en/common.json';
import shell from '../../data/messages/en/shell.json';
import pages from '../../data/messages/en/pages.json';
import settings from '../../data/messages/en/settings.json';
import workspace from '../../data/messages/en/workspace.json';
import runtime from '../../data/messages/en/runtime.json';
import blocks from '../../data/messages/en/blocks.json';
import progress from '../../data/messages/en/progress.json';
import catalog from '../../data/messages/en/catalog.json';
import picker from '../../data/messages/en/picker.json';
import modules from '../../data/messages/en/modules.json';
import auto from '../../data/messages/en/auto.json';
import lessons from '../../data/messages/en/lessons.json';
import projects from '../../data/messages/en/projects.json';
import ai from '../../data/messages/en/ai.json';
import errors from '../../data/messages/en/errors.json';
import content from '../../data/messages/en/content.json';
import visualiser from '../../data/messages/en/visualiser.json';
import share from '../../data/messages/en/share.json';
import offline from '../../data/messages/en/offline.json';
import growth from '../../data/messages/en/growth.json';

export const SHARED_MESSAGES_EN = { common, shell, pages, settings, workspace, runtime, blocks, progress, catalog, picker, modules, auto, lessons, projects, ai, errors, content, visualiser, share, offline, growth };

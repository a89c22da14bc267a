/**
 * The English catalogue: one JSON file per namespace in data/messages/en/.
 * Add a namespace here and in the other language's file (a test checks both match).
 */
import common from '../../data/messages/en/common.json';
import shell from '../../data/messages/en/shell.json';
import pages from '../../data/messages/en/pages.json';
import help from '../../data/messages/en/help.json';
import settings from '../../data/messages/en/settings.json';
import workspace from '../../data/messages/en/workspace.json';
import runtime from '../../data/messages/en/runtime.json';
import blocks from '../../data/messages/en/blocks.json';
import dashboard from '../../data/messages/en/dashboard.json';
import progress from '../../data/messages/en/progress.json';
import catalog from '../../data/messages/en/catalog.json';
import picker from '../../data/messages/en/picker.json';
import modules from '../../data/messages/en/modules.json';
import history from '../../data/messages/en/history.json';
import usage from '../../data/messages/en/usage.json';
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

export const MESSAGES_EN = { common, shell, pages, help, settings, workspace, runtime, blocks, dashboard, progress, catalog, picker, modules, history, usage, auto, lessons, projects, ai, errors, content, visualiser, share, offline, growth };

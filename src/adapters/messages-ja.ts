/**
 * The Japanese catalogue: one JSON file per namespace in data/messages/ja/.
 * Add a namespace here and in the other language's file (a test checks both match).
 */
import common from '../../data/messages/ja/common.json';
import shell from '../../data/messages/ja/shell.json';
import pages from '../../data/messages/ja/pages.json';
import help from '../../data/messages/ja/help.json';
import settings from '../../data/messages/ja/settings.json';
import workspace from '../../data/messages/ja/workspace.json';
import runtime from '../../data/messages/ja/runtime.json';
import blocks from '../../data/messages/ja/blocks.json';
import dashboard from '../../data/messages/ja/dashboard.json';
import progress from '../../data/messages/ja/progress.json';
import catalog from '../../data/messages/ja/catalog.json';
import picker from '../../data/messages/ja/picker.json';
import modules from '../../data/messages/ja/modules.json';
import history from '../../data/messages/ja/history.json';
import usage from '../../data/messages/ja/usage.json';
import auto from '../../data/messages/ja/auto.json';
import lessons from '../../data/messages/ja/lessons.json';
import projects from '../../data/messages/ja/projects.json';
import ai from '../../data/messages/ja/ai.json';
import errors from '../../data/messages/ja/errors.json';
import content from '../../data/messages/ja/content.json';
import visualiser from '../../data/messages/ja/visualiser.json';
import share from '../../data/messages/ja/share.json';
import offline from '../../data/messages/ja/offline.json';
import growth from '../../data/messages/ja/growth.json';

export const MESSAGES_JA = { common, shell, pages, help, settings, workspace, runtime, blocks, dashboard, progress, catalog, picker, modules, history, usage, auto, lessons, projects, ai, errors, content, visualiser, share, offline, growth };

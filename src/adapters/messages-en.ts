/**
 * The whole English catalogue: one JSON file per namespace in data/messages/en/.
 * Add a namespace here and in the other language's file (a test checks both match).
 * The app itself bundles only the shared part (messages-en-shared.ts) with every
 * page; a feature's or a page's namespace comes with the pages that show it.
 */
import { SHARED_MESSAGES_EN } from './messages-en-shared';
import settings from '../../data/messages/en/settings.json';
import workspace from '../../data/messages/en/workspace.json';
import runtime from '../../data/messages/en/runtime.json';
import blocks from '../../data/messages/en/blocks.json';
import picker from '../../data/messages/en/picker.json';
import modules from '../../data/messages/en/modules.json';
import auto from '../../data/messages/en/auto.json';
import lessons from '../../data/messages/en/lessons.json';
import projects from '../../data/messages/en/projects.json';
import ai from '../../data/messages/en/ai.json';
import errors from '../../data/messages/en/errors.json';
import visualiser from '../../data/messages/en/visualiser.json';
import share from '../../data/messages/en/share.json';
import growth from '../../data/messages/en/growth.json';
import help from '../../data/messages/en/help.json';
import dashboard from '../../data/messages/en/dashboard.json';
import usage from '../../data/messages/en/usage.json';
import history from '../../data/messages/en/history.json';
import offline from '../../data/messages/en/offline.json';

export const MESSAGES_EN = { ...SHARED_MESSAGES_EN, settings, workspace, runtime, blocks, picker, modules, auto, lessons, projects, ai, errors, visualiser, share, growth, help, dashboard, usage, history, offline };

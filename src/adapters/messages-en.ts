/**
 * The whole English catalogue: one JSON file per namespace in data/messages/en/.
 * Add a namespace here and in the other language's file (a test checks both match).
 * The app itself bundles only the shared part (messages-en-shared.ts) with every
 * page; a page-only namespace comes with its page.
 */
import { SHARED_MESSAGES_EN } from './messages-en-shared';
import help from '../../data/messages/en/help.json';
import dashboard from '../../data/messages/en/dashboard.json';
import usage from '../../data/messages/en/usage.json';
import history from '../../data/messages/en/history.json';

export const MESSAGES_EN = { ...SHARED_MESSAGES_EN, help, dashboard, usage, history };

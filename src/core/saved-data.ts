/**
 * What each place PyDojo saves data in the browser holds, as a code the
 * interface names in the learner's words (`shell.savedData.<code>`). Notices
 * about saved data (damaged, or storage full) name it from this one table and
 * never show a storage key. A test checks that every persisted store has an
 * entry.
 */
export const SAVED_DATA_NAMES = {
  'pydojo:settings': 'settings',
  'pydojo:progress': 'progress',
  'pydojo:history': 'history',
  'pydojo:stats': 'stats',
  'pydojo:drafts': 'drafts',
  'pydojo:packs': 'packs',
  'pydojo:mastery': 'mastery',
  'pydojo:reviews': 'reviews',
  'pydojo:achievements': 'achievements',
  'pydojo:auto-runs': 'autoRuns',
  'pydojo:tutor': 'tutor',
  'pydojo:usage': 'usage',
  'pydojo:lesson-progress': 'lessonProgress',
  'pydojo:project-progress': 'projectProgress',
  'pydojo:active-time': 'activeTime',
  'pydojo:gemini-key': 'geminiKey',
} as const satisfies Record<string, string>;

/** What a saved-data code names; `other` for a key missing from the table (still never shown). */
export type SavedDataName = (typeof SAVED_DATA_NAMES)[keyof typeof SAVED_DATA_NAMES] | 'other';

/** The code for what is saved under `key`. */
export function savedDataName(key: string): SavedDataName {
  return (SAVED_DATA_NAMES as Readonly<Record<string, SavedDataName>>)[key] ?? 'other';
}

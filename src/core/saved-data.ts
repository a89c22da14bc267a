/**
 * What each place PyDojo saves data in the browser holds, in the learner's
 * words. Notices about saved data (damaged, or storage full) name it from
 * this one table and never show a storage key. A test checks that every
 * persisted store has an entry.
 */
export const SAVED_DATA_NAMES: Readonly<Record<string, string>> = {
  'pydojo:settings': 'your settings',
  'pydojo:progress': 'your progress on each problem',
  'pydojo:history': 'your practice history',
  'pydojo:stats': 'your statistics',
  'pydojo:drafts': 'your code drafts',
  'pydojo:packs': 'your imported problem packs',
  'pydojo:mastery': 'your mastery levels',
  'pydojo:reviews': 'your review schedule',
  'pydojo:achievements': 'your badges',
  'pydojo:auto-runs': 'your auto runs',
  'pydojo:tutor': 'your tutor conversations',
  'pydojo:usage': 'your AI usage record',
  'pydojo:lesson-progress': 'your progress through the lessons',
  'pydojo:project-progress': 'your guided projects: code and steps done',
  'pydojo:active-time': 'your time spent learning and practising',
  'pydojo:gemini-key': 'your Gemini API key',
};

/** The learner's name for what is saved under `key`; a key missing from the table is still not shown. */
export function savedDataName(key: string): string {
  return SAVED_DATA_NAMES[key] ?? 'other saved data';
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

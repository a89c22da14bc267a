/**
 * What the storage notices say (pure): damaged saved data is reported in
 * one notice however many stores it hit, each named from the one table of
 * saved-data names; a full storage gets a notice per store it stopped.
 */
import type { StorageIssue } from '@/adapters/durable-storage';
import { listInWords, savedDataName } from '@/core/saved-data';

/** One damaged store: its name for the learner and where its damaged copy is kept (null when there was no room). */
export interface DamagedItem {
  key: string;
  name: string;
  recoveryKey: string | null;
}

export interface NoticeGroups {
  /** Every damaged store, for one grouped notice (in the order they were found). */
  damaged: DamagedItem[];
  /** Storage-full issues, one notice each. */
  full: Array<StorageIssue & { name: string }>;
}

export function groupIssues(issues: readonly StorageIssue[]): NoticeGroups {
  const damaged: DamagedItem[] = [];
  const full: NoticeGroups['full'] = [];
  for (const issue of issues) {
    const name = savedDataName(issue.key);
    if (issue.kind === 'corrupted') {
      if (!damaged.some((d) => d.key === issue.key)) damaged.push({ key: issue.key, name, recoveryKey: issue.recoveryKey });
    } else {
      full.push({ ...issue, name });
    }
  }
  return { damaged, full };
}

/** The grouped notice's text for the damaged stores. */
export function damagedMessage(damaged: readonly DamagedItem[]): string {
  const names = listInWords(damaged.map((d) => d.name));
  const kept = damaged.filter((d) => d.recoveryKey !== null).length;
  const copies =
    kept === 0
      ? 'There was no room to keep the damaged data.'
      : kept === damaged.length
        ? damaged.length === 1
          ? 'The damaged data is kept for you to download.'
          : 'The damaged data of each is kept for you to download.'
        : 'The damaged data is kept for you to download where there was room for it.';
  const subject = damaged.length === 1 ? `The saved copy of ${names} was` : `The saved copies of ${names} were`;
  return `${subject} damaged and could not be read, so ${damaged.length === 1 ? 'it' : 'they'} started fresh. Everything else is unchanged. ${copies}`;
}

/** The notice for one storage-full issue. */
export function fullMessage(issue: StorageIssue & { name: string }): string {
  return issue.saved
    ? `Browser storage is full: PyDojo removed your oldest history to keep saving ${issue.name}. Your statistics and drafts are kept.`
    : `Browser storage is full: ${issue.name} could not be saved. Export a backup, then free some space.`;
}

/** A file name for a damaged copy's download: "pydojo-mastery-damaged.json". */
export function downloadName(key: string): string {
  return `${key.replace(/[^a-z0-9]+/gi, '-')}-damaged.json`;
}

/**
 * What the storage notices say (pure): damaged saved data is reported in
 * one notice however many stores it hit, each named from the one table of
 * saved-data names; a full storage gets a notice per store it stopped.
 * The words are in the `shell.storageNotices` and `shell.savedData` messages.
 */
import type { useTranslations } from 'use-intl';
import type { StorageIssue } from '@/adapters/durable-storage';
import { savedDataName, type SavedDataName } from '@/core/saved-data';

/** One damaged store: what it holds and where its damaged copy is kept (null when there was no room). */
export interface DamagedItem {
  key: string;
  name: SavedDataName;
  recoveryKey: string | null;
}

export interface NoticeGroups {
  /** Every damaged store, for one grouped notice (in the order they were found). */
  damaged: DamagedItem[];
  /** Storage-full issues, one notice each. */
  full: Array<StorageIssue & { name: SavedDataName }>;
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

/** Whether the damaged copies were kept for download: all of them, some, or none (no room). */
export function keptCopies(damaged: readonly DamagedItem[]): 'all' | 'some' | 'none' {
  const kept = damaged.filter((d) => d.recoveryKey !== null).length;
  return kept === 0 ? 'none' : kept === damaged.length ? 'all' : 'some';
}

/** The `shell` messages, from `useTranslations('shell')`. */
export type ShellWords = ReturnType<typeof useTranslations<'shell'>>;

/** "a", "a and b", "a, b and c", each named in the learner's words. */
export function namesInWords(t: ShellWords, names: readonly SavedDataName[]): string {
  const words = names.map((name) => t(`savedData.${name}`));
  if (words.length <= 1) return words[0] ?? '';
  return t('storageNotices.list', { items: words.slice(0, -1).join(t('storageNotices.listSeparator')), last: words[words.length - 1] });
}

/** The grouped notice's text for the damaged stores. */
export function damagedText(t: ShellWords, damaged: readonly DamagedItem[]): string {
  return t('storageNotices.damaged', { count: damaged.length, names: namesInWords(t, damaged.map((d) => d.name)), kept: keptCopies(damaged) });
}

/** The notice for one storage-full issue. */
export function fullText(t: ShellWords, issue: StorageIssue & { name: SavedDataName }): string {
  return t(issue.saved ? 'storageNotices.fullSaved' : 'storageNotices.fullNotSaved', { name: t(`savedData.${issue.name}`) });
}

/** A file name for a damaged copy's download: "pydojo-mastery-damaged.json". */
export function downloadName(key: string): string {
  return `${key.replace(/[^a-z0-9]+/gi, '-')}-damaged.json`;
}

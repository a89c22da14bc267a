import { createTranslator } from 'use-intl';
import { describe, expect, it } from 'vitest';
import { RECOVERY_PREFIX, type StorageIssue } from '@/adapters/durable-storage';
import { MESSAGES_EN } from '@/adapters/messages-en';
import { MESSAGES_JA } from '@/adapters/messages-ja';
import { damagedText, downloadName, fullText, groupIssues, keptCopies, type ShellWords } from './storage-notices';

const STORE_KEYS = ['pydojo:progress', 'pydojo:history', 'pydojo:stats', 'pydojo:drafts', 'pydojo:mastery', 'pydojo:reviews', 'pydojo:auto-runs'];
const damaged = (key: string, kept = true): StorageIssue => ({ kind: 'corrupted', key, recoveryKey: kept ? `${RECOVERY_PREFIX}${key}` : null, saved: false, at: 1 });
const en = createTranslator({ locale: 'en', messages: MESSAGES_EN, namespace: 'shell' }) as unknown as ShellWords;
const ja = createTranslator({ locale: 'ja', messages: MESSAGES_JA, namespace: 'shell' }) as unknown as ShellWords;

describe('storage notices', () => {
  it('groups seven damaged stores into one notice that names each in words, with a download for each', () => {
    const groups = groupIssues(STORE_KEYS.map((key) => damaged(key)));
    expect(groups.full).toEqual([]);
    expect(groups.damaged).toHaveLength(7);
    expect(groups.damaged.map((d) => d.name)).toEqual(['progress', 'history', 'stats', 'drafts', 'mastery', 'reviews', 'autoRuns']);
    expect(groups.damaged.every((d) => d.recoveryKey === `${RECOVERY_PREFIX}${d.key}`)).toBe(true);
    expect(keptCopies(groups.damaged)).toBe('all');
    const text = damagedText(en, groups.damaged);
    expect(text).toBe(
      'The saved copies of your progress on each problem, your practice history, your statistics, your code drafts, your mastery levels, your review schedule and your auto runs were damaged and could not be read, so they started fresh. Everything else is unchanged. The damaged data of each is kept for you to download.',
    );
    expect(text).not.toMatch(/pydojo:/);
    expect(damagedText(ja, groups.damaged)).toBe(
      '各問題の進み具合、練習の履歴、統計、コードの下書き、習熟度、復習の予定とオートモードの記録の保存データが壊れていて読み込めなかったため、最初からやり直しました。ほかのデータはそのままです。それぞれの壊れたデータはダウンロードできるように残してあります。',
    );
  });

  it('never shows a storage key, even for a store missing from the table', () => {
    const groups = groupIssues([damaged('pydojo:mastery'), damaged('pydojo:something-new')]);
    expect(groups.damaged.map((d) => d.name)).toEqual(['mastery', 'other']);
    const text = damagedText(en, groups.damaged);
    expect(text).toContain('your mastery levels and other saved data');
    expect(text).not.toMatch(/pydojo/);
  });

  it('reports one damaged store in the singular, and says when there was no room for the copy', () => {
    expect(damagedText(en, groupIssues([damaged('pydojo:progress')]).damaged)).toBe(
      'The saved copy of your progress on each problem was damaged and could not be read, so it started fresh. Everything else is unchanged. The damaged data is kept for you to download.',
    );
    const none = groupIssues([damaged('pydojo:stats', false)]).damaged;
    expect(keptCopies(none)).toBe('none');
    expect(damagedText(en, none)).toContain('There was no room to keep the damaged data.');
    const some = groupIssues([damaged('pydojo:stats', false), damaged('pydojo:history')]).damaged;
    expect(keptCopies(some)).toBe('some');
    expect(damagedText(en, some)).toContain('where there was room for it');
  });

  it('lists a store once, however often it was reported', () => {
    expect(groupIssues([damaged('pydojo:history'), damaged('pydojo:history')]).damaged).toHaveLength(1);
  });

  it('keeps storage-full warnings apart, named in words', () => {
    const groups = groupIssues([damaged('pydojo:stats'), { kind: 'quota', key: 'pydojo:history', recoveryKey: null, saved: true, at: 2 }]);
    expect(groups.damaged.map((d) => d.key)).toEqual(['pydojo:stats']);
    expect(groups.full).toHaveLength(1);
    expect(fullText(en, groups.full[0])).toBe('Browser storage is full: PyDojo removed your oldest history to keep saving your practice history. Your statistics and drafts are kept.');
    expect(fullText(en, { ...groups.full[0], saved: false })).toBe('Browser storage is full: your practice history could not be saved. Export a backup, then free some space.');
  });

  it('names downloads after the store', () => {
    expect(downloadName('pydojo:progress')).toBe('pydojo-progress-damaged.json');
  });
});

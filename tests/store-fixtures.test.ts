/**
 * Saved data from every released store version must load. Each version's
 * fixture is what that version wrote to localStorage; add one per version bump.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/adapters/storage';
import { createDraftsStore } from '@/stores/drafts';
import { createHistoryStore } from '@/stores/history';
import { createPacksStore } from '@/stores/packs';
import { createProgressStore } from '@/stores/progress';
import { createSettingsStore } from '@/stores/settings';
import { createStatsStore } from '@/stores/stats';
import { createAchievementsStore } from '@/stores/achievements';
import { createAutoRunsStore } from '@/stores/auto-runs';
import { createMasteryStore } from '@/stores/mastery';
import { createReviewsStore } from '@/stores/reviews';
import { createTutorStore } from '@/stores/tutor';
import { createUsageStore } from '@/stores/usage';

const VERSIONS = ['v1'];

for (const version of VERSIONS) {
  const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/stores', `${version}.json`), 'utf8')) as Record<string, unknown>;
  const storage = () => memoryStorage(Object.fromEntries(Object.entries(fixture).map(([k, v]) => [k, JSON.stringify(v)])));

  describe(`stores written by ${version}`, () => {
    it('settings', async () => {
      const store = createSettingsStore(storage);
      await store.persist.rehydrate();
      expect(store.getState()).toMatchObject({ theme: 'dark', runTimeLimitSec: 15, editorFontSize: 16 });
    });
    it('progress', async () => {
      const store = createProgressStore(storage);
      await store.persist.rehydrate();
      expect(store.getState().problems['sum-of-evens']).toMatchObject({ attempts: 2, solvedAt: 1_700_000_060_000 });
      expect(store.getState().seen).toEqual(['abcd1234']);
    });
    it('drafts', async () => {
      const store = createDraftsStore(storage);
      await store.persist.rehydrate();
      expect(store.getState().drafts['reverse-words'].code).toContain('def reverse_words');
    });
    it('packs', async () => {
      const store = createPacksStore(storage);
      await store.persist.rehydrate();
      expect(store.getState().packs).toEqual([]);
    });
    it('history', async () => {
      const store = createHistoryStore(storage);
      await store.persist.rehydrate();
      expect(store.getState().events.map((e) => e.summary)).toEqual(['passed 8/8']);
    });
    it('stats', async () => {
      const store = createStatsStore(storage);
      await store.persist.rehydrate();
      expect(store.getState().cells['starter/-/-/beginner'].solvedProblems).toEqual(['sum-of-evens']);
      expect(store.getState().days['2023-11-14'].runs).toBe(3);
    });
  });
}

describe('stores written by v2 (settings v2; AI usage, tutor, mastery, reviews, achievements and auto runs at v1)', () => {
  const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/stores/v2.json'), 'utf8')) as Record<string, unknown>;
  const storage = () => memoryStorage(Object.fromEntries(Object.entries(fixture).map(([k, v]) => [k, JSON.stringify(v)])));

  it('settings', async () => {
    const store = createSettingsStore(storage);
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ theme: 'light', aiModel: 'gemini-2.5-pro', aiFallbacks: ['gemini-2.5-flash'], aiDailyCap: 40 });
  });
  it('usage', async () => {
    const store = createUsageStore(storage);
    await store.persist.rehydrate();
    expect(store.getState().records.map((r) => r.errorCode ?? 'ok')).toEqual(['ok', 'rate_limited']);
  });
  it('tutor', async () => {
    const store = createTutorStore(storage);
    await store.persist.rehydrate();
    expect(store.getState().threads['sum-of-evens'].messages).toHaveLength(2);
  });
  it('mastery', async () => {
    const store = createMasteryStore(storage);
    await store.persist.rehydrate();
    expect(store.getState().skills['strings/string-methods/case-and-whitespace']).toMatchObject({ rating: 1040, attempts: 3 });
  });
  it('reviews', async () => {
    const store = createReviewsStore(storage);
    await store.persist.rehydrate();
    expect(Object.keys(store.getState().cards)).toEqual(['strings/string-methods/case-and-whitespace']);
  });
  it('achievements', async () => {
    const store = createAchievementsStore(storage);
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ earned: { 'first-solve': 1_763_700_000_000 }, celebrated: ['first-solve'] });
  });
  it('auto runs', async () => {
    const store = createAutoRunsStore(storage);
    await store.persist.rehydrate();
    const run = store.getState().runs['run-fixture'];
    expect(run.name).toBe('Evening practice');
    expect(run.history).toHaveLength(1);
    expect(store.getState().activeId).toBe('run-fixture');
  });
});

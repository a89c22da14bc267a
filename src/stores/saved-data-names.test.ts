import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/adapters/storage';
import { KEY_STORAGE_KEY } from '@/adapters/key-storage';
import { MESSAGES_EN } from '@/adapters/messages-en';
import { SAVED_DATA_NAMES, savedDataName } from '@/core/saved-data';
import { createAchievementsStore } from './achievements';
import { createAutoRunsStore } from './auto-runs';
import { createDraftsStore } from './drafts';
import { createHistoryStore } from './history';
import { createMasteryStore } from './mastery';
import { createPacksStore } from './packs';
import { createProgressStore } from './progress';
import { createReviewsStore } from './reviews';
import { createSettingsStore } from './settings';
import { createStatsStore } from './stats';
import { createTutorStore } from './tutor';
import { createUsageStore } from './usage';
import { createLessonProgressStore } from './lesson-progress';
import { createActiveTimeStore } from './active-time';
import { createProjectProgressStore } from './project-progress';

describe('saved-data names', () => {
  it('has a name in words for every persisted store and the key storage', () => {
    const storage = () => memoryStorage();
    const stores = [
      createAchievementsStore(storage),
      createAutoRunsStore(storage),
      createDraftsStore(storage),
      createHistoryStore(storage),
      createMasteryStore(storage),
      createPacksStore(storage),
      createProgressStore(storage),
      createReviewsStore(storage),
      createSettingsStore(storage),
      createStatsStore(storage),
      createTutorStore(storage),
      createUsageStore(storage),
      createLessonProgressStore(storage),
      createActiveTimeStore(storage),
      createProjectProgressStore(storage),
    ];
    const keys = [...stores.map((s) => s.persist.getOptions().name ?? ''), KEY_STORAGE_KEY];
    const words = MESSAGES_EN.shell.savedData;
    for (const key of keys) {
      expect(key in SAVED_DATA_NAMES, key).toBe(true);
      expect(words[savedDataName(key)], key).toMatch(/^your [a-zA-Z]/);
    }
    // Each name says something different.
    const names = Object.values(SAVED_DATA_NAMES);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names.map((name) => words[name])).size).toBe(names.length);
  });
});

import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/adapters/storage';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, SETTINGS_VERSION } from '@/core/settings';
import { createSettingsStore } from './settings';

function stored(state: unknown, version = SETTINGS_VERSION): Record<string, string> {
  return { [SETTINGS_STORAGE_KEY]: JSON.stringify({ state, version }) };
}

function settingsOf(store: ReturnType<typeof createSettingsStore>) {
  const { theme, language, runTimeLimitSec, editorFontSize, aiModel, aiFallbacks, aiDailyCap } = store.getState();
  return { theme, language, runTimeLimitSec, editorFontSize, aiModel, aiFallbacks, aiDailyCap };
}

async function loadStore(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  const store = createSettingsStore(() => storage);
  await store.persist.rehydrate();
  return { storage, store };
}

function persisted(storage: ReturnType<typeof memoryStorage>): unknown {
  const raw = storage.dump()[SETTINGS_STORAGE_KEY];
  return raw === undefined ? undefined : JSON.parse(raw);
}

describe('settings store', () => {
  it('starts from the defaults with empty storage', async () => {
    const { store, storage } = await loadStore();
    expect(settingsOf(store)).toEqual(DEFAULT_SETTINGS);
    expect(store.persist.hasHydrated()).toBe(true);
    expect(persisted(storage)).toBeUndefined();
  });

  it('persists changes as versioned JSON holding only the settings', async () => {
    const { store, storage } = await loadStore();
    store.getState().setTheme('dark');
    store.getState().setRunTimeLimit(300);
    expect(persisted(storage)).toEqual({
      state: { ...DEFAULT_SETTINGS, theme: 'dark', runTimeLimitSec: 120, editorFontSize: 14 },
      version: SETTINGS_VERSION,
    });
    store.getState().cycleTheme();
    expect(store.getState().theme).toBe('system');
    expect((persisted(storage) as { state: { theme: string } }).state.theme).toBe('system');
  });

  it('reloads what it persisted into a new store', async () => {
    const first = await loadStore();
    first.store.getState().setTheme('light');
    first.store.getState().setRunTimeLimit(42);
    const second = await loadStore(first.storage.dump());
    expect(settingsOf(second.store)).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', runTimeLimitSec: 42, editorFontSize: 14 });
  });

  it('reads stored values only once rehydrated', async () => {
    const storage = memoryStorage(stored({ theme: 'dark', runTimeLimitSec: 20, editorFontSize: 16 }));
    const store = createSettingsStore(() => storage);
    expect(store.getState().theme).toBe('system');
    await store.persist.rehydrate();
    expect(settingsOf(store)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', runTimeLimitSec: 20, editorFontSize: 16 });
  });

  it('survives corrupted JSON and keeps working', async () => {
    const { store, storage } = await loadStore({ [SETTINGS_STORAGE_KEY]: '{"state": {"theme": "dark"' });
    expect(settingsOf(store)).toEqual(DEFAULT_SETTINGS);
    store.getState().setTheme('dark');
    expect(persisted(storage)).toEqual({ state: { ...DEFAULT_SETTINGS, theme: 'dark' }, version: SETTINGS_VERSION });
  });

  it('keeps the valid fields of hand-edited storage', async () => {
    const { store } = await loadStore(stored({ theme: 'dark', runTimeLimitSec: 'ten', editorFontSize: 18, extra: true }));
    expect(settingsOf(store)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', runTimeLimitSec: 10, editorFontSize: 18 });
    expect(store.getState()).not.toHaveProperty('extra');
    expect(typeof store.getState().setTheme).toBe('function');
  });

  it('copes with stored values of the wrong shape', async () => {
    for (const value of ['"just a string"', 'null', '[1,2,3]', '{"state": null, "version": 1}', '{"state": "dark"}']) {
      const { store } = await loadStore({ [SETTINGS_STORAGE_KEY]: value });
      expect(settingsOf(store), value).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('migrates an older version and writes the migrated settings back', async () => {
    const { store, storage } = await loadStore(stored({ theme: 'light', runTimeLimitSec: 500 }, 0));
    expect(settingsOf(store)).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', runTimeLimitSec: 10, editorFontSize: 14 });
    expect(persisted(storage)).toEqual({ state: { ...DEFAULT_SETTINGS, theme: 'light', runTimeLimitSec: 10, editorFontSize: 14 }, version: SETTINGS_VERSION });
  });

  it('keeps separate stores on separate storages', async () => {
    const a = await loadStore();
    const b = await loadStore();
    a.store.getState().setTheme('dark');
    expect(b.store.getState().theme).toBe('system');
    expect(persisted(b.storage)).toBeUndefined();
  });
});

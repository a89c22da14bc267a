import { describe, expect, it } from 'vitest';
import { migrateSettings, Settings } from './schemas/settings';
import { withOfferedAiModels, withoutAiModels } from './ai-settings';
import { DEFAULT_SETTINGS, nextTheme, SETTINGS_VERSION, withAiDailyCap, withAiModels, withRunTimeLimit } from './settings';

describe('migrateSettings', () => {
  it('starts from DEFAULT_SETTINGS, which is what the schema makes of an empty copy', () => {
    expect(Settings.parse({})).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid settings as they are', () => {
    const stored = { theme: 'dark', runTimeLimitSec: 30, editorFontSize: 18 };
    expect(migrateSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, ...stored });
  });

  it('returns the defaults for garbage', () => {
    for (const garbage of [null, undefined, 'dark', 42, true, [], ['dark'], () => 'dark']) {
      expect(migrateSettings(garbage)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps each valid field of hand-edited data and defaults the rest', () => {
    expect(migrateSettings({ theme: 'neon', runTimeLimitSec: 30, editorFontSize: 'big' })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'system',
      runTimeLimitSec: 30,
      editorFontSize: 14,
    });
    expect(migrateSettings({ theme: 'light', runTimeLimitSec: 500 })).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', runTimeLimitSec: 10, editorFontSize: 14 });
    expect(migrateSettings({ runTimeLimitSec: 2.5, editorFontSize: 9 })).toEqual({ ...DEFAULT_SETTINGS });
    expect(migrateSettings({ editorFontSize: 28, theme: null })).toEqual({ ...DEFAULT_SETTINGS, editorFontSize: 28 });
  });

  it('drops unknown fields', () => {
    const migrated = migrateSettings({ theme: 'dark', oldSetting: true, runTimeLimitSec: '10' });
    expect(migrated).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(Object.keys(migrated).sort()).toEqual(['aiDailyCap', 'aiFallbacks', 'aiModel', 'editorFontSize', 'language', 'runTimeLimitSec', 'theme']);
    expect(Settings.safeParse(migrated).success).toBe(true);
  });

  it('fills in missing fields of an older, smaller shape', () => {
    expect(migrateSettings({ theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(migrateSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a new object, not the stored one', () => {
    const stored = { theme: 'dark', runTimeLimitSec: 30, editorFontSize: 18 };
    expect(migrateSettings(stored)).not.toBe(stored);
  });
});

describe('settings updates', () => {
  it('cycles the theme system → light → dark → system', () => {
    expect(nextTheme('system')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('system');
  });

  it('clamps and rounds the run time limit', () => {
    expect(withRunTimeLimit(DEFAULT_SETTINGS, 0).runTimeLimitSec).toBe(1);
    expect(withRunTimeLimit(DEFAULT_SETTINGS, -5).runTimeLimitSec).toBe(1);
    expect(withRunTimeLimit(DEFAULT_SETTINGS, 500).runTimeLimitSec).toBe(120);
    expect(withRunTimeLimit(DEFAULT_SETTINGS, 2.6).runTimeLimitSec).toBe(3);
    expect(withRunTimeLimit(DEFAULT_SETTINGS, Number.NaN).runTimeLimitSec).toBe(DEFAULT_SETTINGS.runTimeLimitSec);
    expect(withRunTimeLimit(DEFAULT_SETTINGS, Number.POSITIVE_INFINITY).runTimeLimitSec).toBe(120);
  });

  it('leaves the other settings alone', () => {
    const current = { ...DEFAULT_SETTINGS, theme: 'dark' as const, runTimeLimitSec: 10, editorFontSize: 20 };
    expect(withRunTimeLimit(current, 45)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', runTimeLimitSec: 45, editorFontSize: 20 });
    expect(current.runTimeLimitSec).toBe(10);
  });

  it('has sane defaults and a version', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      theme: 'system',
      language: 'auto',
      runTimeLimitSec: 10,
      editorFontSize: 14,
      aiModel: 'auto',
      aiFallbacks: [],
      aiDailyCap: 100,
    });
    expect(SETTINGS_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('keeps a valid language and follows the browser for anything else', () => {
    expect(migrateSettings({ theme: 'dark', language: 'ja' }).language).toBe('ja');
    expect(migrateSettings({ theme: 'dark', language: 'fr' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('fills in the AI choices when reading version 1 settings', () => {
    expect(migrateSettings({ theme: 'dark', runTimeLimitSec: 20, editorFontSize: 16 })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      runTimeLimitSec: 20,
      editorFontSize: 16,
    });
  });

  it('accepts only strict model names and keeps fallbacks distinct from the first model', () => {
    expect(withAiModels(DEFAULT_SETTINGS, 'gemini-2.5-pro', ['gemini-2.5-pro', 'gemini-2.5-flash', '../evil', 'gemini-2.5-flash'])).toMatchObject({
      aiModel: 'gemini-2.5-pro',
      aiFallbacks: ['gemini-2.5-flash'],
    });
    expect(withAiModels(DEFAULT_SETTINGS, 'https://evil.example', [])).toBe(DEFAULT_SETTINGS);
    expect(withAiDailyCap(DEFAULT_SETTINGS, -3).aiDailyCap).toBe(0);
    expect(withAiDailyCap(DEFAULT_SETTINGS, 25.4).aiDailyCap).toBe(25);
  });

  it('makes the automatic choice pick its own fallbacks, and never takes auto as a fallback', () => {
    const chosen = withAiModels(DEFAULT_SETTINGS, 'gemini-3.5-flash', ['auto', 'gemini-3.5-flash-lite']);
    expect(chosen).toMatchObject({ aiModel: 'gemini-3.5-flash', aiFallbacks: ['gemini-3.5-flash-lite'] });
    expect(withAiModels(chosen, 'auto', ['gemini-2.5-pro'])).toMatchObject({ aiModel: 'auto', aiFallbacks: [] });
  });

  it('turns the old built-in choice (2.5 Flash, then the retired 2.0 Flash) into the automatic one, and keeps a chosen one', () => {
    expect(migrateSettings({ theme: 'dark', aiModel: 'gemini-2.5-flash', aiFallbacks: ['gemini-2.0-flash'], aiDailyCap: 40 })).toMatchObject({
      theme: 'dark',
      aiModel: 'auto',
      aiFallbacks: [],
      aiDailyCap: 40,
    });
    expect(migrateSettings({ aiModel: 'gemini-2.5-pro', aiFallbacks: ['gemini-2.5-flash'] })).toMatchObject({ aiModel: 'gemini-2.5-pro', aiFallbacks: ['gemini-2.5-flash'] });
  });

  it('drops models the key no longer lists: a gone chosen model becomes automatic', () => {
    const chosen = { ...DEFAULT_SETTINGS, aiModel: 'gemini-2.5-pro', aiFallbacks: ['gemini-2.0-flash', 'gemini-2.5-flash'] };
    expect(withoutAiModels(chosen, ['gemini-2.0-flash'])).toMatchObject({ aiModel: 'gemini-2.5-pro', aiFallbacks: ['gemini-2.5-flash'] });
    expect(withoutAiModels(chosen, ['gemini-2.5-pro'])).toMatchObject({ aiModel: 'auto', aiFallbacks: [] });
    expect(withoutAiModels(chosen, ['gemini-9'])).toBe(chosen);
    expect(withOfferedAiModels(chosen, ['gemini-2.5-pro', 'gemini-3.5-flash'])).toMatchObject({ aiModel: 'gemini-2.5-pro', aiFallbacks: [] });
    expect(withOfferedAiModels(chosen, ['gemini-3.5-flash'])).toMatchObject({ aiModel: 'auto', aiFallbacks: [] });
    expect(withOfferedAiModels(chosen, [])).toBe(chosen);
  });
});

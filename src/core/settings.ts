/** Pure updates and migration for learner settings. */
import { DEFAULT_SETTINGS, Settings, type ThemePreference } from './schemas/settings';

export const SETTINGS_VERSION = 1;

export function nextTheme(current: ThemePreference): ThemePreference {
  return current === 'system' ? 'light' : current === 'light' ? 'dark' : 'system';
}

export function withRunTimeLimit(settings: Settings, seconds: number): Settings {
  const clamped = Math.min(120, Math.max(1, Math.round(seconds)));
  return { ...settings, runTimeLimitSec: Number.isFinite(clamped) ? clamped : DEFAULT_SETTINGS.runTimeLimitSec };
}

export function withEditorFontSize(settings: Settings, size: number): Settings {
  const clamped = Math.min(28, Math.max(10, Math.round(size)));
  return { ...settings, editorFontSize: Number.isFinite(clamped) ? clamped : DEFAULT_SETTINGS.editorFontSize };
}

/** Accept whatever was stored (any version, hand-edited) and return valid settings. */
export function migrateSettings(persisted: unknown): Settings {
  const parsed = Settings.safeParse(persisted);
  if (parsed.success) return parsed.data;
  // Keep every field that is still valid; default the rest.
  const source = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    const field = Settings.shape[key].safeParse(source[key]);
    if (field.success) result[key] = field.data;
  }
  return Settings.parse(result);
}

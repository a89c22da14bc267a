/** Pure updates and migration for learner settings. */
import { DEFAULT_SETTINGS, Settings, type ThemePreference } from './schemas/settings';

/** 2 added the AI model choice and daily cap (defaults fill them in). */
export const SETTINGS_VERSION = 2;

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

export function withAiModels(settings: Settings, model: string, fallbacks: string[]): Settings {
  const parsed = Settings.shape.aiModel.safeParse(model);
  if (!parsed.success) return settings;
  const rest = [...new Set(fallbacks)].filter((m) => m !== parsed.data && Settings.shape.aiModel.safeParse(m).success).slice(0, 3);
  return { ...settings, aiModel: parsed.data, aiFallbacks: rest };
}

export function withAiDailyCap(settings: Settings, cap: number): Settings {
  const clamped = Math.min(10_000, Math.max(0, Math.round(cap)));
  return { ...settings, aiDailyCap: Number.isFinite(clamped) ? clamped : DEFAULT_SETTINGS.aiDailyCap };
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

/** Pure updates and migration for learner settings. */
import { AUTO_MODEL, migrateChoice, withoutModels } from './ai-models';
import { ModelName } from './schemas/ai-model';
import { DEFAULT_SETTINGS, Settings, type ThemePreference } from './schemas/settings';

/** 2 added the AI model choice and daily cap, 3 the language (defaults fill them in). */
export const SETTINGS_VERSION = 3;

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

/** Choose the model and fallbacks; the automatic choice picks its fallbacks too. */
export function withAiModels(settings: Settings, model: string, fallbacks: string[]): Settings {
  const parsed = Settings.shape.aiModel.safeParse(model);
  if (!parsed.success) return settings;
  if (parsed.data === AUTO_MODEL) return { ...settings, aiModel: AUTO_MODEL, aiFallbacks: [] };
  const rest = [...new Set(fallbacks)].filter((m) => m !== parsed.data && ModelName.safeParse(m).success).slice(0, 3);
  return { ...settings, aiModel: parsed.data, aiFallbacks: rest };
}

/** Forget models a call found gone (404): a gone chosen model turns the choice back to automatic. */
export function withoutAiModels(settings: Settings, gone: readonly string[]): Settings {
  const next = withoutModels({ model: settings.aiModel, fallbacks: settings.aiFallbacks }, gone);
  if (next.dropped.length === 0) return settings;
  return { ...settings, aiModel: next.model, aiFallbacks: next.fallbacks };
}

/** Check the choice against the key's offered models (after a connection test). */
export function withOfferedAiModels(settings: Settings, offered: readonly string[]): Settings {
  if (offered.length === 0) return settings;
  const next = migrateChoice({ model: settings.aiModel, fallbacks: settings.aiFallbacks }, offered);
  if (next.dropped.length === 0) return settings;
  return { ...settings, aiModel: next.model, aiFallbacks: next.fallbacks };
}

/**
 * The built-in choice before models came from the key's list. Saved settings
 * holding exactly it never chose a model: they become automatic (the 2.0
 * Flash fallback is retired on the Gemini API).
 */
const OLD_DEFAULT = { model: 'gemini-2.5-flash', fallbacks: ['gemini-2.0-flash'] };

export function withAiDailyCap(settings: Settings, cap: number): Settings {
  const clamped = Math.min(10_000, Math.max(0, Math.round(cap)));
  return { ...settings, aiDailyCap: Number.isFinite(clamped) ? clamped : DEFAULT_SETTINGS.aiDailyCap };
}

/** Accept whatever was stored (any version, hand-edited) and return valid settings. */
export function migrateSettings(persisted: unknown): Settings {
  const parsed = Settings.safeParse(persisted);
  if (parsed.success) return fromOldDefault(parsed.data);
  // Keep every field that is still valid; default the rest.
  const source = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    const field = Settings.shape[key].safeParse(source[key]);
    if (field.success) result[key] = field.data;
  }
  return fromOldDefault(Settings.parse(result));
}

function fromOldDefault(settings: Settings): Settings {
  const old = settings.aiModel === OLD_DEFAULT.model && settings.aiFallbacks.join() === OLD_DEFAULT.fallbacks.join();
  return old ? { ...settings, aiModel: AUTO_MODEL, aiFallbacks: [] } : settings;
}

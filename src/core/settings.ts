/** Pure updates for learner settings (the saved shape and its reading back: schemas/settings). */
import { AUTO_MODEL, isModelName, isModelSetting } from './ai-names';
import type { Settings, ThemePreference } from './schemas/settings';

/** 2 added the AI model choice and daily cap, 3 the language (defaults fill them in). */
export const SETTINGS_VERSION = 3;

/** Key under which the settings store persists (read early by the theme and language script). */
export const SETTINGS_STORAGE_KEY = 'pydojo:settings';

/** A new learner's settings: what the schema fills in for anything missing. */
export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  language: 'auto',
  runTimeLimitSec: 10,
  editorFontSize: 14,
  aiModel: AUTO_MODEL,
  aiFallbacks: [],
  aiDailyCap: 100,
};

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
  if (!isModelSetting(model)) return settings;
  if (model === AUTO_MODEL) return { ...settings, aiModel: AUTO_MODEL, aiFallbacks: [] };
  const rest = [...new Set(fallbacks)].filter((m) => m !== model && isModelName(m)).slice(0, 3);
  return { ...settings, aiModel: model, aiFallbacks: rest };
}

export function withAiDailyCap(settings: Settings, cap: number): Settings {
  const clamped = Math.min(10_000, Math.max(0, Math.round(cap)));
  return { ...settings, aiDailyCap: Number.isFinite(clamped) ? clamped : DEFAULT_SETTINGS.aiDailyCap };
}

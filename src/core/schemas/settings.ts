import { z } from 'zod';
import { LANGUAGE_PREFERENCES } from '../i18n/locale';
import { ModelName, ModelSetting } from './ai';

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

export const LanguagePreference = z.enum(LANGUAGE_PREFERENCES);

/** Learner preferences kept in the browser. */
export const Settings = z.object({
  theme: ThemePreference.default('system'),
  /** The app's language: `auto` follows the browser. */
  language: LanguagePreference.default('auto'),
  /** Per-run time limit for the Run button, in seconds. */
  runTimeLimitSec: z.number().int().min(1).max(120).default(10),
  editorFontSize: z.number().int().min(10).max(28).default(14),
  /** Gemini model asked first (bring-your-own-key features); `auto` picks from the key's own model list. */
  aiModel: ModelSetting.default('auto'),
  /** Models tried next, in order, when the first is rate limited or failing (with `auto`, picked automatically). */
  aiFallbacks: z.array(ModelName).max(3).default([]),
  /** Most AI calls per day (0 = no limit). */
  aiDailyCap: z.number().int().min(0).max(10_000).default(100),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Key under which the settings store persists (read early by the theme and language script). */
export const SETTINGS_STORAGE_KEY = 'pydojo:settings';

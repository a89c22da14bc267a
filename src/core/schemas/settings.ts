import { z } from 'zod';
import { ModelName, ModelSetting } from './ai';

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

/** Learner preferences kept in the browser. */
export const Settings = z.object({
  theme: ThemePreference.default('system'),
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

/** Key under which the settings store persists (read early by the theme script). */
export const SETTINGS_STORAGE_KEY = 'pydojo:settings';

import * as z from 'zod/mini';
import { LANGUAGE_PREFERENCES } from '../i18n/locale';
import { ModelName, ModelSetting } from './ai-model';

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

export const LanguagePreference = z.enum(LANGUAGE_PREFERENCES);

/** Learner preferences kept in the browser. */
export const Settings = z.object({
  theme: z._default(ThemePreference, 'system'),
  /** The app's language: `auto` follows the browser. */
  language: z._default(LanguagePreference, 'auto'),
  /** Per-run time limit for the Run button, in seconds. */
  runTimeLimitSec: z._default(z.number().check(z.int(), z.gte(1), z.lte(120)), 10),
  editorFontSize: z._default(z.number().check(z.int(), z.gte(10), z.lte(28)), 14),
  /** Gemini model asked first (bring-your-own-key features); `auto` picks from the key's own model list. */
  aiModel: z._default(ModelSetting, 'auto'),
  /** Models tried next, in order, when the first is rate limited or failing (with `auto`, picked automatically). */
  aiFallbacks: z._default(z.array(ModelName).check(z.maxLength(3)), []),
  /** Most AI calls per day (0 = no limit). */
  aiDailyCap: z._default(z.number().check(z.int(), z.gte(0), z.lte(10_000)), 100),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Key under which the settings store persists (read early by the theme and language script). */
export const SETTINGS_STORAGE_KEY = 'pydojo:settings';

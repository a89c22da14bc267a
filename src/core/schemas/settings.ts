/** The saved shape of the learner's settings, and reading any stored copy back (see core/settings for the updates). */
import * as z from 'zod/mini';
import { AUTO_MODEL } from '../ai-names';
import { LANGUAGE_PREFERENCES } from '../i18n/locale';
import { DEFAULT_SETTINGS } from '../settings';
import { ModelName, ModelSetting } from './ai-model';

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

export const LanguagePreference = z.enum(LANGUAGE_PREFERENCES);

/** Learner preferences kept in the browser (what an empty copy defaults to is core/settings' DEFAULT_SETTINGS). */
export const Settings = z.object({
  theme: z._default(ThemePreference, 'system'),
  /** The app's language: `auto` follows the browser. */
  language: z._default(LanguagePreference, 'auto'),
  /** Per-run time limit for the Run button, in seconds. */
  runTimeLimitSec: z._default(z.number().check(z.int(), z.gte(1), z.lte(120)), 10),
  editorFontSize: z._default(z.number().check(z.int(), z.gte(10), z.lte(28)), 14),
  /** Gemini model asked first (bring-your-own-key features); `auto` picks from the key's own model list. */
  aiModel: z._default(ModelSetting, AUTO_MODEL),
  /** Models tried next, in order, when the first is rate limited or failing (with `auto`, picked automatically). */
  aiFallbacks: z._default(z.array(ModelName).check(z.maxLength(3)), []),
  /** Most AI calls per day (0 = no limit). */
  aiDailyCap: z._default(z.number().check(z.int(), z.gte(0), z.lte(10_000)), 100),
});
export type Settings = z.infer<typeof Settings>;

/**
 * The built-in choice before models came from the key's list. Saved settings
 * holding exactly it never chose a model: they become automatic (the 2.0
 * Flash fallback is retired on the Gemini API).
 */
const OLD_DEFAULT = { model: 'gemini-2.5-flash', fallbacks: ['gemini-2.0-flash'] };

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

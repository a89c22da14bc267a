/**
 * The saved AI model choice checked against what the key offers. Apart from
 * core/settings.ts, which every page loads with the shell: only the AI
 * panels and Settings' key section need these rules.
 */
import { migrateChoice, withoutModels } from './ai-models';
import type { Settings } from './schemas/settings';

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

/**
 * Gemini model names and API keys as plain checks, for code that runs with
 * every page (the settings and the key store) and so does without zod. The
 * schemas in schemas/ai-model are built from the same patterns and limits.
 */

/** Strict model names: `gemini-3.5-flash`, `gemini-flash-latest`, `gemma-3-27b-it`; no paths, hosts or query strings. */
export const MODEL_NAME_PATTERN = /^(gemini|gemma)-[a-z0-9][a-z0-9.-]{0,60}$/;

/**
 * A Gemini API key, as the browser keeps it and the routes accept it: one
 * credential token (RFC 7235 token68: letters, digits and `-._~+/`, then
 * optional `=` padding), 8 to 200 characters. Google's keys ("AIza" and 35
 * more of `[A-Za-z0-9_-]`) fit; text with spaces, quotes or braces (a
 * damaged saved value such as `{bad json`) does not.
 */
export const GEMINI_KEY_PATTERN = /^[\w.~+/-]+=*$/;
export const GEMINI_KEY_LENGTH = { min: 8, max: 200 } as const;

/** The automatic model choice (see core/ai-models). */
export const AUTO_MODEL = 'auto';

export function isModelName(name: unknown): name is string {
  return typeof name === 'string' && MODEL_NAME_PATTERN.test(name);
}

/** A model to ask, or `auto`. */
export function isModelSetting(name: unknown): name is string {
  return name === AUTO_MODEL || isModelName(name);
}

/** The key in `text` (surrounding whitespace trimmed), or null when it is not one. */
export function asGeminiKey(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const key = text.trim();
  return key.length >= GEMINI_KEY_LENGTH.min && key.length <= GEMINI_KEY_LENGTH.max && GEMINI_KEY_PATTERN.test(key) ? key : null;
}

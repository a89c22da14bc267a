/**
 * Gemini model names and API keys as the browser keeps them (the settings and
 * the key store). Apart from ai.ts, whose request and answer shapes only the
 * AI features need.
 */
import * as z from 'zod/mini';

/** Strict model names: `gemini-3.5-flash`, `gemini-flash-latest`, `gemma-3-27b-it`; no paths, hosts or query strings. */
export const MODEL_NAME_PATTERN = /^(gemini|gemma)-[a-z0-9][a-z0-9.-]{0,60}$/;
export const ModelName = z.string().check(z.regex(MODEL_NAME_PATTERN, 'Unknown model name'));
export type ModelName = z.infer<typeof ModelName>;

/**
 * A Gemini API key, as the browser keeps it and the routes accept it: one
 * credential token (RFC 7235 token68: letters, digits and `-._~+/`, then
 * optional `=` padding), 8 to 200 characters. Google's keys ("AIza" and 35
 * more of `[A-Za-z0-9_-]`) fit; text with spaces, quotes or braces (a
 * damaged saved value such as `{bad json`) does not.
 */
export const GEMINI_KEY_PATTERN = /^[\w.~+/-]+=*$/;
export const GeminiKey = z.string().check(z.trim(), z.minLength(8), z.maxLength(200), z.regex(GEMINI_KEY_PATTERN, 'Not an API key'));
export type GeminiKey = z.infer<typeof GeminiKey>;

/** A model to ask, or `auto`: the best model the key lists (see core/ai-models). */
export const ModelSetting = z.union([z.literal('auto'), ModelName]);
export type ModelSetting = z.infer<typeof ModelSetting>;

/**
 * Gemini model names and API keys as the browser keeps them (the settings and
 * the key store). Apart from ai.ts, whose request and answer shapes only the
 * AI features need.
 */
import * as z from 'zod/mini';
import { AUTO_MODEL, GEMINI_KEY_LENGTH, GEMINI_KEY_PATTERN, MODEL_NAME_PATTERN } from '../ai-names';

export { GEMINI_KEY_PATTERN, MODEL_NAME_PATTERN } from '../ai-names';

export const ModelName = z.string().check(z.regex(MODEL_NAME_PATTERN, 'Unknown model name'));
export type ModelName = z.infer<typeof ModelName>;

/** A Gemini API key, as the browser keeps it and the routes accept it (see ai-names). */
export const GeminiKey = z.string().check(z.trim(), z.minLength(GEMINI_KEY_LENGTH.min), z.maxLength(GEMINI_KEY_LENGTH.max), z.regex(GEMINI_KEY_PATTERN, 'Not an API key'));
export type GeminiKey = z.infer<typeof GeminiKey>;

/** A model to ask, or `auto`: the best model the key lists (see core/ai-models). */
export const ModelSetting = z.union([z.literal(AUTO_MODEL), ModelName]);
export type ModelSetting = z.infer<typeof ModelSetting>;

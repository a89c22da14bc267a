/**
 * Which Gemini models PyDojo offers and asks, decided from the key's own model
 * list (`models.list`), never from a hard-coded id: ids retire.
 *
 * - Offered: models whose `supportedGenerationMethods` include
 *   `generateContent`, that write text and accept a system instruction. Not
 *   offered: speech (tts), image, embedding, live/native-audio,
 *   computer-use, robotics and question-answering models, and Gemma (the API
 *   answers "Developer instruction is not enabled" to a system instruction and
 *   has no JSON mode for it; PyDojo's prompts rely on both).
 * - The automatic choice ranks what is offered: the newest stable Flash, then
 *   the newest stable Flash-Lite, then the `-latest` aliases, then older stable
 *   Flash and Flash-Lite, previews of them, Pro, anything else. The first is
 *   asked; the next two are its fallbacks.
 * - A saved choice naming a model the key no longer lists goes back to
 *   automatic; fallbacks it no longer lists are dropped.
 */
import { AUTO_MODEL } from './ai-names';

/** The setting that means "pick from the key's list". */
export { AUTO_MODEL };

/** Kinds of model that do not write text for a chat turn, by a word in their id. */
const NOT_TEXT = /(^|-)(tts|image|imagen|embedding|embed|live|native-audio|audio|computer-use|robotics|aqa|veo|learnlm)(-|$)/;

/** Whether a model accepts `systemInstruction` (Gemma on the Gemini API does not). */
export function acceptsSystemInstruction(model: string): boolean {
  return !model.startsWith('gemma-');
}

/** Whether a listed model belongs in the picker. */
export function isOfferedModel(name: string, methods: readonly string[] | undefined): boolean {
  if (!/^gemini-[a-z0-9][a-z0-9.-]{0,60}$/.test(name)) return false;
  if (!(methods ?? ['generateContent']).includes('generateContent')) return false;
  return !NOT_TEXT.test(name) && acceptsSystemInstruction(name);
}

interface Parsed {
  family: 'flash' | 'flash-lite' | 'pro' | 'other';
  version: number | null;
  stable: boolean;
  alias: boolean;
}

/** `gemini-3.5-flash-lite` → flash-lite 3.5 stable; `gemini-flash-latest` → flash alias. */
export function parseModel(name: string): Parsed {
  const alias = /^gemini-(flash-lite|flash|pro)-latest$/.exec(name);
  if (alias) return { family: alias[1] as Parsed['family'], version: null, stable: false, alias: true };
  const match = /^gemini-(\d+(?:\.\d+)?)-(flash-lite|flash|pro)(-.+)?$/.exec(name);
  if (!match) return { family: 'other', version: null, stable: false, alias: false };
  const suffix = match[3] ?? '';
  return { family: match[2] as Parsed['family'], version: Number(match[1]), stable: suffix === '' || /^-\d{3}$/.test(suffix), alias: false };
}

/** The Gemini generation (2, 2.5, 3…) a model id names, or null for aliases and unknown ids. */
export function generationOf(name: string): number | null {
  return parseModel(name).version;
}

function tier(model: Parsed, newestFlash: number | null, newestLite: number | null): number {
  const { family, version, stable, alias } = model;
  if (stable && family === 'flash' && version === newestFlash) return 0;
  if (stable && family === 'flash-lite' && version === newestLite) return 1;
  if (alias && family !== 'pro') return 2;
  if (stable && (family === 'flash' || family === 'flash-lite')) return 3;
  if (family === 'flash' || family === 'flash-lite') return 4;
  if (family === 'pro') return 5;
  return 6;
}

/** Offered model names, best first by the ranking above (ties: newer, then Flash before Flash-Lite, then by name). */
export function rankModels(names: readonly string[]): string[] {
  const parsed = [...new Set(names)].map((name) => ({ name, model: parseModel(name) }));
  const newest = (family: Parsed['family']) =>
    Math.max(-1, ...parsed.filter((p) => p.model.stable && p.model.family === family).map((p) => p.model.version ?? -1));
  const flash = newest('flash');
  const lite = newest('flash-lite');
  const key = (p: (typeof parsed)[number]) => tier(p.model, flash < 0 ? null : flash, lite < 0 ? null : lite);
  return parsed
    .sort(
      (a, b) =>
        key(a) - key(b) ||
        (b.model.version ?? 0) - (a.model.version ?? 0) ||
        Number(a.model.family === 'flash-lite') - Number(b.model.family === 'flash-lite') ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    )
    .map((p) => p.name);
}

export interface ModelChoiceValue {
  model: string;
  fallbacks: string[];
}

/** The automatic choice for a key's offered models: the best one and the next two as fallbacks. */
export function defaultChoice(names: readonly string[]): ModelChoiceValue | null {
  const ranked = rankModels(names);
  if (ranked.length === 0) return null;
  return { model: ranked[0], fallbacks: ranked.slice(1, 3) };
}

/**
 * The models to ask, in order, for a saved choice: the automatic ranking when
 * the choice is automatic, else the model and its fallbacks.
 */
export function modelsFor(choice: ModelChoiceValue, offered: readonly string[] | null): string[] {
  if (choice.model === AUTO_MODEL) {
    const auto = offered ? defaultChoice(offered) : null;
    return auto ? [...new Set([auto.model, ...auto.fallbacks, ...choice.fallbacks])] : [];
  }
  return [...new Set([choice.model, ...choice.fallbacks])];
}

export interface MigratedChoice extends ModelChoiceValue {
  /** The saved ids the key no longer offers (dropped). */
  dropped: string[];
}

/**
 * A saved choice checked against models that are known to be gone: a chosen
 * model that is gone turns the choice back to automatic (fallbacks included);
 * gone fallbacks are dropped.
 */
export function withoutModels(choice: ModelChoiceValue, gone: readonly string[]): MigratedChoice {
  const isGone = (name: string) => gone.includes(name);
  if (choice.model !== AUTO_MODEL && isGone(choice.model)) {
    return { model: AUTO_MODEL, fallbacks: [], dropped: [choice.model, ...choice.fallbacks.filter(isGone)] };
  }
  const dropped = choice.fallbacks.filter(isGone);
  return { model: choice.model, fallbacks: choice.fallbacks.filter((m) => !isGone(m)), dropped };
}

/** A saved choice checked against the key's full list of offered models. */
export function migrateChoice(choice: ModelChoiceValue, offered: readonly string[]): MigratedChoice {
  const gone = [choice.model, ...choice.fallbacks].filter((m) => m !== AUTO_MODEL && !offered.includes(m));
  return withoutModels(choice, gone);
}

/** What a call asks the model for; each has its own temperature rule. */
export type Task = 'question' | 'review' | 'explain' | 'optimize' | 'hint' | 'tutor' | 'repair';

/**
 * Temperature only where it helps: a lower one steadies JSON and code from
 * Gemini 2.x on review, explanation, optimisation and repair. Questions, hints
 * and chat keep the model's default (variety is wanted; every question is
 * checked by running it). Gemini 3 and later, and aliases whose generation is
 * unknown, always keep the default: Google recommends leaving it at 1.0 for
 * them, as lower values can cause looping.
 */
export function temperatureFor(model: string, task: Task): number | undefined {
  const generation = generationOf(model);
  if (generation === null || generation >= 3) return undefined;
  return { question: undefined, hint: undefined, tutor: undefined, review: 0.4, explain: 0.4, optimize: 0.3, repair: 0.2 }[task];
}

/**
 * Keys that name a place in the curriculum, and the human labels for them.
 * A type key is "module/subtopic/problemType" and a subtopic key
 * "module/subtopic", with "-" for a missing part (a pack without a
 * curriculum), the same shape as the prefixes of the statistics cell keys.
 */
import * as z from 'zod/mini';
import type { CatalogModule } from '../catalog';

/** "module/subtopic/problemType"; each part is non-empty and has no slash. */
export const TypeKey = z.string().check(z.maxLength(250), z.regex(/^[^/]+\/[^/]+\/[^/]+$/, 'must be "module/subtopic/problemType"'));
export type TypeKey = z.infer<typeof TypeKey>;

/** What a problem, an event or a summary says about where it sits. */
export interface Placement {
  module: string;
  subtopic: string | null;
  problemType: string | null;
}

export function typeKey(place: Placement): string {
  return `${place.module}/${place.subtopic ?? '-'}/${place.problemType ?? '-'}`;
}

export function parseTypeKey(key: string): Placement {
  const [module = '-', subtopic = '-', problemType = '-'] = key.split('/');
  return { module, subtopic: subtopic === '-' ? null : subtopic, problemType: problemType === '-' ? null : problemType };
}

/** The "module/subtopic" part of a type key. */
export function subtopicKey(key: string): string {
  return key.split('/').slice(0, 2).join('/');
}

/** The module part of a type key. */
export function moduleOf(key: string): string {
  return key.split('/')[0];
}

/** "list-basics" → "List basics", for ids the curriculum does not name. */
export function humanize(id: string): string {
  const text = id.replace(/[-_]+/g, ' ').trim();
  return text ? text[0].toUpperCase() + text.slice(1) : id;
}

/** The names a label needs: modules with their subtopics and problem types. */
export type LabelSource = Pick<CatalogModule, 'id' | 'name' | 'subtopics'>;

/**
 * "Lists › List basics" for a type or subtopic key, from the curriculum's
 * names when given, otherwise from the ids.
 */
export function areaLabel(key: string, modules: readonly LabelSource[] = []): string {
  const { module, subtopic } = parseTypeKey(key);
  const found = modules.find((m) => m.id === module);
  const moduleName = found?.name ?? humanize(module);
  if (subtopic === null) return moduleName;
  const subtopicName = found?.subtopics.find((s) => s.id === subtopic)?.name ?? humanize(subtopic);
  return `${moduleName} › ${subtopicName}`;
}

/** The problem type's own name ("Access and slice"), or null for a key without one. */
export function typeLabel(key: string, modules: readonly LabelSource[] = []): string | null {
  const { module, subtopic, problemType } = parseTypeKey(key);
  if (problemType === null) return null;
  const type = modules
    .find((m) => m.id === module)
    ?.subtopics.find((s) => s.id === subtopic)
    ?.problemTypes.find((t) => t.id === problemType);
  return type?.name ?? humanize(problemType);
}

/** "Lists › List basics › Access and slice": the area and, when there is one, the type. */
export function fullLabel(key: string, modules: readonly LabelSource[] = []): string {
  const type = typeLabel(key, modules);
  return type === null ? areaLabel(key, modules) : `${areaLabel(key, modules)} › ${type}`;
}

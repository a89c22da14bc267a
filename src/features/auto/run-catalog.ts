import type { LabelSource } from '@/core/auto/keys';
import type { ProblemSummary } from '@/core/catalog';

export interface CatalogContext {
  /** Every problem, in curriculum order. */
  problems: readonly ProblemSummary[];
  modules: readonly LabelSource[];
}

/** What auto runs draw from: problems placed in the curriculum, the bank's and verified AI questions (not the starter set or packs without a place). */
export function runCatalog(catalog: { problems: readonly ProblemSummary[]; modules: readonly LabelSource[] }): CatalogContext {
  // Curriculum order: modules as listed, subtopics and types as their module lists them.
  const rank = new Map<string, number>();
  catalog.modules.forEach((m, mi) =>
    m.subtopics.forEach((s, si) => s.problemTypes.forEach((t, ti) => rank.set(`${m.id}/${s.id}/${t.id}`, mi * 10_000 + si * 100 + ti))),
  );
  const order = (p: ProblemSummary) => rank.get(`${p.module}/${p.subtopic}/${p.problemType}`) ?? Number.MAX_SAFE_INTEGER;
  const problems = catalog.problems.filter((p) => p.subtopic !== null && p.problemType !== null).sort((a, b) => order(a) - order(b));
  return { problems, modules: catalog.modules };
}

/**
 * The built-in catalogue, computed at build time from data/ (server only):
 * pages hand it to client components as props.
 */
import { loadContent } from '@/adapters/content';
import { buildCatalog, type Catalog } from '@/core/catalog';
import type { Problem } from '@/core/schemas/problem';

export function builtInCatalog(): Catalog {
  const { modules, packs } = loadContent();
  const catalog = buildCatalog(
    modules,
    packs.map((pack) => ({ pack, imported: false })),
  );
  // The starter pack comes first.
  const starter = catalog.modules.find((m) => m.id === 'starter');
  if (starter) starter.order = 0;
  catalog.modules.sort((a, b) => a.order - b.order);
  return catalog;
}

export function builtInProblem(id: string): Problem | undefined {
  for (const pack of loadContent().packs) {
    const found = pack.problems.find((p) => p.id === id);
    if (found) return found;
  }
  return undefined;
}

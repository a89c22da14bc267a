'use client';
import { useMemo } from 'react';
import { buildCatalog, type Catalog } from '@/core/catalog';
import { usePacks } from '@/stores/packs';

/** The built-in catalogue (from the page's props) plus packs the learner imported. */
export function useCatalog(builtIn: Catalog): Catalog {
  const imported = usePacks((s) => s.packs);
  return useMemo(() => {
    if (imported.length === 0) return builtIn;
    const extra = buildCatalog([], imported.map(({ pack }) => ({ pack, imported: true })));
    const ids = new Set(builtIn.modules.map((m) => m.id));
    return {
      modules: [...builtIn.modules, ...extra.modules.filter((m) => !ids.has(m.id))],
      problems: [...builtIn.problems, ...extra.problems.filter((p) => !builtIn.problems.some((b) => b.id === p.id))],
    };
  }, [builtIn, imported]);
}

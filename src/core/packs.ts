/** Problem packs the learner imported into this browser. */
import * as z from 'zod/mini';
import { ProblemPack } from './schemas/problem';

export const ImportedPack = z.object({ pack: ProblemPack, importedAt: z.number() });
export type ImportedPack = z.infer<typeof ImportedPack>;
export const PacksState = z.object({ packs: z._default(z.array(ImportedPack), []) });
export type PacksState = z.infer<typeof PacksState>;

/** Add or replace (same id) a pack. */
export function addPack(state: PacksState, pack: ProblemPack, now: number): PacksState {
  return { packs: [...state.packs.filter((p) => p.pack.id !== pack.id), { pack, importedAt: now }] };
}

export function removePack(state: PacksState, id: string): PacksState {
  return { packs: state.packs.filter((p) => p.pack.id !== id) };
}

export function migratePacks(persisted: unknown): PacksState {
  const parsed = PacksState.safeParse(persisted);
  if (parsed.success) return parsed.data;
  const list = (persisted as { packs?: unknown } | null)?.packs;
  const packs = Array.isArray(list) ? list.flatMap((p) => {
    const one = ImportedPack.safeParse(p);
    return one.success ? [one.data] : [];
  }) : [];
  return { packs };
}

/** Union by pack id; the later import wins. */
export function mergePacks(a: PacksState, b: PacksState): PacksState {
  const byId = new Map(a.packs.map((p) => [p.pack.id, p]));
  for (const theirs of b.packs) {
    const ours = byId.get(theirs.pack.id);
    if (!ours || theirs.importedAt > ours.importedAt) byId.set(theirs.pack.id, theirs);
  }
  return { packs: [...byId.values()].sort((x, y) => x.importedAt - y.importedAt) };
}

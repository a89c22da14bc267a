/**
 * Where a shared problem goes when the receiver practises it. A problem the
 * built-in bank already has opens as the bank's own (its progress counts
 * there). Any other problem joins one pack in this browser, "Shared with
 * you", so it appears as a module of its own like any imported pack and
 * every later visit finds it; one pack for all shared problems keeps the
 * module list short.
 */
import type { ImportedPack } from '../packs';
import type { Problem, ProblemPack } from '../schemas/problem';

export const SHARED_PACK_ID = 'shared-with-you';

/** The pack's title and description, in the receiver's language when it is made. */
export interface SharedPackWords {
  title: string;
  description: string;
}

export type Placement =
  /** Open this problem as it already is in the catalogue. */
  | { kind: 'open'; id: string }
  /** Keep this pack (the shared pack with the problem in it), then open `id`. */
  | { kind: 'add'; pack: ProblemPack; id: string };

const same = (a: Problem, b: Problem) => JSON.stringify(a) === JSON.stringify(b);

export function placeShared(problem: Problem, builtInIds: ReadonlySet<string>, imported: ImportedPack[], words: SharedPackWords): Placement {
  if (builtInIds.has(problem.id)) return { kind: 'open', id: problem.id };
  const elsewhere = imported.filter((p) => p.pack.id !== SHARED_PACK_ID).flatMap((p) => p.pack.problems).find((p) => p.id === problem.id);
  if (elsewhere && same(elsewhere, problem)) return { kind: 'open', id: problem.id };
  // Another pack has a different problem under this id: the shared one takes an id of its own.
  const placed = elsewhere ? { ...problem, id: `${problem.id.slice(0, 73)}-shared` } : problem;
  const existing = imported.find((p) => p.pack.id === SHARED_PACK_ID)?.pack;
  const others = (existing?.problems ?? []).filter((p) => p.id !== placed.id);
  const pack: ProblemPack = {
    format: 'pydojo-pack',
    version: 1,
    id: SHARED_PACK_ID,
    title: existing?.title ?? words.title,
    description: existing?.description ?? words.description,
    problems: [...others, placed],
  };
  return { kind: 'add', pack, id: placed.id };
}

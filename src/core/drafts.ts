/** Per-problem drafts of the learner's code. */
import * as z from 'zod/mini';

/** Blockly's serialised workspace state (JSON text), kept while a beginner problem is worked on in block mode. */
export const BlocksState = z.string().check(z.maxLength(500_000));
/** `blocks` is present only while the draft is a block program; `code` is then the Python generated from it. */
export const Draft = z.object({ code: z.string().check(z.maxLength(200_000)), updatedAt: z.number(), blocks: z.optional(BlocksState) });
export type Draft = z.infer<typeof Draft>;
export const DraftsState = z.object({ drafts: z._default(z.record(z.string(), Draft), {}) });
export type DraftsState = z.infer<typeof DraftsState>;

export const MAX_DRAFTS = 500;

/**
 * Save the code of a problem. `blocks`: the block program it was generated
 * from (string), none any more (null: the learner switched to text), or
 * unchanged (omitted).
 */
export function saveDraft(state: DraftsState, problemId: string, code: string, now: number, blocks?: string | null): DraftsState {
  const kept = blocks === undefined ? state.drafts[problemId]?.blocks : (blocks ?? undefined);
  const draft: Draft = { code: code.slice(0, 200_000), updatedAt: now };
  if (kept !== undefined && BlocksState.safeParse(kept).success) draft.blocks = kept;
  const drafts = { ...state.drafts, [problemId]: draft };
  return { drafts: capDrafts(drafts, problemId) };
}

/** Keep the most recent MAX_DRAFTS drafts (never the one just saved). */
function capDrafts(drafts: Record<string, Draft>, keep?: string): Record<string, Draft> {
  const ids = Object.keys(drafts).filter((id) => id !== keep);
  const room = MAX_DRAFTS - (keep && drafts[keep] ? 1 : 0);
  if (ids.length <= room) return drafts;
  ids.sort((a, b) => drafts[a].updatedAt - drafts[b].updatedAt);
  const capped = { ...drafts };
  for (const id of ids.slice(0, ids.length - room)) delete capped[id];
  return capped;
}

export function discardDraft(state: DraftsState, problemId: string): DraftsState {
  const drafts = { ...state.drafts };
  delete drafts[problemId];
  return { drafts };
}

export function migrateDrafts(persisted: unknown): DraftsState {
  const parsed = DraftsState.safeParse(persisted);
  if (parsed.success) return { drafts: capDrafts(parsed.data.drafts) };
  const drafts: Record<string, Draft> = {};
  const source = (persisted as { drafts?: unknown } | null)?.drafts;
  if (typeof source === 'object' && source !== null) {
    for (const [id, value] of Object.entries(source)) {
      // A broken block program does not cost the learner the code generated from it.
      const one = Draft.safeParse(value);
      const plain = one.success ? one : z.omit(Draft, { blocks: true }).safeParse(value);
      if (plain.success) drafts[id] = plain.data;
    }
  }
  return { drafts: capDrafts(drafts) };
}

/** Per problem, the newer draft wins. */
export function mergeDrafts(a: DraftsState, b: DraftsState): DraftsState {
  const drafts: Record<string, Draft> = { ...a.drafts };
  for (const [id, theirs] of Object.entries(b.drafts)) {
    if (!drafts[id] || theirs.updatedAt > drafts[id].updatedAt) drafts[id] = theirs;
  }
  return { drafts: capDrafts(drafts) };
}

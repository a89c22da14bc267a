/** Per-problem drafts of the learner's code: pure updates (the saved shape and its reading back: schemas/drafts). */
import type { Draft, DraftsState } from './schemas/drafts';

export type { Draft, DraftsState };

/** The longest code a draft keeps, and the longest block program (Blockly's JSON): the schema's limits too. */
export const MAX_CODE_CHARS = 200_000;
export const MAX_BLOCKS_CHARS = 500_000;
export const MAX_DRAFTS = 500;

/**
 * Save the code of a problem. `blocks`: the block program it was generated
 * from (string), none any more (null: the learner switched to text), or
 * unchanged (omitted).
 */
export function saveDraft(state: DraftsState, problemId: string, code: string, now: number, blocks?: string | null): DraftsState {
  const kept = blocks === undefined ? state.drafts[problemId]?.blocks : (blocks ?? undefined);
  const draft: Draft = { code: code.slice(0, MAX_CODE_CHARS), updatedAt: now };
  if (kept !== undefined && kept.length <= MAX_BLOCKS_CHARS) draft.blocks = kept;
  const drafts = { ...state.drafts, [problemId]: draft };
  return { drafts: capDrafts(drafts, problemId) };
}

/** Keep the most recent MAX_DRAFTS drafts (never the one just saved). */
export function capDrafts(drafts: Record<string, Draft>, keep?: string): Record<string, Draft> {
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

/** Per problem, the newer draft wins. */
export function mergeDrafts(a: DraftsState, b: DraftsState): DraftsState {
  const drafts: Record<string, Draft> = { ...a.drafts };
  for (const [id, theirs] of Object.entries(b.drafts)) {
    if (!drafts[id] || theirs.updatedAt > drafts[id].updatedAt) drafts[id] = theirs;
  }
  return { drafts: capDrafts(drafts) };
}

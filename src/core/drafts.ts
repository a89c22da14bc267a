/** Per-problem drafts of the learner's code. */
import { z } from 'zod';

export const Draft = z.object({ code: z.string().max(200_000), updatedAt: z.number() });
export type Draft = z.infer<typeof Draft>;
export const DraftsState = z.object({ drafts: z.record(z.string(), Draft).default({}) });
export type DraftsState = z.infer<typeof DraftsState>;

export const MAX_DRAFTS = 500;

export function saveDraft(state: DraftsState, problemId: string, code: string, now: number): DraftsState {
  const drafts = { ...state.drafts, [problemId]: { code: code.slice(0, 200_000), updatedAt: now } };
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
      const one = Draft.safeParse(value);
      if (one.success) drafts[id] = one.data;
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

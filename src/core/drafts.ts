/** Per-problem drafts of the learner's code. */
import { z } from 'zod';

export const Draft = z.object({ code: z.string().max(200_000), updatedAt: z.number() });
export type Draft = z.infer<typeof Draft>;
export const DraftsState = z.object({ drafts: z.record(z.string(), Draft).default({}) });
export type DraftsState = z.infer<typeof DraftsState>;

export const MAX_DRAFTS = 500;

export function saveDraft(state: DraftsState, problemId: string, code: string, now: number): DraftsState {
  const drafts = { ...state.drafts, [problemId]: { code: code.slice(0, 200_000), updatedAt: now } };
  const ids = Object.keys(drafts);
  if (ids.length > MAX_DRAFTS) {
    // Keep the most recent drafts.
    ids.sort((a, b) => drafts[a].updatedAt - drafts[b].updatedAt);
    for (const id of ids.slice(0, ids.length - MAX_DRAFTS)) delete drafts[id];
  }
  return { drafts };
}

export function discardDraft(state: DraftsState, problemId: string): DraftsState {
  const drafts = { ...state.drafts };
  delete drafts[problemId];
  return { drafts };
}

export function migrateDrafts(persisted: unknown): DraftsState {
  const parsed = DraftsState.safeParse(persisted);
  if (parsed.success) return parsed.data;
  const drafts: Record<string, Draft> = {};
  const source = (persisted as { drafts?: unknown } | null)?.drafts;
  if (typeof source === 'object' && source !== null) {
    for (const [id, value] of Object.entries(source)) {
      const one = Draft.safeParse(value);
      if (one.success) drafts[id] = one.data;
    }
  }
  return { drafts };
}

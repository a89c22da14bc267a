/** The saved shape of the learner's drafts, and reading any stored copy back (see core/drafts for the updates). */
import * as z from 'zod/mini';
import { capDrafts, MAX_BLOCKS_CHARS, MAX_CODE_CHARS } from '../drafts';

/** Blockly's serialised workspace state (JSON text), kept while a beginner problem is worked on in block mode. */
export const BlocksState = z.string().check(z.maxLength(MAX_BLOCKS_CHARS));
/** `blocks` is present only while the draft is a block program; `code` is then the Python generated from it. */
export const Draft = z.object({ code: z.string().check(z.maxLength(MAX_CODE_CHARS)), updatedAt: z.number(), blocks: z.optional(BlocksState) });
export type Draft = z.infer<typeof Draft>;
export const DraftsState = z.object({ drafts: z._default(z.record(z.string(), Draft), {}) });
export type DraftsState = z.infer<typeof DraftsState>;

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

import { useDrafts } from '@/stores/drafts';

/**
 * Where a block program is kept: a problem's draft, a guided project's
 * progress. Read when block mode opens; written shortly after each change.
 */
export interface BlockProgramStore {
  /** The saved program (Blockly's JSON), if there is one. */
  load(): string | undefined;
  /** Keep the program and the Python generated from it. */
  save(python: string, blocks: string): void;
  /** Blocks became text: keep the Python, drop the program. */
  toText(python: string): void;
}

/** A problem's draft in the drafts store. */
export function draftBlockStore(problemId: string): BlockProgramStore {
  return {
    load: () => useDrafts.getState().drafts[problemId]?.blocks,
    save: (python, blocks) => {
      const drafts = useDrafts.getState();
      if (drafts.drafts[problemId]?.blocks === blocks) return;
      drafts.save(problemId, python, blocks);
    },
    toText: (python) => useDrafts.getState().save(problemId, python, null),
  };
}

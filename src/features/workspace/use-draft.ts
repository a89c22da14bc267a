'use client';
import { useEffect, useState } from 'react';
import type { Problem } from '@/core/schemas/problem';
import { useDrafts } from '@/stores/drafts';
import type { CodeHandle } from './code-handle';

const SAVE_AFTER_MS = 300;

/**
 * Saves the draft shortly after the code stops changing (typing, paste,
 * undo, reset), reading the editor's model, so a reload never loses it.
 * Also says whether the code is the starter code (for Reset).
 */
export function useDraftAutosave(problem: Problem, code: CodeHandle): { atStarter: boolean } {
  const [atStarter, setAtStarter] = useState(() => code.getCode() === problem.starterCode);

  useEffect(() => {
    let timer: number | undefined;
    const save = () => {
      timer = undefined;
      const text = code.getCode();
      const drafts = useDrafts.getState();
      if (text !== (drafts.drafts[problem.id]?.code ?? problem.starterCode)) drafts.save(problem.id, text);
    };
    // Leaving before the delay is up still saves.
    const flush = () => {
      if (timer === undefined) return;
      window.clearTimeout(timer);
      save();
    };
    let starter = code.getCode() === problem.starterCode;
    const off = code.onChange(() => {
      // Set state only when it flips: typing does not re-render the workspace.
      const now = code.getCode() === problem.starterCode;
      if (now !== starter) setAtStarter((starter = now));
      window.clearTimeout(timer);
      timer = window.setTimeout(save, SAVE_AFTER_MS);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      off();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [code, problem.id, problem.starterCode]);

  return { atStarter };
}

'use client';
import { useEffect } from 'react';
import { useProjectProgress } from '@/stores/project-progress';
import type { CodeHandle } from '@/features/workspace';

const SAVE_AFTER_MS = 300;

/** Keeps the project's code in the store shortly after it stops changing, reading the editor's model; leaving the page saves at once. */
export function useCodeAutosave(projectId: string, code: CodeHandle): void {
  useEffect(() => {
    let timer: number | undefined;
    const save = () => {
      timer = undefined;
      useProjectProgress.getState().saveCode(projectId, code.getCode());
    };
    const flush = () => {
      if (timer === undefined) return;
      window.clearTimeout(timer);
      save();
    };
    const off = code.onChange(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, SAVE_AFTER_MS);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      off();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [projectId, code]);
}

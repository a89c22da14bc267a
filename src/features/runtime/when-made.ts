'use client';
import { useCallback, useEffect, useRef } from 'react';
import type { PythonRuntime } from '@/adapters/python/runtime';
import { usePython } from './RuntimeProvider';

/**
 * For work a learner starts before the page's Python exists (an import
 * pressed as the page opens, a question Gemini is still writing). Mounting
 * starts Python, as usePython does; the function returned resolves with the
 * runtime once it is made, or rejects after `timeoutMs` (20 s by default).
 */
export function usePythonWhenMade(): (timeoutMs?: number) => Promise<PythonRuntime> {
  const python = usePython();
  const latest = useRef(python);
  const waiting = useRef(new Set<(runtime: PythonRuntime) => void>());
  useEffect(() => {
    latest.current = python;
    if (!python) return;
    for (const resolve of waiting.current) resolve(python);
    waiting.current.clear();
  }, [python]);
  return useCallback((timeoutMs = 20_000) => {
    if (latest.current) return Promise.resolve(latest.current);
    return new Promise<PythonRuntime>((resolve, reject) => {
      const done = (runtime: PythonRuntime) => {
        clearTimeout(timer);
        resolve(runtime);
      };
      const timer = setTimeout(() => {
        waiting.current.delete(done);
        reject(new Error('Python did not start in time'));
      }, timeoutMs);
      waiting.current.add(done);
    });
  }, []);
}

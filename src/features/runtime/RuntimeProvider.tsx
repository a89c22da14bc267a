'use client';
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { INITIAL_SNAPSHOT, type RuntimeSnapshot } from '@/adapters/python/client';
import { createBrowserPythonRuntime } from '@/adapters/python/browser';
import type { PythonRuntime } from '@/adapters/python/runtime';

const RuntimeContext = createContext<PythonRuntime | null>(null);

/**
 * Owns the one Python runtime of the page. It starts loading right after the
 * first paint (never blocking it) and stays warm across client navigations.
 */
export function RuntimeProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState<PythonRuntime | null>(null);
  useEffect(() => {
    let created: PythonRuntime | null = null;
    const start = () => {
      created = createBrowserPythonRuntime();
      setClient(created);
    };
    const handle = window.setTimeout(start, 0);
    return () => {
      window.clearTimeout(handle);
      created?.dispose();
    };
  }, []);
  return <RuntimeContext.Provider value={client}>{children}</RuntimeContext.Provider>;
}

export function usePython(): PythonRuntime | null {
  return useContext(RuntimeContext);
}

const noop = () => () => undefined;

export function useRuntimeSnapshot(): RuntimeSnapshot {
  const client = usePython();
  return useSyncExternalStore(
    client?.subscribe ?? noop,
    client ? client.getSnapshot : () => INITIAL_SNAPSHOT,
    () => INITIAL_SNAPSHOT,
  );
}

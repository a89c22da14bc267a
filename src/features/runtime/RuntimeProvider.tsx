'use client';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { INITIAL_SNAPSHOT, type RuntimeSnapshot } from '@/adapters/python/snapshot';
import { EARLY_WORKER_SCRIPT } from '@/adapters/python/early';
import type { PythonRuntime } from '@/adapters/python/runtime';

interface RuntimeContextValue {
  runtime: PythonRuntime | null;
  /** Whether a component of this page asked for Python. */
  wanted: boolean;
  /** Start Python if it has not started yet. */
  request(): void;
}

const RuntimeContext = createContext<RuntimeContextValue>({ runtime: null, wanted: false, request: () => undefined });

// Loaded on demand: pages that never run code do not download the runtime client either.
let runtimeModule: Promise<typeof import('@/adapters/python/browser')> | null = null;
const loadRuntimeModule = () =>
  (runtimeModule ??= import('@/adapters/python/browser').catch((error: unknown) => {
    runtimeModule = null; // a failed download is tried again by the next page that asks
    throw error;
  }));

/**
 * Owns the one Python runtime of the page. Python starts the first time a
 * component that needs it mounts (the workspace, a lesson's examples, a pack
 * import), right after that paint, and then stays warm across client
 * navigations. Pages that never run code never pay for an interpreter.
 */
export function RuntimeProvider({ children }: { children: ReactNode }) {
  const [runtime, setRuntime] = useState<PythonRuntime | null>(null);
  const requested = useRef(false);
  const [wanted, setWanted] = useState(false);
  const request = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    // The client's code starts loading now, not a render later: on a page
    // that runs code at once, ahead of the editor's much larger scripts.
    void loadRuntimeModule().catch(() => undefined);
    setWanted(true);
  }, []);
  useEffect(() => {
    if (!wanted) return;
    let created: PythonRuntime | null = null;
    let cancelled = false;
    void loadRuntimeModule().then(({ createBrowserPythonRuntime }) => {
      if (cancelled) return;
      created = createBrowserPythonRuntime();
      setRuntime(created);
    });
    return () => {
      cancelled = true;
      created?.dispose();
    };
  }, [wanted]);
  const value = useMemo(() => ({ runtime, wanted, request }), [runtime, wanted, request]);
  return <RuntimeContext.Provider value={value}>{children}</RuntimeContext.Provider>;
}

/** The page's Python runtime (null while it starts); mounting a caller starts it. */
export function usePython(): PythonRuntime | null {
  const { runtime, request } = useContext(RuntimeContext);
  useEffect(() => request(), [request]);
  return runtime;
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

/**
 * Whether this page's Python is still starting (asked for and not ready yet),
 * without asking for it: work that can wait, such as the offline download,
 * waits for it rather than competing with the first boot.
 */
export function usePythonStarting(): boolean {
  const { runtime, wanted } = useContext(RuntimeContext);
  const phase = useSyncExternalStore(
    runtime?.subscribe ?? noop,
    () => (runtime ? runtime.getSnapshot().phase : null),
    () => null,
  );
  return wanted && (runtime === null || phase === 'loading');
}

/**
 * For the head of every page, right after the theme script: on a page that
 * runs code as soon as it opens (the workspace), an inline script starts the
 * Python worker while the page's JavaScript is still loading, and the runtime
 * adopts that worker when it starts. In the head it runs in the parser's
 * first pass; from the page's body it ran about 40 ms later on a repeat visit.
 */
export function StartPythonEarly() {
  return <script dangerouslySetInnerHTML={{ __html: EARLY_WORKER_SCRIPT }} />;
}

'use client';
import type { Serwist } from '@serwist/window';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { browserStorage } from '@/adapters/storage';
import { usePythonStarting } from '@/features/runtime';
import { whenIdle } from '@/features/shell';

/** The service worker runs only in production builds: `next dev` serves no public/sw.js worth caching. */
export const OFFLINE_ENABLED = process.env.NODE_ENV === 'production';

/**
 * Registers PyDojo's service worker (public/sw.js) in the background, and
 * says when a new version is waiting. Registration waits until the page is
 * interactive and idle and, on a page that runs code, until Python is ready:
 * the install downloads the whole app for offline use, which must not slow
 * down the first visit or compete with Python's first boot.
 */
export function useServiceWorker(): { updateReady: boolean; applyUpdate: () => void } {
  const pythonStarting = usePythonStarting();
  const [updateReady, setUpdateReady] = useState(false);
  const worker = useRef<Serwist | null>(null);
  // Reload only when this tab asked for the new version, never because another tab did.
  const accepted = useRef(false);

  useEffect(() => {
    if (!OFFLINE_ENABLED || !('serviceWorker' in navigator) || pythonStarting || worker.current) return;
    let cancelled = false;
    const stopWaiting = whenIdle(() => {
      // Serwist's window library loads only now: nothing on the page needs it before.
      void import('@serwist/window').then(({ Serwist }) => {
        if (cancelled || worker.current) return;
        const sw = new Serwist('/sw.js', { scope: '/', type: 'classic' });
        worker.current = sw;
        sw.addEventListener('waiting', () => setUpdateReady(true));
        sw.addEventListener('controlling', () => {
          if (accepted.current) window.location.reload();
        });
        void sw.register().catch(() => {
          // No offline support (private mode, storage refused): the app works as before.
          worker.current = null;
        });
      });
    });
    return () => {
      cancelled = true;
      stopWaiting();
    };
  }, [pythonStarting]);

  // A long-open tab looks for a new deployment when the learner comes back to it.
  useEffect(() => {
    const check = () => {
      if (document.visibilityState === 'visible') void worker.current?.update().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', check);
    return () => document.removeEventListener('visibilitychange', check);
  }, []);

  const applyUpdate = useCallback(() => {
    accepted.current = true;
    worker.current?.messageSkipWaiting();
  }, []);

  return { updateReady, applyUpdate };
}

/** Which Pyodide version this browser holds compiled code for (see warmStoredRuntime). */
export const COMPILED_RUNTIME_KEY = 'pydojo-compiled-runtime';
const PYODIDE_VERSION = String(process.env.NEXT_PUBLIC_PYODIDE_VERSION);
let warming = false;

function warmOnce() {
  const storage = browserStorage();
  if (warming || storage.getItem(COMPILED_RUNTIME_KEY) === PYODIDE_VERSION) return;
  warming = true;
  void import('@/adapters/python/browser')
    .then(({ warmStoredRuntime }) => warmStoredRuntime())
    .then((warmed) => {
      if (warmed) storage.setItem(COMPILED_RUNTIME_KEY, PYODIDE_VERSION);
    })
    .catch(() => undefined)
    .finally(() => {
      warming = false;
    });
}

/**
 * Once the service worker holds the runtime, boots it once in the
 * background, so the next visit's Python starts from compiled code (see
 * warmStoredRuntime; on the bench machine a second visit's Python was
 * ready about 40 ms sooner). Once per Pyodide version, when the page is idle, and
 * never while the page's own Python is starting.
 */
export function useCompiledRuntime(): void {
  const pythonStarting = usePythonStarting();
  useEffect(() => {
    if (!OFFLINE_ENABLED || !('serviceWorker' in navigator) || pythonStarting) return;
    if (browserStorage().getItem(COMPILED_RUNTIME_KEY) === PYODIDE_VERSION) return;
    let cancelled = false;
    let stopWaiting: (() => void) | null = null;
    void navigator.serviceWorker.ready.then(() => {
      if (!cancelled) stopWaiting = whenIdle(warmOnce);
    });
    return () => {
      cancelled = true;
      stopWaiting?.();
    };
  }, [pythonStarting]);
}

const noSubscription = () => () => undefined;

export type OfflineReadiness = 'development' | 'unsupported' | 'preparing' | 'ready' | 'failed';

/**
 * Whether this browser holds everything PyDojo needs offline: a service
 * worker is active once its install has precached the whole app.
 */
export function useOfflineReadiness(): OfflineReadiness {
  // False in the prerendered page, true in the browser: the worker is a browser matter.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [settled, setSettled] = useState<'ready' | 'failed' | null>(null);
  const supported = hydrated && OFFLINE_ENABLED && 'serviceWorker' in navigator;
  useEffect(() => {
    if (!supported) return;
    let cancelled = false;
    const settle = (next: 'ready' | 'failed') => {
      if (!cancelled) setSettled(next);
    };
    void navigator.serviceWorker.ready.then(() => settle('ready'));
    // An install that fails (a download broke off) leaves no worker behind; the next visit tries again.
    const watch = (registration: ServiceWorkerRegistration | undefined) => {
      const installing = registration?.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'redundant' && !registration?.active) settle('failed');
      });
    };
    void navigator.serviceWorker.getRegistration().then((registration) => {
      watch(registration);
      registration?.addEventListener('updatefound', () => watch(registration));
    });
    return () => {
      cancelled = true;
    };
  }, [supported]);
  if (!hydrated) return 'preparing';
  if (!OFFLINE_ENABLED) return 'development';
  if (!supported) return 'unsupported';
  return settled ?? 'preparing';
}

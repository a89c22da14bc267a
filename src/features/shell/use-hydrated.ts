'use client';
import { useSyncExternalStore } from 'react';

interface Persisted {
  persist: { hasHydrated(): boolean; onFinishHydration(listener: () => void): () => void };
}

/** True once a persisted store has read its saved state (always false on the server). */
export function useHydrated(store: Persisted): boolean {
  return useSyncExternalStore(
    (onChange) => store.persist.onFinishHydration(onChange),
    () => store.persist.hasHydrated(),
    () => false,
  );
}

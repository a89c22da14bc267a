/**
 * The saved stores loaded on this page, so the app shell can read them back
 * without importing every store: each store module registers itself when
 * imported. The shell starts the registry after its first render (stores
 * skip hydration, so the server's HTML and the first client render agree);
 * from then on a store loaded later, with a page's code on a client
 * navigation, is read back as it registers. While started, another tab's
 * save is read back into the store it belongs to.
 */

interface Saved {
  /** The storage key the store is saved under. */
  key: string;
  /** Read the saved copy into the store. */
  load(): void;
}

/** A persisted Zustand store, as far as the registry needs it. */
export interface PersistedStore {
  persist: { getOptions(): { name?: string }; rehydrate(): Promise<void> | void };
}

const registered: Saved[] = [];
let started = false;

/** A saved value read by `load` (e.g. the AI key, kept outside Zustand's persistence). */
export function registerSaved(key: string, load: () => void): void {
  registered.push({ key, load });
  if (started) load();
}

export function registerPersisted(store: PersistedStore): void {
  const key = store.persist.getOptions().name;
  if (key) registerSaved(key, () => void store.persist.rehydrate());
}

function onStorage(event: StorageEvent): void {
  for (const saved of registered) if (saved.key === event.key) saved.load();
}

/** Read every registered store back, now and whenever another tab saves one; returns the stop. */
export function startSavedStores(): () => void {
  started = true;
  for (const saved of [...registered]) saved.load();
  window.addEventListener('storage', onStorage);
  return () => {
    started = false;
    window.removeEventListener('storage', onStorage);
  };
}

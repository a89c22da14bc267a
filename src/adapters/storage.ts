/**
 * Storage handed to Zustand's persist middleware. In the browser this is
 * localStorage; tests pass an in-memory Storage instead.
 */
/** The synchronous key/value surface of localStorage that persist needs. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function browserStorage(): KeyValueStorage {
  if (typeof window === 'undefined') return memoryStorage();
  try {
    const storage = window.localStorage;
    storage.getItem('__pydojo_probe__');
    return storage;
  } catch {
    // Storage disabled (by policy or settings): keep working for this visit.
    // (A full storage is still storage: the durable wrapper handles quota.)
    return memoryStorage();
  }
}

export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    dump: () => Object.fromEntries(data),
  };
}

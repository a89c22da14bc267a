/**
 * Where the learner's Gemini key lives in the browser: sessionStorage for
 * "this tab only" (the default) or localStorage for "remember on this device".
 * Saving to one place always removes it from the other, so the key is never
 * in localStorage unless the learner chose to remember it.
 */
import type { KeyValueStorage } from './storage';

export const KEY_STORAGE_KEY = 'pydojo:gemini-key';

export interface StoredKey {
  key: string;
  remember: boolean;
}

export interface KeyStores {
  session: KeyValueStorage | null;
  local: KeyValueStorage | null;
}

function safe(get: () => Storage): KeyValueStorage | null {
  try {
    const storage = get();
    storage.getItem(KEY_STORAGE_KEY);
    return storage;
  } catch {
    return null;
  }
}

export function browserKeyStores(): KeyStores {
  if (typeof window === 'undefined') return { session: null, local: null };
  return { session: safe(() => window.sessionStorage), local: safe(() => window.localStorage) };
}

export function loadKey(stores: KeyStores = browserKeyStores()): StoredKey | null {
  const session = stores.session?.getItem(KEY_STORAGE_KEY);
  if (session) return { key: session, remember: false };
  const local = stores.local?.getItem(KEY_STORAGE_KEY);
  return local ? { key: local, remember: true } : null;
}

export function saveKey(value: StoredKey, stores: KeyStores = browserKeyStores()): void {
  const [target, other] = value.remember ? [stores.local, stores.session] : [stores.session, stores.local];
  other?.removeItem(KEY_STORAGE_KEY);
  target?.setItem(KEY_STORAGE_KEY, value.key.trim());
}

export function clearKey(stores: KeyStores = browserKeyStores()): void {
  stores.session?.removeItem(KEY_STORAGE_KEY);
  stores.local?.removeItem(KEY_STORAGE_KEY);
}

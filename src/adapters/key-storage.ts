/**
 * Where the learner's Gemini key lives in the browser: sessionStorage for
 * "this tab only" (the default) or localStorage for "remember on this device".
 * Saving to one place always removes it from the other, so the key is never
 * in localStorage unless the learner chose to remember it.
 *
 * Whatever is read back is checked as the AI routes check a key (core/ai-names): a
 * damaged value (hand-edited, truncated, another program's text) is not a
 * key. It is removed from where it was found and reported, and nothing else
 * in storage is touched.
 */
import { asGeminiKey } from '@/core/ai-names';
import type { KeyValueStorage } from './storage';

export const KEY_STORAGE_KEY = 'pydojo:gemini-key';

export interface StoredKey {
  key: string;
  remember: boolean;
}

/** What loading found: a usable key (or none), and whether a damaged value was removed. */
export interface LoadedKey {
  stored: StoredKey | null;
  /** A saved value was not a key: it was removed. */
  discarded: boolean;
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

/** A saved key if it is one; a damaged value is removed and reported as `damaged`. */
function readFrom(storage: KeyValueStorage | null): { key: string | null; damaged: boolean } {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(KEY_STORAGE_KEY) ?? null;
  } catch {
    return { key: null, damaged: false };
  }
  if (raw === null || raw === '') return { key: null, damaged: false };
  const key = asGeminiKey(raw);
  if (key !== null) return { key, damaged: false };
  try {
    storage?.removeItem(KEY_STORAGE_KEY);
  } catch {
    // nothing more to do: it is still not used
  }
  return { key: null, damaged: true };
}

/** The key for this tab (sessionStorage first, then localStorage), checked. */
export function loadKey(stores: KeyStores = browserKeyStores()): LoadedKey {
  const session = readFrom(stores.session);
  const local = readFrom(stores.local);
  const discarded = session.damaged || local.damaged;
  if (session.key !== null) return { stored: { key: session.key, remember: false }, discarded };
  if (local.key !== null) return { stored: { key: local.key, remember: true }, discarded };
  return { stored: null, discarded };
}

/** Whether `key` can be kept (and sent) as a Gemini key. */
export function isValidKey(key: string): boolean {
  return asGeminiKey(key) !== null;
}

/** Keep the key where the learner chose; false (and nothing written) when it is not a key. */
export function saveKey(value: StoredKey, stores: KeyStores = browserKeyStores()): boolean {
  const key = asGeminiKey(value.key);
  if (key === null) return false;
  const [target, other] = value.remember ? [stores.local, stores.session] : [stores.session, stores.local];
  other?.removeItem(KEY_STORAGE_KEY);
  target?.setItem(KEY_STORAGE_KEY, key);
  return true;
}

export function clearKey(stores: KeyStores = browserKeyStores()): void {
  stores.session?.removeItem(KEY_STORAGE_KEY);
  stores.local?.removeItem(KEY_STORAGE_KEY);
}

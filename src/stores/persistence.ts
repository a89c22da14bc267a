/**
 * The storage every persisted store uses: localStorage behind the durable
 * wrapper, reporting damaged data and a full storage to the notices store.
 *
 * A store checks its saved copy with its schema (storeStorage). The stores
 * the shell, the lessons and the learning path load with their first
 * scripts (settings, progress, drafts, lesson progress) load their schema
 * and migration only when they first read (lazyRules, lazyStoreStorage,
 * afterRules), so zod is not part of those pages' first load; a store that
 * joins them does the same.
 */
import type { ZodMiniType } from 'zod/mini';
import { durableStorage } from '@/adapters/durable-storage';
import { pageLoaded } from '@/adapters/page-load';
import { browserStorage, type KeyValueStorage } from '@/adapters/storage';
import type { StateStorage } from 'zustand/middleware';
import { useNotices } from './notices';

const HISTORY_KEY = 'pydojo:history';

let roomMaker: ((key: string) => boolean) | null = null;

/** The history store offers to prune its oldest events when storage is full. */
export function registerRoomMaker(makeRoom: (key: string) => boolean): void {
  roomMaker = makeRoom;
}

/**
 * A page that has not loaded the history store still frees room the same
 * way: the oldest quarter of the saved history goes (as core/history's
 * pruneOldest does), straight in storage.
 */
export function pruneSavedHistory(base: KeyValueStorage): boolean {
  try {
    const raw = base.getItem(HISTORY_KEY);
    if (raw === null) return false;
    const saved = JSON.parse(raw) as { state?: { events?: unknown } };
    const events = saved.state?.events;
    if (!Array.isArray(events) || events.length === 0) return false;
    const drop = Math.max(1, Math.floor(events.length * 0.25));
    base.setItem(HISTORY_KEY, JSON.stringify({ ...saved, state: { ...saved.state, events: events.slice(drop) } }));
    return true;
  } catch {
    return false;
  }
}

/** What a store needs to read its saved copy back: the saved state's schema and its migration (anything stored → valid state). */
export interface SavedRules<S> {
  schema: ZodMiniType;
  migrate(persisted: unknown): S;
}

/**
 * A store's saved-data rules, loaded on first use rather than with the page:
 * zod and the schemas are the largest part of a store's code, and no page
 * needs them to show itself, only to read the saved copy back. Loading waits
 * for the page's load event, so they never hold up the page's own scripts.
 */
export interface LazyRules<S> {
  /** Loads the rules (once; later calls share the first). */
  load(): Promise<SavedRules<S>>;
  /** The loaded rules; only code that runs after `load` has settled may ask. */
  get(): SavedRules<S>;
}

/**
 * `retryWaitsMs`: a load that fails (a dropped connection) is tried again
 * after each of these waits; after the last, the next `load` starts over.
 */
export function lazyRules<S>(load: () => Promise<SavedRules<S>>, retryWaitsMs: readonly number[] = [1_000, 2_000, 4_000]): LazyRules<S> {
  let loaded: SavedRules<S> | null = null;
  let loading: Promise<SavedRules<S>> | null = null;
  const attempt = async (): Promise<SavedRules<S>> => {
    await pageLoaded();
    for (const wait of retryWaitsMs) {
      try {
        return await load();
      } catch {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    return load();
  };
  return {
    load: () =>
      (loading ??= attempt().then(
        (rules) => (loaded = rules),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    get: () => {
      if (!loaded) throw new Error('Saved-data rules were read before they loaded');
      return loaded;
    },
  };
}

/**
 * The storage a store with lazy rules persists through: its saved copy is
 * read only once the rules have loaded (Zustand then awaits the read, and
 * the store's migrate and merge run after it), and nothing is written before
 * that first read, so an early change can never overwrite a saved copy
 * nobody has read yet (the store merges it in when it reads).
 */
export function afterRules(storage: () => KeyValueStorage, rules: LazyRules<unknown>): () => StateStorage {
  return () => {
    const base = storage();
    let read = false;
    return {
      getItem: async (key) => {
        await rules.load();
        const value = base.getItem(key);
        read = true;
        return value;
      },
      setItem: (key, value) => {
        if (read) base.setItem(key, value);
      },
      removeItem: (key) => base.removeItem(key),
    };
  };
}

function durable(schema: ZodMiniType | (() => ZodMiniType)): () => KeyValueStorage {
  return () => {
    const base = browserStorage();
    return durableStorage(base, {
      schema,
      onIssue: (issue) => useNotices.getState().add(issue),
      makeRoom: (key) => (roomMaker ? roomMaker(key) : pruneSavedHistory(base)),
    });
  };
}

/** localStorage behind the durable wrapper, checking what it reads against `schema`. */
export function storeStorage(schema: ZodMiniType): () => KeyValueStorage {
  return durable(schema);
}

/** As storeStorage, for a store with lazy rules: what it reads is checked against their schema (loaded by then, see afterRules). */
export function lazyStoreStorage(rules: LazyRules<unknown>): () => KeyValueStorage {
  return durable(() => rules.get().schema);
}

/**
 * The storage every persisted store uses: localStorage behind the durable
 * wrapper, reporting damaged data and a full storage to the notices store.
 */
import type { ZodMiniType } from 'zod/mini';
import { durableStorage } from '@/adapters/durable-storage';
import { browserStorage, type KeyValueStorage } from '@/adapters/storage';
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

export function storeStorage(schema: ZodMiniType): () => KeyValueStorage {
  return () => {
    const base = browserStorage();
    return durableStorage(base, {
      schema,
      onIssue: (issue) => useNotices.getState().add(issue),
      makeRoom: (key) => (roomMaker ? roomMaker(key) : pruneSavedHistory(base)),
    });
  };
}

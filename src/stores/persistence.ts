/**
 * The storage every persisted store uses: localStorage behind the durable
 * wrapper, reporting damaged data and a full storage to the notices store.
 */
import type { ZodType } from 'zod';
import { durableStorage } from '@/adapters/durable-storage';
import { browserStorage, type KeyValueStorage } from '@/adapters/storage';
import { useNotices } from './notices';

let roomMaker: ((key: string) => boolean) | null = null;

/** The history store offers to prune its oldest events when storage is full. */
export function registerRoomMaker(makeRoom: (key: string) => boolean): void {
  roomMaker = makeRoom;
}

export function storeStorage(schema: ZodType): () => KeyValueStorage {
  return () =>
    durableStorage(browserStorage(), {
      schema,
      onIssue: (issue) => useNotices.getState().add(issue),
      makeRoom: (key) => roomMaker?.(key) ?? false,
    });
}

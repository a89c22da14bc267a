import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { durableStorage, RECOVERY_PREFIX, type StorageIssue } from './durable-storage';
import { memoryStorage, type KeyValueStorage } from './storage';

const Schema = z.object({ count: z.number() });

function quotaError(): Error {
  const error = new Error('Setting the value exceeded the quota.');
  error.name = 'QuotaExceededError';
  return error;
}

/** A storage with room for `capacity` characters of values. */
function smallStorage(capacity: number): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      const used = [...data.entries()].filter(([k]) => k !== key).reduce((sum, [, v]) => sum + v.length, 0);
      if (used + value.length > capacity) throw quotaError();
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}

describe('durableStorage', () => {
  it('passes valid persisted values through', () => {
    const issues: StorageIssue[] = [];
    const base = memoryStorage({ k: JSON.stringify({ state: { count: 2 }, version: 1 }) });
    const storage = durableStorage(base, { schema: Schema, onIssue: (i) => issues.push(i) });
    expect(storage.getItem('k')).toBe(JSON.stringify({ state: { count: 2 }, version: 1 }));
    expect(issues).toEqual([]);
  });

  it.each([
    ['truncated JSON', '{"state": {"count": 2'],
    ['not JSON', 'hello'],
    ['the wrong shape', JSON.stringify({ state: { count: 'two' }, version: 1 })],
    ['no version', JSON.stringify({ state: { count: 2 } })],
    ['a bare value', '42'],
  ])('keeps %s under a recovery key, reports it and starts fresh', (_label, raw) => {
    const issues: StorageIssue[] = [];
    const base = memoryStorage({ k: raw });
    const storage = durableStorage(base, { schema: Schema, onIssue: (i) => issues.push(i), now: () => 5 });
    expect(storage.getItem('k')).toBeNull();
    expect(base.getItem('k')).toBeNull();
    expect(base.getItem(`${RECOVERY_PREFIX}k`)).toBe(raw);
    expect(issues).toEqual([{ kind: 'corrupted', key: 'k', recoveryKey: `${RECOVERY_PREFIX}k`, saved: false, at: 5 }]);
  });

  it('makes room when storage is full, saves, and reports it', () => {
    const base = smallStorage(20);
    base.setItem('old', 'x'.repeat(15));
    const issues: StorageIssue[] = [];
    const storage = durableStorage(base, {
      onIssue: (i) => issues.push(i),
      makeRoom: () => {
        base.removeItem('old');
        return true;
      },
    });
    storage.setItem('new', 'y'.repeat(10));
    expect(base.getItem('new')).toBe('y'.repeat(10));
    expect(issues.map((i) => [i.kind, i.saved])).toEqual([['quota', true]]);
  });

  it('reports an unsaved write without throwing when no room can be made', () => {
    const base = smallStorage(5);
    const issues: StorageIssue[] = [];
    const storage = durableStorage(base, { onIssue: (i) => issues.push(i), makeRoom: () => false });
    expect(() => storage.setItem('k', 'z'.repeat(10))).not.toThrow();
    expect(base.getItem('k')).toBeNull();
    expect(issues.map((i) => [i.kind, i.saved])).toEqual([['quota', false]]);
  });

  it('does not hide other errors', () => {
    const base: KeyValueStorage = { getItem: () => null, setItem: () => { throw new TypeError('boom'); }, removeItem: () => undefined };
    const storage = durableStorage(base, { onIssue: () => undefined });
    expect(() => storage.setItem('k', 'v')).toThrow('boom');
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { memoryStorage } from '@/adapters/storage';
import { pruneSavedHistory } from './persistence';
import { registerPersisted, registerSaved, startSavedStores } from './registry';

function savedStore(name: string, storage: ReturnType<typeof memoryStorage>) {
  return create<{ n: number }>()(persist(() => ({ n: 0 }), { name, storage: createJSONStorage(() => storage), skipHydration: true }));
}

const saved = (n: number) => JSON.stringify({ state: { n }, version: 0 });

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

describe('saved-store registry', () => {
  it('reads nothing back until started, then every store registered so far', () => {
    const storage = memoryStorage({ 'test:a': saved(1) });
    const store = savedStore('test:a', storage);
    registerPersisted(store);
    expect(store.getState().n).toBe(0);
    expect(store.persist.hasHydrated()).toBe(false);
    stop = startSavedStores();
    expect(store.getState().n).toBe(1);
  });

  it('reads a store loaded after the start back as it registers', () => {
    stop = startSavedStores();
    const storage = memoryStorage({ 'test:b': saved(2) });
    const store = savedStore('test:b', storage);
    registerPersisted(store);
    expect(store.getState().n).toBe(2);
  });

  it("reads another tab's save back into the store it belongs to, while started", () => {
    const loads: string[] = [];
    registerSaved('test:c', () => loads.push('c'));
    registerSaved('test:d', () => loads.push('d'));
    stop = startSavedStores();
    loads.length = 0;
    window.dispatchEvent(new StorageEvent('storage', { key: 'test:d' }));
    expect(loads).toEqual(['d']);
    stop();
    stop = null;
    window.dispatchEvent(new StorageEvent('storage', { key: 'test:d' }));
    expect(loads).toEqual(['d']);
  });
});

describe('pruneSavedHistory', () => {
  it('drops the oldest quarter of the saved history (at least one event)', () => {
    const events = Array.from({ length: 8 }, (_, i) => ({ id: `e${i}`, at: i }));
    const storage = memoryStorage({ 'pydojo:history': JSON.stringify({ state: { events }, version: 1 }) });
    expect(pruneSavedHistory(storage)).toBe(true);
    const after = JSON.parse(storage.getItem('pydojo:history') ?? '') as { state: { events: Array<{ id: string }> }; version: number };
    expect(after.version).toBe(1);
    expect(after.state.events.map((e) => e.id)).toEqual(['e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
  });

  it('frees nothing without a saved history, or with a damaged one', () => {
    expect(pruneSavedHistory(memoryStorage())).toBe(false);
    expect(pruneSavedHistory(memoryStorage({ 'pydojo:history': '{oops' }))).toBe(false);
    expect(pruneSavedHistory(memoryStorage({ 'pydojo:history': JSON.stringify({ state: { events: [] }, version: 1 }) }))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/adapters/storage';
import { activeTime } from '@/core/time/active-time';
import type { Span } from '@/core/time/tracker';
import { createActiveTimeStore } from './active-time';

const KEY = 'pydojo:active-time';
const UTC = () => 0;
const MIN = 60_000;
const DAY = Date.parse('2026-03-02T09:00:00Z');
const span = (kind: 'lesson' | 'problem', id: string, startMin: number, minutes: number): Span => ({
  context: kind === 'lesson' ? { kind, id } : { kind, id },
  start: DAY + startMin * MIN,
  end: DAY + (startMin + minutes) * MIN,
});

async function loadStore(storage = memoryStorage(), id = 'browser-a') {
  const store = createActiveTimeStore(() => storage, () => id, UTC);
  await store.persist.rehydrate();
  return { storage, store };
}

describe('active time store', () => {
  it('adds spans to this browser’s record and saves them with its id', async () => {
    const { store, storage } = await loadStore();
    store.getState().add([span('lesson', 'basics/print', 0, 5), span('problem', 'sum-of-evens', 5, 3)]);
    store.getState().add([span('problem', 'sum-of-evens', 10, 1)]);
    const saved = JSON.parse(storage.dump()[KEY]) as { state: { device: string }; version: number };
    expect(saved.version).toBe(1);
    expect(saved.state.device).toBe('browser-a');
    expect(activeTime(store.getState()).days['2026-03-02']).toEqual({ learnMs: 5 * MIN, practiseMs: 4 * MIN, totalMs: 9 * MIN });

    const reloaded = await loadStore(storage, 'never-used');
    expect(reloaded.store.getState().device).toBe('browser-a');
    reloaded.store.getState().add([span('lesson', 'basics/print', 20, 2)]);
    expect(Object.keys(reloaded.store.getState().devices)).toEqual(['browser-a']);
    expect(activeTime(reloaded.store.getState()).lessons['basics/print']).toBe(7 * MIN);
  });

  it('loses no time when two tabs of one browser add at once: each adds on top of the latest save', async () => {
    const storage = memoryStorage();
    const first = await loadStore(storage);
    first.store.getState().add([span('lesson', 'basics/print', 0, 1)]);
    const second = await loadStore(storage, 'other');
    // Both tabs keep adding without hearing of each other's saves.
    first.store.getState().add([span('lesson', 'basics/print', 1, 2)]);
    second.store.getState().add([span('problem', 'sum-of-evens', 1, 4)]);
    first.store.getState().add([span('lesson', 'basics/print', 5, 1)]);
    const reloaded = await loadStore(storage);
    expect(activeTime(reloaded.store.getState()).totalMs).toBe(8 * MIN);
    expect(Object.keys(reloaded.store.getState().devices)).toEqual(['browser-a']);
  });

  it('starts empty from damaged storage and keeps working', async () => {
    const { store } = await loadStore(memoryStorage({ [KEY]: '{"state": {"devices": 3}, "version": 1}' }));
    expect(store.getState().devices).toEqual({});
    store.getState().add([span('lesson', 'basics/print', 0, 1)]);
    expect(activeTime(store.getState()).totalMs).toBe(MIN);
  });
});

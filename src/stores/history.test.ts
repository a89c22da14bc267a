import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/adapters/storage';
import { HISTORY_LIMIT, HistoryEvent, HistoryState } from '@/core/history';
import { createHistoryStore, type HistoryStore } from './history';

const KEY = 'pydojo:history';
/** 2024-03-10 12:00 UTC. */
const FIXED = Date.UTC(2024, 2, 10, 12, 0, 0);

type Recordable = Parameters<HistoryStore['record']>[0];

const submit: Recordable = {
  kind: 'submit',
  problemId: 'two-sum',
  problemTitle: 'Two sum',
  module: 'lists',
  subtopic: 'indexing',
  problemType: 'function',
  difficulty: 'beginner',
  durationMs: 42,
  code: 'def two_sum(xs, t):\n    return []\n',
  summary: 'passed 8/8',
  passed: true,
  testsPassed: 8,
  testsTotal: 8,
};

const run: Recordable = { ...submit, kind: 'run', summary: 'NameError on line 3', passed: null, testsPassed: null, testsTotal: null };

function stored(state: unknown, version = 1): Record<string, string> {
  return { [KEY]: JSON.stringify({ state, version }) };
}

async function loadStore(initial: Record<string, string> = {}, now: () => number = () => FIXED) {
  const storage = memoryStorage(initial);
  const store = createHistoryStore(() => storage, now);
  await store.persist.rehydrate();
  return { storage, store };
}

function persisted(storage: ReturnType<typeof memoryStorage>): { state: unknown; version: number } | undefined {
  const raw = storage.dump()[KEY];
  return raw === undefined ? undefined : JSON.parse(raw);
}

const eventsOf = (store: ReturnType<typeof createHistoryStore>) => store.getState().events;

describe('history store', () => {
  it('starts empty and writes nothing before a record', async () => {
    const { store, storage } = await loadStore();
    expect(eventsOf(store)).toEqual([]);
    expect(store.persist.hasHydrated()).toBe(true);
    expect(persisted(storage)).toBeUndefined();
  });

  it('returns the recorded event with an id and the current time', async () => {
    const { store } = await loadStore();
    const event = store.getState().record(submit);
    expect(event).toEqual({ ...submit, id: expect.any(String), at: FIXED });
    expect(event.id).toMatch(new RegExp(`^${FIXED.toString(36)}-[0-9a-z]+$`));
    expect(HistoryEvent.safeParse(event).success).toBe(true);
    expect(eventsOf(store)).toEqual([event]);
  });

  it('gives distinct ids to events recorded at the same time, in order', async () => {
    const { store } = await loadStore();
    const first = store.getState().record(run);
    const second = store.getState().record(submit);
    expect(first.id).not.toBe(second.id);
    expect(first.at).toBe(second.at);
    expect(eventsOf(store).map((e) => e.id)).toEqual([first.id, second.id]);
  });

  it('takes the time from the clock it was given', async () => {
    let t = FIXED;
    const { store } = await loadStore({}, () => t);
    const a = store.getState().record(run);
    t += 5_000;
    const b = store.getState().record(submit);
    expect([a.at, b.at]).toEqual([FIXED, FIXED + 5_000]);
    expect(b.id.startsWith(`${(FIXED + 5_000).toString(36)}-`)).toBe(true);
  });

  it('persists each record as versioned JSON holding only the events', async () => {
    const { store, storage } = await loadStore();
    const first = store.getState().record(run);
    expect(persisted(storage)).toEqual({ state: { events: [first] }, version: 1 });
    const second = store.getState().record(submit);
    const written = persisted(storage);
    expect(written).toEqual({ state: { events: [first, second] }, version: 1 });
    expect(Object.keys(written?.state as object)).toEqual(['events']);
    expect(HistoryState.safeParse(written?.state).success).toBe(true);
  });

  it('rehydrates what it persisted into a new store, which keeps recording', async () => {
    const first = await loadStore();
    const a = first.store.getState().record(run);
    const b = first.store.getState().record(submit);
    const second = await loadStore(first.storage.dump(), () => FIXED + 1_000);
    expect(eventsOf(second.store)).toEqual([a, b]);
    const c = second.store.getState().record({ ...submit, kind: 'hint', summary: 'hint 1', passed: null });
    expect(eventsOf(second.store)).toEqual([a, b, c]);
    expect(persisted(second.storage)).toEqual({ state: { events: [a, b, c] }, version: 1 });
    // The first store is unaffected.
    expect(eventsOf(first.store)).toEqual([a, b]);
  });

  it('reads stored events only once rehydrated', async () => {
    const event = HistoryEvent.parse({ ...submit, id: 'stored-1', at: FIXED - 1 });
    const storage = memoryStorage(stored({ events: [event] }));
    const store = createHistoryStore(() => storage, () => FIXED);
    expect(eventsOf(store)).toEqual([]);
    await store.persist.rehydrate();
    expect(eventsOf(store)).toEqual([event]);
  });

  it('rehydrates a corrupted stored value to an empty history without throwing, and keeps working', async () => {
    const corrupted = [
      '{"state": {"events": [',
      'not json at all',
      '',
      'null',
      '42',
      '"text"',
      '[1,2]',
      '{"state": null, "version": 1}',
      '{"state": "events", "version": 1}',
      '{"state": {"events": "lots"}, "version": 1}',
      '{"state": {"events": [1, null, {"id": 5}]}, "version": 1}',
      '{"state": [], "version": 0}',
    ];
    for (const raw of corrupted) {
      const storage = memoryStorage({ [KEY]: raw });
      const store = createHistoryStore(() => storage, () => FIXED);
      await expect(store.persist.rehydrate(), raw).resolves.toBeUndefined();
      expect(eventsOf(store), raw).toEqual([]);
      expect(typeof store.getState().record, raw).toBe('function');
      const event = store.getState().record(run);
      expect(persisted(storage), raw).toEqual({ state: { events: [event] }, version: 1 });
    }
  });

  it('keeps the valid events of hand-edited storage', async () => {
    const good = HistoryEvent.parse({ ...submit, id: 'good', at: FIXED - 10 });
    const { store } = await loadStore(stored({ events: [good, { ...good, id: 'bad', kind: 'debug' }, 'junk', { ...good, id: 'also-bad', at: 'noon' }], extra: true }));
    expect(eventsOf(store)).toEqual([good]);
    expect(store.getState()).not.toHaveProperty('extra');
  });

  it('migrates an older version and writes the migrated history back', async () => {
    const good = HistoryEvent.parse({ ...run, id: 'old-1', at: FIXED - 10 });
    const { store, storage } = await loadStore(stored({ events: [good, { id: 'broken' }] }, 0));
    expect(eventsOf(store)).toEqual([good]);
    expect(persisted(storage)).toEqual({ state: { events: [good] }, version: 1 });
  });

  it('keeps only the newest events once the limit is reached', async () => {
    const base = HistoryEvent.parse({ ...run, id: 'x', at: 0 });
    const full = Array.from({ length: HISTORY_LIMIT }, (_, i) => ({ ...base, id: `old-${i}`, at: FIXED - HISTORY_LIMIT + i }));
    const { store } = await loadStore(stored({ events: full }));
    const event = store.getState().record(submit);
    const events = eventsOf(store);
    expect(events).toHaveLength(HISTORY_LIMIT);
    expect(events[0].id).toBe('old-1');
    expect(events.at(-1)).toEqual(event);
  });

  it('keeps separate stores on separate storages', async () => {
    const a = await loadStore();
    const b = await loadStore();
    a.store.getState().record(submit);
    expect(eventsOf(b.store)).toEqual([]);
    expect(persisted(b.storage)).toBeUndefined();
  });
});

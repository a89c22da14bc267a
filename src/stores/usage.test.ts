import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/adapters/storage';
import { USAGE_LIMIT, UsageRecord, UsageState, type UsageInput } from '@/core/usage';
import { createUsageStore } from './usage';

const KEY = 'pydojo:usage';
/** 2024-03-10 12:00 UTC. */
const FIXED = Date.UTC(2024, 2, 10, 12, 0, 0);

const hint: UsageInput = { endpoint: 'get-hints', model: 'gemini-2.5-flash', inputTokens: 1_200, outputTokens: 300, latencyMs: 950, ok: true };
const failed: UsageInput = { endpoint: 'evaluate-code', model: '', inputTokens: 0, outputTokens: 0, latencyMs: 40, ok: false, errorCode: 'invalid_key' };

function stored(state: unknown, version = 1): Record<string, string> {
  return { [KEY]: JSON.stringify({ state, version }) };
}

async function loadStore(initial: Record<string, string> = {}, now: () => number = () => FIXED) {
  const storage = memoryStorage(initial);
  const store = createUsageStore(() => storage, now);
  await store.persist.rehydrate();
  return { storage, store };
}

function persisted(storage: ReturnType<typeof memoryStorage>): { state: unknown; version: number } | undefined {
  const raw = storage.dump()[KEY];
  return raw === undefined ? undefined : JSON.parse(raw);
}

const recordsOf = (store: ReturnType<typeof createUsageStore>) => store.getState().records;

function record(id: string, at: number, input: UsageInput = hint): UsageRecord {
  return UsageRecord.parse({ ...input, id, at });
}

describe('usage store', () => {
  it('starts empty and writes nothing before a record', async () => {
    const { store, storage } = await loadStore();
    expect(recordsOf(store)).toEqual([]);
    expect(store.persist.hasHydrated()).toBe(true);
    expect(persisted(storage)).toBeUndefined();
  });

  it('returns the recorded call with an id and the current time', async () => {
    const { store } = await loadStore();
    const call = store.getState().record(hint);
    expect(call).toEqual({ ...hint, id: expect.any(String), at: FIXED });
    expect(call.id).toMatch(new RegExp(`^${FIXED.toString(36)}-[0-9a-z]+$`));
    expect(UsageRecord.safeParse(call).success).toBe(true);
    expect(recordsOf(store)).toEqual([call]);
  });

  it('records failed calls with their error code', async () => {
    const { store } = await loadStore();
    const call = store.getState().record(failed);
    expect(call).toMatchObject({ ok: false, errorCode: 'invalid_key', model: '' });
    expect(recordsOf(store)).toEqual([call]);
  });

  it('keeps the time the caller measured, in time order', async () => {
    let t = FIXED;
    const { store } = await loadStore({}, () => t);
    const a = store.getState().record(hint);
    t += 5_000;
    const started = store.getState().record({ ...hint, at: FIXED - 1_000 });
    expect(started.at).toBe(FIXED - 1_000);
    expect(recordsOf(store)).toEqual([started, a]);
  });

  it('gives distinct ids to calls recorded at the same time', async () => {
    const { store } = await loadStore();
    const first = store.getState().record(hint);
    const second = store.getState().record(hint);
    expect(first.id).not.toBe(second.id);
    expect(recordsOf(store)).toHaveLength(2);
  });

  it('persists each record as versioned JSON holding only the records', async () => {
    const { store, storage } = await loadStore();
    const first = store.getState().record(hint);
    expect(persisted(storage)).toEqual({ state: { records: [first] }, version: 1 });
    const second = store.getState().record(failed);
    const written = persisted(storage);
    expect(written).toEqual({ state: { records: [first, second] }, version: 1 });
    expect(Object.keys(written?.state as object)).toEqual(['records']);
    expect(UsageState.safeParse(written?.state).success).toBe(true);
  });

  it('clears every record and persists the empty history', async () => {
    const { store, storage } = await loadStore();
    store.getState().record(hint);
    store.getState().record(failed);
    store.getState().clear();
    expect(recordsOf(store)).toEqual([]);
    expect(persisted(storage)).toEqual({ state: { records: [] }, version: 1 });
    const again = store.getState().record(hint);
    expect(recordsOf(store)).toEqual([again]);
  });

  it('rehydrates what it persisted into a new store, which keeps recording', async () => {
    const first = await loadStore();
    const a = first.store.getState().record(hint);
    const b = first.store.getState().record(failed);
    const second = await loadStore(first.storage.dump(), () => FIXED + 1);
    expect(recordsOf(second.store)).toEqual([a, b]);
    const c = second.store.getState().record(hint);
    expect(persisted(second.storage)).toEqual({ state: { records: [a, b, c] }, version: 1 });
    expect(recordsOf(first.store)).toEqual([a, b]);
  });

  it('reads stored records only once rehydrated', async () => {
    const saved = record('stored-1', FIXED - 1);
    const storage = memoryStorage(stored({ records: [saved] }));
    const store = createUsageStore(() => storage, () => FIXED);
    expect(recordsOf(store)).toEqual([]);
    await store.persist.rehydrate();
    expect(recordsOf(store)).toEqual([saved]);
  });

  it('merges another tab’s copy record by record', async () => {
    const { store, storage } = await loadStore();
    const mine = store.getState().record(hint);
    const theirs = record('other-tab', FIXED - 10, failed);
    storage.setItem(KEY, JSON.stringify({ state: { records: [theirs, mine] }, version: 1 }));
    await store.persist.rehydrate();
    expect(recordsOf(store)).toEqual([theirs, mine]);
    // Rehydrating the same copy again changes nothing.
    await store.persist.rehydrate();
    expect(recordsOf(store)).toEqual([theirs, mine]);
    expect(typeof store.getState().record).toBe('function');
    expect(typeof store.getState().clear).toBe('function');
  });

  it('rehydrates a corrupted stored value to no records without throwing, and keeps working', async () => {
    const corrupted = [
      '{"state": {"records": [',
      'not json at all',
      '',
      'null',
      '42',
      '"text"',
      '[1,2]',
      '{"state": null, "version": 1}',
      '{"state": "records", "version": 1}',
      '{"state": {"records": "lots"}, "version": 1}',
      '{"state": {"records": [1, null, {"id": 5}]}, "version": 1}',
      '{"state": [], "version": 0}',
    ];
    for (const raw of corrupted) {
      const storage = memoryStorage({ [KEY]: raw });
      const store = createUsageStore(() => storage, () => FIXED);
      await expect(store.persist.rehydrate(), raw).resolves.toBeUndefined();
      expect(recordsOf(store), raw).toEqual([]);
      const call = store.getState().record(hint);
      expect(persisted(storage), raw).toEqual({ state: { records: [call] }, version: 1 });
    }
  });

  it('keeps the valid records of hand-edited storage', async () => {
    const good = record('good', FIXED - 10);
    const { store } = await loadStore(stored({ records: [good, { ...good, id: 'bad', endpoint: 'chat' }, 'junk', { ...good, id: 'also-bad', inputTokens: -5 }], extra: true }));
    expect(recordsOf(store)).toEqual([good]);
    expect(store.getState()).not.toHaveProperty('extra');
  });

  it('migrates an older version and writes the migrated records back', async () => {
    const good = record('old-1', FIXED - 10);
    const { store, storage } = await loadStore(stored({ records: [good, { id: 'broken' }] }, 0));
    expect(recordsOf(store)).toEqual([good]);
    expect(persisted(storage)).toEqual({ state: { records: [good] }, version: 1 });
  });

  it('keeps only the newest records once the limit is reached', async () => {
    const full = Array.from({ length: USAGE_LIMIT }, (_, i) => record(`old-${i}`, FIXED - USAGE_LIMIT + i));
    const { store } = await loadStore(stored({ records: full }));
    const call = store.getState().record(hint);
    const records = recordsOf(store);
    expect(records).toHaveLength(USAGE_LIMIT);
    expect(records[0].id).toBe('old-1');
    expect(records.at(-1)).toEqual(call);
  });

  it('keeps separate stores on separate storages', async () => {
    const a = await loadStore();
    const b = await loadStore();
    a.store.getState().record(hint);
    expect(recordsOf(b.store)).toEqual([]);
    expect(persisted(b.storage)).toBeUndefined();
  });
});

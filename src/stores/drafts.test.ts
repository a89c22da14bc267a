import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/adapters/storage';
import { MAX_DRAFTS } from '@/core/drafts';
import { DraftsState } from '@/core/schemas/drafts';
import { createDraftsStore } from './drafts';

const KEY = 'pydojo:drafts';

function stored(state: unknown, version = 1): Record<string, string> {
  return { [KEY]: JSON.stringify({ state, version }) };
}

async function loadStore(initial: Record<string, string> = {}, now: () => number = () => 1_000) {
  const storage = memoryStorage(initial);
  const store = createDraftsStore(() => storage, now);
  await store.persist.rehydrate();
  return { storage, store };
}

function persisted(storage: ReturnType<typeof memoryStorage>): { state: DraftsState; version: number } | undefined {
  const raw = storage.dump()[KEY];
  return raw === undefined ? undefined : JSON.parse(raw);
}

describe('drafts store', () => {
  it('starts empty and writes nothing before an action', async () => {
    const { store, storage } = await loadStore();
    expect(store.getState().drafts).toEqual({});
    expect(store.persist.hasHydrated()).toBe(true);
    expect(persisted(storage)).toBeUndefined();
  });

  it('persists saved drafts with their time, as versioned JSON holding only the drafts', async () => {
    let t = 100;
    const { store, storage } = await loadStore({}, () => t);
    store.getState().save('two-sum', 'def two_sum():\n    pass\n');
    t = 200;
    store.getState().save('fizz', 'print(1)');
    t = 300;
    store.getState().save('two-sum', 'def two_sum():\n    return []\n');
    expect(persisted(storage)).toEqual({
      state: {
        drafts: {
          'two-sum': { code: 'def two_sum():\n    return []\n', updatedAt: 300 },
          fizz: { code: 'print(1)', updatedAt: 200 },
        },
      },
      version: 2,
    });
  });

  it('persists a discard', async () => {
    const { store, storage } = await loadStore();
    store.getState().save('a', 'x = 1');
    store.getState().save('b', 'y = 2');
    store.getState().discard('a');
    expect(store.getState().drafts).toEqual({ b: { code: 'y = 2', updatedAt: 1_000 } });
    expect(persisted(storage)?.state).toEqual({ drafts: { b: { code: 'y = 2', updatedAt: 1_000 } } });
  });

  it('persists only the most recent MAX_DRAFTS drafts', async () => {
    let t = 0;
    const { store, storage } = await loadStore({}, () => ++t);
    for (let i = 0; i <= MAX_DRAFTS; i++) store.getState().save(`p${i}`, `code ${i}`);
    const drafts = persisted(storage)!.state.drafts;
    expect(Object.keys(drafts)).toHaveLength(MAX_DRAFTS);
    expect(drafts).not.toHaveProperty('p0');
    expect(drafts[`p${MAX_DRAFTS}`]).toEqual({ code: `code ${MAX_DRAFTS}`, updatedAt: MAX_DRAFTS + 1 });
  });

  it('reloads what it persisted into a new store', async () => {
    const first = await loadStore();
    first.store.getState().save('a', 'print("hi")');
    const second = await loadStore(first.storage.dump());
    expect(second.store.getState().drafts).toEqual({ a: { code: 'print("hi")', updatedAt: 1_000 } });
  });

  it('reads stored drafts only once rehydrated', async () => {
    const storage = memoryStorage(stored({ drafts: { a: { code: 'x', updatedAt: 5 } } }));
    const store = createDraftsStore(() => storage);
    expect(store.getState().drafts).toEqual({});
    await store.persist.rehydrate();
    expect(store.getState().drafts).toEqual({ a: { code: 'x', updatedAt: 5 } });
  });

  it('rehydrates corrupted storage to no drafts without throwing, and keeps working', async () => {
    for (const raw of ['{"state": {"drafts"', 'garbage', 'null', 'true', '[1]', '{"state": null, "version": 1}', '{"state": 3, "version": 1}', '{"state": {"drafts": []}, "version": 1}', '{"state": "x", "version": 0}']) {
      const { store, storage } = await loadStore({ [KEY]: raw });
      expect(store.getState().drafts, raw).toEqual({});
      expect(DraftsState.safeParse({ drafts: store.getState().drafts }).success, raw).toBe(true);
      store.getState().save('a', 'x');
      expect(persisted(storage)?.state, raw).toEqual({ drafts: { a: { code: 'x', updatedAt: 1_000 } } });
    }
  });

  it('keeps the valid drafts of hand-edited storage', async () => {
    const { store } = await loadStore(stored({ drafts: { good: { code: 'ok', updatedAt: 2 }, bad: { code: 1 }, worse: 'text' }, other: 1 }));
    expect(store.getState().drafts).toEqual({ good: { code: 'ok', updatedAt: 2 } });
    expect(store.getState()).not.toHaveProperty('other');
    expect(typeof store.getState().save).toBe('function');
  });

  it('migrates an older version and writes the migrated drafts back', async () => {
    const { store, storage } = await loadStore(stored({ drafts: { a: { code: 'x', updatedAt: 1 }, b: { code: 'y' } } }, 0));
    expect(store.getState().drafts).toEqual({ a: { code: 'x', updatedAt: 1 } });
    expect(persisted(storage)).toEqual({ state: { drafts: { a: { code: 'x', updatedAt: 1 } } }, version: 2 });
  });

  it('reads version 1 drafts (text only) into version 2 and writes them back as version 2', async () => {
    const { store, storage } = await loadStore(stored({ drafts: { a: { code: 'print(1)', updatedAt: 7 } } }, 1));
    expect(store.getState().drafts).toEqual({ a: { code: 'print(1)', updatedAt: 7 } });
    expect(persisted(storage)).toEqual({ state: { drafts: { a: { code: 'print(1)', updatedAt: 7 } } }, version: 2 });
  });

  it('round-trips a block program through storage, and drops it when the learner switches to text', async () => {
    const blocks = JSON.stringify({ blocks: { languageVersion: 0, blocks: [{ type: 'py_print', id: 'p' }] } });
    const first = await loadStore();
    first.store.getState().save('a', 'print()\n', blocks);
    // Saving the code alone keeps the block program.
    first.store.getState().save('a', 'print()\n');
    const second = await loadStore(first.storage.dump());
    expect(second.store.getState().drafts.a).toEqual({ code: 'print()\n', updatedAt: 1_000, blocks });
    second.store.getState().save('a', 'print(1)\n', null);
    const third = await loadStore(second.storage.dump());
    expect(third.store.getState().drafts.a).toEqual({ code: 'print(1)\n', updatedAt: 1_000 });
  });
});

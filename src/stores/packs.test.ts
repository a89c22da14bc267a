import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/adapters/storage';
import { PacksState } from '@/core/packs';
import { ProblemPack } from '@/core/schemas/problem';
import { createPacksStore } from './packs';

const KEY = 'pydojo:packs';

function pack(id: string, title = `Pack ${id}`): ProblemPack {
  return ProblemPack.parse({
    format: 'pydojo-pack',
    version: 1,
    id,
    title,
    problems: [
      {
        id: `${id}-echo`,
        title: 'Echo',
        statement: 'Print the line you read.',
        difficulty: 'beginner',
        starterCode: '',
        solution: 'print(input())\n',
        tests: [{ kind: 'io', stdin: 'hi\n', expected: 'hi\n' }],
      },
    ],
  });
}

function stored(state: unknown, version = 1): Record<string, string> {
  return { [KEY]: JSON.stringify({ state, version }) };
}

async function loadStore(initial: Record<string, string> = {}, now: () => number = () => 1_000) {
  const storage = memoryStorage(initial);
  const store = createPacksStore(() => storage, now);
  await store.persist.rehydrate();
  return { storage, store };
}

function persisted(storage: ReturnType<typeof memoryStorage>): { state: PacksState; version: number } | undefined {
  const raw = storage.dump()[KEY];
  return raw === undefined ? undefined : JSON.parse(raw);
}

describe('packs store', () => {
  it('starts empty and writes nothing before an action', async () => {
    const { store, storage } = await loadStore();
    expect(store.getState().packs).toEqual([]);
    expect(store.persist.hasHydrated()).toBe(true);
    expect(persisted(storage)).toBeUndefined();
  });

  it('persists added packs with their import time, as versioned JSON holding only the packs', async () => {
    let t = 10;
    const { store, storage } = await loadStore({}, () => t);
    const alpha = pack('alpha');
    store.getState().add(alpha);
    t = 20;
    store.getState().add(pack('beta'));
    const saved = persisted(storage)!;
    expect(saved.version).toBe(1);
    expect(Object.keys(saved.state)).toEqual(['packs']);
    expect(saved.state.packs.map((p) => [p.pack.id, p.importedAt])).toEqual([
      ['alpha', 10],
      ['beta', 20],
    ]);
    expect(saved.state.packs[0].pack).toEqual(JSON.parse(JSON.stringify(alpha)));
    expect(PacksState.safeParse(saved.state).success).toBe(true);
  });

  it('replaces a pack with the same id and persists the replacement', async () => {
    let t = 1;
    const { store, storage } = await loadStore({}, () => t);
    store.getState().add(pack('alpha', 'First'));
    t = 2;
    store.getState().add(pack('alpha', 'Second'));
    const packs = persisted(storage)!.state.packs;
    expect(packs).toHaveLength(1);
    expect(packs[0].pack.title).toBe('Second');
    expect(packs[0].importedAt).toBe(2);
  });

  it('persists a removal', async () => {
    const { store, storage } = await loadStore();
    store.getState().add(pack('alpha'));
    store.getState().add(pack('beta'));
    store.getState().remove('alpha');
    expect(store.getState().packs.map((p) => p.pack.id)).toEqual(['beta']);
    expect(persisted(storage)!.state.packs.map((p) => p.pack.id)).toEqual(['beta']);
    store.getState().remove('beta');
    expect(persisted(storage)!.state).toEqual({ packs: [] });
  });

  it('reloads what it persisted into a new store', async () => {
    const first = await loadStore();
    first.store.getState().add(pack('alpha'));
    const second = await loadStore(first.storage.dump());
    expect(second.store.getState().packs).toEqual(first.store.getState().packs);
  });

  it('rehydrates corrupted storage to no packs without throwing, and keeps working', async () => {
    for (const raw of ['{"state": {"packs": [', '<html>', 'null', '0', '"packs"', '{"state": null, "version": 1}', '{"state": {"packs": {}}, "version": 1}', '{"state": {"packs": "alpha"}, "version": 0}']) {
      const { store, storage } = await loadStore({ [KEY]: raw });
      expect(store.getState().packs, raw).toEqual([]);
      store.getState().add(pack('alpha'));
      expect(persisted(storage)!.state.packs.map((p) => p.pack.id), raw).toEqual(['alpha']);
    }
  });

  it('drops invalid packs from hand-edited storage and keeps the valid ones', async () => {
    const good = JSON.parse(JSON.stringify({ pack: pack('good'), importedAt: 3 }));
    const broken = { pack: { ...good.pack, id: 'Bad Id' }, importedAt: 4 };
    const { store } = await loadStore(stored({ packs: [broken, good, { importedAt: 1 }, 'x'], extra: true }));
    expect(store.getState().packs.map((p) => p.pack.id)).toEqual(['good']);
    expect(store.getState()).not.toHaveProperty('extra');
    expect(typeof store.getState().add).toBe('function');
  });

  it('migrates an older version and writes the migrated packs back', async () => {
    const good = JSON.parse(JSON.stringify({ pack: pack('good'), importedAt: 3 }));
    const { store, storage } = await loadStore(stored({ packs: [good, { pack: null, importedAt: 1 }] }, 0));
    expect(store.getState().packs.map((p) => p.pack.id)).toEqual(['good']);
    expect(persisted(storage)).toEqual({ state: { packs: [good] }, version: 1 });
  });
});

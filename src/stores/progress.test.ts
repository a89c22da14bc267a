import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/adapters/storage';
import { ProgressState } from '@/core/schemas/progress';
import { createProgressStore } from './progress';

const KEY = 'pydojo:progress';

function stored(state: unknown, version = 1): Record<string, string> {
  return { [KEY]: JSON.stringify({ state, version }) };
}

/** A clock the test moves by hand. */
function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

async function loadStore(initial: Record<string, string> = {}, now = clock().now) {
  const storage = memoryStorage(initial);
  const store = createProgressStore(() => storage, now);
  await store.persist.rehydrate();
  return { storage, store };
}

function persisted(storage: ReturnType<typeof memoryStorage>): { state: unknown; version: number } | undefined {
  const raw = storage.dump()[KEY];
  return raw === undefined ? undefined : JSON.parse(raw);
}

function progressOf(store: ReturnType<typeof createProgressStore>): ProgressState {
  const { problems, seen } = store.getState();
  return { problems, seen };
}

describe('progress store', () => {
  it('starts empty and writes nothing before an action', async () => {
    const { store, storage } = await loadStore();
    expect(progressOf(store)).toEqual({ problems: {}, seen: [] });
    expect(store.persist.hasHydrated()).toBe(true);
    expect(persisted(storage)).toBeUndefined();
  });

  it('persists opens, submits, hints and reveals as versioned JSON holding only the progress', async () => {
    const time = clock(10_000);
    const { store, storage } = await loadStore({}, time.now);
    const { open, submit, showHint, reveal } = store.getState();
    open('two-sum', 'fp-two-sum');
    time.advance(1_000);
    showHint('two-sum', 2);
    showHint('two-sum', 1);
    time.advance(4_000);
    submit('two-sum', false);
    time.advance(5_000);
    submit('two-sum', true);
    time.advance(1_000);
    open('fizz', 'fp-fizz');
    reveal('fizz');

    const expected = {
      problems: {
        'two-sum': { openedAt: 10_000, visitedAt: 10_000, attempts: 2, failedSubmits: 1, hintsShown: 2, revealed: false, solvedAt: 20_000, solveMs: 10_000, lastSolveMs: 10_000 },
        fizz: { openedAt: 21_000, visitedAt: 21_000, attempts: 0, failedSubmits: 0, hintsShown: 0, revealed: true, solvedAt: null, solveMs: null, lastSolveMs: null },
      },
      seen: ['fp-two-sum', 'fp-fizz'],
    };
    expect(progressOf(store)).toEqual(expected);
    expect(persisted(storage)).toEqual({ state: expected, version: 2 });
  });

  it('records a seen fingerprint once', async () => {
    const { store, storage } = await loadStore();
    store.getState().open('a', 'fp');
    store.getState().open('a', 'fp');
    store.getState().open('b', 'fp');
    expect((persisted(storage)?.state as ProgressState).seen).toEqual(['fp']);
  });

  it('reloads what it persisted into a new store', async () => {
    const time = clock(500);
    const first = await loadStore({}, time.now);
    first.store.getState().open('a', 'fp-a');
    time.advance(250);
    first.store.getState().submit('a', true);
    const second = await loadStore(first.storage.dump(), time.now);
    expect(progressOf(second.store)).toEqual(progressOf(first.store));
    expect(second.store.getState().problems.a.solveMs).toBe(250);
    // The reloaded store keeps counting from there.
    second.store.getState().submit('a', false);
    expect(second.store.getState().problems.a).toMatchObject({ attempts: 2, failedSubmits: 1, solvedAt: 750 });
  });

  it('reads stored progress only once rehydrated', async () => {
    const storage = memoryStorage(stored({ problems: { a: { openedAt: 1 } }, seen: ['fp-a'] }));
    const store = createProgressStore(() => storage);
    expect(store.getState().seen).toEqual([]);
    await store.persist.rehydrate();
    expect(store.getState().seen).toEqual(['fp-a']);
    expect(store.getState().problems.a).toMatchObject({ openedAt: 1, attempts: 0 });
  });

  it('never lets a change made before the saved copy was read overwrite it: the read merges both', async () => {
    const saved = stored({ problems: { a: { openedAt: 1, solvedAt: 5, solveMs: 4 } }, seen: ['fp-a'] });
    const storage = memoryStorage(saved);
    const store = createProgressStore(() => storage, clock(100).now);
    store.getState().open('b', 'fp-b');
    expect(storage.dump()).toEqual(saved);
    await store.persist.rehydrate();
    expect(Object.keys(store.getState().problems).sort()).toEqual(['a', 'b']);
    expect(store.getState().problems.a.solvedAt).toBe(5);
    // The next change saves both.
    store.getState().submit('b', false);
    expect(Object.keys((persisted(storage)?.state as ProgressState).problems).sort()).toEqual(['a', 'b']);
  });

  it('rehydrates corrupted storage to an empty state without throwing, and keeps working', async () => {
    for (const raw of ['{"state": {"problems"', 'not json at all', 'null', '42', '"text"', '[1,2]', '{"state": null, "version": 1}', '{"state": "x", "version": 1}', '{"state": {"problems": 5, "seen": "fp"}, "version": 1}', '{"state": [], "version": 0}']) {
      const { store, storage } = await loadStore({ [KEY]: raw });
      expect(progressOf(store), raw).toEqual({ problems: {}, seen: [] });
      expect(ProgressState.safeParse(progressOf(store)).success, raw).toBe(true);
      store.getState().open('a', 'fp');
      expect(persisted(storage)?.state, raw).toEqual({ problems: { a: expect.objectContaining({ attempts: 0 }) }, seen: ['fp'] });
    }
  });

  it('keeps the valid entries of hand-edited storage', async () => {
    const { store } = await loadStore(
      stored({ problems: { good: { openedAt: 1, solvedAt: 2, solveMs: 1 }, bad: { openedAt: 'yesterday' } }, seen: ['fp', 7], extra: true }),
    );
    expect(Object.keys(store.getState().problems)).toEqual(['good']);
    expect(store.getState().seen).toEqual(['fp']);
    expect(store.getState()).not.toHaveProperty('extra');
    expect(typeof store.getState().open).toBe('function');
  });

  it('migrates an older version and writes the migrated state back', async () => {
    const { store, storage } = await loadStore(stored({ problems: { a: { openedAt: 3, attempts: 1 }, b: 'junk' }, seen: ['fp-a'] }, 0));
    const expected = {
      problems: { a: { openedAt: 3, visitedAt: null, attempts: 1, failedSubmits: 0, hintsShown: 0, revealed: false, solvedAt: null, solveMs: null, lastSolveMs: null } },
      seen: ['fp-a'],
    };
    expect(progressOf(store)).toEqual(expected);
    expect(persisted(storage)).toEqual({ state: expected, version: 2 });
  });

  it('reads version 1 progress (no visits kept): a later solve is timed from the new visit', async () => {
    const time = clock(100_000);
    const v1 = { problems: { a: { openedAt: 3, attempts: 1, failedSubmits: 1, hintsShown: 0, revealed: false, solvedAt: null, solveMs: null } }, seen: ['fp-a'] };
    const { store } = await loadStore(stored(v1, 1), time.now);
    expect(store.getState().problems.a).toMatchObject({ openedAt: 3, visitedAt: null, attempts: 1 });
    store.getState().open('a', 'fp-a');
    time.advance(18_000);
    store.getState().submit('a', true);
    expect(store.getState().problems.a).toMatchObject({ openedAt: 3, visitedAt: 100_000, solvedAt: 118_000, solveMs: 18_000, lastSolveMs: 18_000 });
  });

  it('keeps separate stores on separate storages', async () => {
    const a = await loadStore();
    const b = await loadStore();
    a.store.getState().open('x', 'fp');
    expect(progressOf(b.store)).toEqual({ problems: {}, seen: [] });
    expect(persisted(b.storage)).toBeUndefined();
  });
});

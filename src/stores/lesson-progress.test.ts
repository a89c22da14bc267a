import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/adapters/storage';
import { createLessonProgressStore } from './lesson-progress';

const KEY = 'pydojo:lesson-progress';

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

async function loadStore(initial: Record<string, string> = {}, now = clock().now) {
  const storage = memoryStorage(initial);
  const store = createLessonProgressStore(() => storage, now);
  await store.persist.rehydrate();
  return { storage, store };
}

const saved = (storage: ReturnType<typeof memoryStorage>) => {
  const raw = storage.dump()[KEY];
  return raw === undefined ? undefined : (JSON.parse(raw) as { state: unknown; version: number });
};

describe('lesson progress store', () => {
  it('persists visits, sections, examples and the check as versioned JSON holding only the progress', async () => {
    const time = clock(10_000);
    const { store, storage } = await loadStore({}, time.now);
    expect(saved(storage)).toBeUndefined();
    const { visit, readSection, runExample, answerCheck, passCheck } = store.getState();
    visit('basics/print');
    time.advance(2_000);
    readSection('basics/print', 0);
    runExample('basics/print', 0);
    time.advance(3_000);
    answerCheck('basics/print');
    answerCheck('basics/print');
    passCheck('basics/print');
    const expected = { lessons: { 'basics/print': { startedAt: 10_000, visitedAt: 10_000, sectionsRead: [0], examplesRun: [0], checkAnswers: 2, checkPassedAt: 15_000 } } };
    expect(saved(storage)).toEqual({ state: expected, version: 1 });

    const reloaded = await loadStore(storage.dump(), time.now);
    expect(reloaded.store.getState().lessons).toEqual(expected.lessons);
  });

  it('starts empty from damaged storage and keeps working', async () => {
    for (const raw of ['{"state": {"lessons"', 'null', '{"state": {"lessons": 5}, "version": 1}']) {
      const { store, storage } = await loadStore({ [KEY]: raw });
      expect(store.getState().lessons, raw).toEqual({});
      store.getState().visit('basics/print');
      expect(Object.keys((saved(storage)?.state as { lessons: object }).lessons), raw).toEqual(['basics/print']);
    }
  });

  it('keeps the valid lessons of a hand-edited copy', async () => {
    const { store } = await loadStore({
      [KEY]: JSON.stringify({ state: { lessons: { 'basics/print': { startedAt: 1, visitedAt: 2 }, 'basics/x': { startedAt: 'soon' } } }, version: 1 }),
    });
    expect(Object.keys(store.getState().lessons)).toEqual(['basics/print']);
    expect(store.getState().lessons['basics/print']).toMatchObject({ sectionsRead: [], checkPassedAt: null });
  });

  it('merges another tab’s save lesson by lesson when it rehydrates', async () => {
    const time = clock(100);
    const { store, storage } = await loadStore({}, time.now);
    store.getState().readSection('basics/print', 0);
    const other = createLessonProgressStore(() => storage, time.now);
    await other.persist.rehydrate();
    time.advance(50);
    other.getState().readSection('basics/print', 2);
    other.getState().visit('basics/variables');
    const otherSave = storage.dump()['pydojo:lesson-progress'];
    store.getState().runExample('basics/print', 0); // in this tab's memory, not yet merged with the other's save
    storage.setItem('pydojo:lesson-progress', otherSave);
    await store.persist.rehydrate(); // what the other tab's storage event does
    expect(store.getState().lessons['basics/print']).toMatchObject({ sectionsRead: [0, 2], examplesRun: [0] });
    expect(Object.keys(store.getState().lessons).sort()).toEqual(['basics/print', 'basics/variables']);
  });
});

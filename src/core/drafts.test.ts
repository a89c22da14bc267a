import { describe, expect, it } from 'vitest';
import { discardDraft, MAX_DRAFTS, saveDraft } from './drafts';
import { DraftsState, migrateDrafts } from './schemas/drafts';

const EMPTY: DraftsState = { drafts: {} };

describe('saveDraft', () => {
  it('stores the code and when it was saved', () => {
    const state = saveDraft(EMPTY, 'two-sum', 'def f():\n    pass\n', 1000);
    expect(state).toEqual({ drafts: { 'two-sum': { code: 'def f():\n    pass\n', updatedAt: 1000 } } });
  });

  it('replaces the draft of the same problem and keeps the others', () => {
    let state = saveDraft(EMPTY, 'a', 'one', 1);
    state = saveDraft(state, 'b', 'two', 2);
    state = saveDraft(state, 'a', 'three', 3);
    expect(state.drafts).toEqual({ a: { code: 'three', updatedAt: 3 }, b: { code: 'two', updatedAt: 2 } });
  });

  it('does not change the state it was given', () => {
    const before = saveDraft(EMPTY, 'a', 'one', 1);
    const snapshot = structuredClone(before);
    saveDraft(before, 'a', 'two', 2);
    saveDraft(before, 'b', 'two', 2);
    expect(before).toEqual(snapshot);
    expect(EMPTY).toEqual({ drafts: {} });
  });

  it('keeps an empty draft', () => {
    expect(saveDraft(EMPTY, 'a', '', 1).drafts.a).toEqual({ code: '', updatedAt: 1 });
  });

  it('truncates very long code to what the schema accepts', () => {
    const state = saveDraft(EMPTY, 'a', 'x'.repeat(250_000), 1);
    expect(state.drafts.a.code).toHaveLength(200_000);
    expect(DraftsState.safeParse(state).success).toBe(true);
  });
});

describe('the MAX_DRAFTS cap', () => {
  function full(): DraftsState {
    let state = EMPTY;
    // Saved out of order: updatedAt, not insertion order, decides what is recent.
    for (let i = MAX_DRAFTS; i >= 1; i--) state = saveDraft(state, `p${i}`, `code ${i}`, i * 10);
    return state;
  }

  it('allows MAX_DRAFTS drafts', () => {
    const state = full();
    expect(Object.keys(state.drafts)).toHaveLength(MAX_DRAFTS);
  });

  it('drops the least recently saved draft when one more is added', () => {
    const state = saveDraft(full(), 'new', 'fresh', 1_000_000);
    expect(Object.keys(state.drafts)).toHaveLength(MAX_DRAFTS);
    expect(state.drafts).not.toHaveProperty('p1');
    expect(state.drafts.p2).toEqual({ code: 'code 2', updatedAt: 20 });
    expect(state.drafts.new).toEqual({ code: 'fresh', updatedAt: 1_000_000 });
    expect(state.drafts[`p${MAX_DRAFTS}`]).toBeDefined();
  });

  it('keeps a draft that was updated recently even if it was created first', () => {
    let state = saveDraft(full(), 'p1', 'edited', 1_000_000);
    expect(Object.keys(state.drafts)).toHaveLength(MAX_DRAFTS);
    state = saveDraft(state, 'new', 'fresh', 1_000_001);
    expect(state.drafts.p1).toEqual({ code: 'edited', updatedAt: 1_000_000 });
    expect(state.drafts).not.toHaveProperty('p2');
    expect(state.drafts).toHaveProperty('new');
  });

  it('keeps the most recent MAX_DRAFTS over many saves', () => {
    let state = EMPTY;
    const total = MAX_DRAFTS + 37;
    for (let i = 0; i < total; i++) state = saveDraft(state, `p${i}`, 'x', i);
    const kept = Object.keys(state.drafts).map((id) => Number(id.slice(1))).sort((a, b) => a - b);
    expect(kept).toHaveLength(MAX_DRAFTS);
    expect(kept[0]).toBe(37);
    expect(kept.at(-1)).toBe(total - 1);
  });

  it('updating an existing draft at the cap drops nothing', () => {
    const state = saveDraft(full(), 'p1', 'again', 5);
    expect(Object.keys(state.drafts)).toHaveLength(MAX_DRAFTS);
    expect(state.drafts.p1).toEqual({ code: 'again', updatedAt: 5 });
  });
});

describe('discardDraft', () => {
  it('removes only that draft', () => {
    let state = saveDraft(EMPTY, 'a', 'one', 1);
    state = saveDraft(state, 'b', 'two', 2);
    const after = discardDraft(state, 'a');
    expect(after).toEqual({ drafts: { b: { code: 'two', updatedAt: 2 } } });
    expect(state.drafts).toHaveProperty('a');
  });

  it('is a no-op for an unknown problem', () => {
    const state = saveDraft(EMPTY, 'a', 'one', 1);
    expect(discardDraft(state, 'zzz')).toEqual(state);
    expect(discardDraft(EMPTY, 'a')).toEqual(EMPTY);
  });
});

describe('migrateDrafts', () => {
  it('keeps a valid state', () => {
    const state = saveDraft(saveDraft(EMPTY, 'a', 'one', 1), 'b', 'two', 2);
    expect(migrateDrafts(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('returns no drafts for garbage and never throws', () => {
    for (const value of [undefined, null, 0, 'drafts', true, [], [1], () => 1, { drafts: null }, { drafts: 'x' }, { drafts: 5 }]) {
      let result: DraftsState | undefined;
      expect(() => (result = migrateDrafts(value))).not.toThrow();
      expect(result).toEqual({ drafts: {} });
    }
  });

  it('keeps the valid drafts of hand-edited data', () => {
    const migrated = migrateDrafts({
      drafts: {
        good: { code: 'print(1)', updatedAt: 5 },
        noTime: { code: 'x' },
        notCode: { code: 42, updatedAt: 1 },
        tooLong: { code: 'x'.repeat(200_001), updatedAt: 1 },
        text: 'print(2)',
        nothing: null,
      },
    });
    expect(migrated).toEqual({ drafts: { good: { code: 'print(1)', updatedAt: 5 } } });
  });

  it('drops unknown fields', () => {
    expect(migrateDrafts({ drafts: { a: { code: 'c', updatedAt: 1, cursor: 3 } }, version: 9 })).toEqual({ drafts: { a: { code: 'c', updatedAt: 1 } } });
  });
});

describe('the draft cap never drops the draft just saved', () => {
  it('keeps a new draft even when the clock is behind the stored ones', async () => {
    const { MAX_DRAFTS, saveDraft } = await import('./drafts');
    let state = { drafts: {} };
    for (let i = 0; i < MAX_DRAFTS; i++) state = saveDraft(state, `p${i}`, 'x', 1000 + i);
    const next = saveDraft(state, 'new', 'my code', 999);
    expect(next.drafts.new?.code).toBe('my code');
    expect(Object.keys(next.drafts)).toHaveLength(MAX_DRAFTS);
  });
});


describe('mergeDrafts', () => {
  it('keeps the newer draft of each problem', async () => {
    const { mergeDrafts, saveDraft } = await import('./drafts');
    const a = saveDraft(saveDraft({ drafts: {} }, 'p1', 'old', 1), 'p2', 'mine', 5);
    const b = saveDraft({ drafts: {} }, 'p1', 'new', 3);
    const merged = mergeDrafts(a, b);
    expect(merged.drafts.p1.code).toBe('new');
    expect(merged.drafts.p2.code).toBe('mine');
  });
});

describe('block programs in drafts', () => {
  const blocks = '{"blocks":{"languageVersion":0,"blocks":[]}}';

  it('saves the block program with its generated code, keeps it when only the code is saved, drops it on null', () => {
    let state = saveDraft(EMPTY, 'a', 'x = 1\n', 1, blocks);
    expect(state.drafts.a).toEqual({ code: 'x = 1\n', updatedAt: 1, blocks });
    state = saveDraft(state, 'a', 'x = 2\n', 2);
    expect(state.drafts.a).toEqual({ code: 'x = 2\n', updatedAt: 2, blocks });
    state = saveDraft(state, 'a', 'x = 3\n', 3, null);
    expect(state.drafts.a).toEqual({ code: 'x = 3\n', updatedAt: 3 });
  });

  it('round-trips through JSON and the migration', () => {
    const state = saveDraft(EMPTY, 'a', 'print(1)\n', 1, blocks);
    expect(migrateDrafts(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('keeps the code of a draft whose block program is broken', () => {
    const migrated = migrateDrafts({ drafts: { a: { code: 'print(1)', updatedAt: 1, blocks: 42 }, b: { code: 'x', updatedAt: 2, blocks: 'y'.repeat(500_001) } } });
    expect(migrated).toEqual({ drafts: { a: { code: 'print(1)', updatedAt: 1 }, b: { code: 'x', updatedAt: 2 } } });
  });

  it('reads a version 1 draft (no blocks) unchanged', () => {
    expect(migrateDrafts({ drafts: { a: { code: 'c', updatedAt: 1 } } })).toEqual({ drafts: { a: { code: 'c', updatedAt: 1 } } });
  });
});

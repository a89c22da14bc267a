import { describe, expect, it } from 'vitest';
import { addPack, migratePacks, PacksState, removePack } from './packs';
import { ProblemPack } from './schemas/problem';

function pack(id: string, title = `Pack ${id}`): ProblemPack {
  return ProblemPack.parse({
    format: 'pydojo-pack',
    version: 1,
    id,
    title,
    problems: [
      {
        id: `${id}-double`,
        title: 'Double it',
        statement: 'Return twice x.',
        difficulty: 'beginner',
        entryPoint: 'double',
        starterCode: 'def double(x):\n    pass\n',
        solution: 'def double(x):\n    return 2 * x\n',
        tests: [{ kind: 'call', args: [2], expected: 4 }],
      },
    ],
  });
}

const EMPTY: PacksState = { packs: [] };

describe('addPack', () => {
  it('adds a pack with the time it was imported', () => {
    const a = pack('alpha');
    expect(addPack(EMPTY, a, 100)).toEqual({ packs: [{ pack: a, importedAt: 100 }] });
  });

  it('keeps packs in the order they were added', () => {
    let state = addPack(EMPTY, pack('alpha'), 1);
    state = addPack(state, pack('beta'), 2);
    state = addPack(state, pack('gamma'), 3);
    expect(state.packs.map((p) => [p.pack.id, p.importedAt])).toEqual([
      ['alpha', 1],
      ['beta', 2],
      ['gamma', 3],
    ]);
  });

  it('replaces a pack with the same id instead of adding a second one', () => {
    let state = addPack(EMPTY, pack('alpha', 'Old title'), 1);
    state = addPack(state, pack('beta'), 2);
    state = addPack(state, pack('alpha', 'New title'), 3);
    expect(state.packs).toHaveLength(2);
    const alpha = state.packs.filter((p) => p.pack.id === 'alpha');
    expect(alpha).toHaveLength(1);
    expect(alpha[0].pack.title).toBe('New title');
    expect(alpha[0].importedAt).toBe(3);
    expect(state.packs.find((p) => p.pack.id === 'beta')?.importedAt).toBe(2);
  });

  it('does not change the state it was given', () => {
    const state = addPack(EMPTY, pack('alpha'), 1);
    addPack(state, pack('alpha', 'Other'), 2);
    addPack(state, pack('beta'), 2);
    expect(state.packs).toHaveLength(1);
    expect(state.packs[0].pack.title).toBe('Pack alpha');
    expect(EMPTY.packs).toEqual([]);
  });
});

describe('removePack', () => {
  it('removes the pack with that id only', () => {
    let state = addPack(EMPTY, pack('alpha'), 1);
    state = addPack(state, pack('beta'), 2);
    expect(removePack(state, 'alpha').packs.map((p) => p.pack.id)).toEqual(['beta']);
    expect(removePack(removePack(state, 'alpha'), 'beta')).toEqual(EMPTY);
  });

  it('is a no-op for an unknown id', () => {
    const state = addPack(EMPTY, pack('alpha'), 1);
    expect(removePack(state, 'nope')).toEqual(state);
    expect(removePack(EMPTY, 'alpha')).toEqual(EMPTY);
  });
});

describe('migratePacks', () => {
  it('keeps a valid state, as stored in JSON', () => {
    const state = addPack(addPack(EMPTY, pack('alpha'), 1), pack('beta'), 2);
    expect(migratePacks(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('returns no packs for garbage and never throws', () => {
    for (const value of [undefined, null, 0, 'packs', true, [], [1], () => 1, { packs: null }, { packs: {} }, { packs: 'alpha' }]) {
      let result: PacksState | undefined;
      expect(() => (result = migratePacks(value))).not.toThrow();
      expect(result).toEqual({ packs: [] });
    }
  });

  it('drops invalid entries and keeps the valid ones', () => {
    const good = { pack: pack('good'), importedAt: 5 };
    const noProblems = { pack: { ...pack('empty'), problems: [] }, importedAt: 1 };
    const badId = { pack: { ...pack('bad'), id: 'Not A Slug' }, importedAt: 1 };
    const badProblem = { pack: { ...pack('broken'), problems: [{ id: 'x', title: 'No tests' }] }, importedAt: 1 };
    const noTime = { pack: pack('untimed') };
    const migrated = migratePacks(
      JSON.parse(JSON.stringify({ packs: [noProblems, good, badId, badProblem, noTime, null, 'alpha', 3, { importedAt: 1 }] })),
    );
    expect(migrated).toEqual({ packs: [good] });
    expect(PacksState.safeParse(migrated).success).toBe(true);
  });

  it('fills in pack defaults for older stored packs', () => {
    const raw = JSON.parse(JSON.stringify({ pack: pack('old'), importedAt: 1 }));
    delete raw.pack.description;
    delete raw.pack.problems[0].hints;
    const migrated = migratePacks({ packs: [raw, 'junk'] });
    expect(migrated.packs).toHaveLength(1);
    expect(migrated.packs[0].pack.description).toBe('');
    expect(migrated.packs[0].pack.problems[0].hints).toEqual([]);
  });
});

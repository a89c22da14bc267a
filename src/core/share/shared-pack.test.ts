import { describe, expect, it } from 'vitest';
import { ProblemPack } from '../schemas/problem';
import starter from '../../../data/packs/starter.json';
import { placeShared, SHARED_PACK_ID } from './shared-pack';

const words = { title: 'Shared with you', description: 'Problems opened from share links.' };
const [first, second] = ProblemPack.parse(starter).problems;

describe('placing a shared problem', () => {
  it('opens a bank problem as the bank has it', () => {
    expect(placeShared(first, new Set([first.id]), [], words)).toEqual({ kind: 'open', id: first.id });
  });

  it('adds other problems to one shared pack, replacing a problem shared again', () => {
    const one = placeShared(first, new Set(), [], words);
    expect(one.kind === 'add' && one.pack).toMatchObject({ id: SHARED_PACK_ID, title: words.title, problems: [first] });
    const imported = one.kind === 'add' ? [{ pack: one.pack, importedAt: 1 }] : [];
    const two = placeShared(second, new Set(), imported, { title: 'other', description: '' });
    expect(two.kind === 'add' && two.pack.problems.map((p) => p.id)).toEqual([first.id, second.id]);
    expect(two.kind === 'add' && two.pack.title).toBe(words.title);
    const again = placeShared({ ...first, title: 'Edited' }, new Set(), imported, words);
    expect(again.kind === 'add' && again.pack.problems.map((p) => p.title)).toEqual(['Edited']);
    expect(ProblemPack.safeParse(two.kind === 'add' && two.pack).success).toBe(true);
  });

  it('opens the same problem from another imported pack, and renames a different one with its id', () => {
    const imported = [{ pack: ProblemPack.parse(starter), importedAt: 1 }];
    expect(placeShared(first, new Set(), imported, words)).toEqual({ kind: 'open', id: first.id });
    const changed = placeShared({ ...first, title: 'Changed' }, new Set(), imported, words);
    expect(changed).toMatchObject({ kind: 'add', id: `${first.id}-shared` });
  });
});

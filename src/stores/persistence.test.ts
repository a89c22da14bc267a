import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { memoryStorage } from '@/adapters/storage';
import { afterRules, lazyRules, type SavedRules } from './persistence';

const RULES: SavedRules<{ n: number }> = { schema: z.object({ n: z.number() }), migrate: (p) => ({ n: Number((p as { n?: unknown })?.n ?? 0) }) };

describe('lazy saved-data rules', () => {
  it('load once, however many stores ask, and cannot be read before', async () => {
    let loads = 0;
    const rules = lazyRules(async () => {
      loads++;
      return RULES;
    });
    expect(() => rules.get()).toThrow(/before they loaded/);
    await Promise.all([rules.load(), rules.load()]);
    await rules.load();
    expect(loads).toBe(1);
    expect(rules.get().migrate({ n: 3 })).toEqual({ n: 3 });
  });

  it('are fetched again after a failed load, and a load that keeps failing can be started over', async () => {
    let failures = 3;
    const rules = lazyRules(async () => {
      if (failures-- > 0) throw new Error('offline');
      return RULES;
    }, [0, 0]);
    await expect(rules.load()).rejects.toThrow('offline');
    await expect(rules.load()).resolves.toBe(RULES);
  });
});

describe('afterRules storage', () => {
  it('reads only once the rules have loaded, and writes nothing before that first read', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const rules = lazyRules(() => gate.then(() => RULES));
    const base = memoryStorage({ k: 'saved' });
    const storage = afterRules(() => base, rules)();
    storage.setItem('k', 'early');
    const read = storage.getItem('k');
    storage.setItem('k', 'still early');
    expect(base.dump()).toEqual({ k: 'saved' });
    release();
    await expect(read).resolves.toBe('saved');
    storage.setItem('k', 'after');
    expect(base.dump()).toEqual({ k: 'after' });
  });
});

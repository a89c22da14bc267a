import { describe, expect, it } from 'vitest';
import { memoryStorage } from './storage';
import { clearKey, KEY_STORAGE_KEY, loadKey, saveKey } from './key-storage';

const stores = () => ({ session: memoryStorage(), local: memoryStorage() });

describe('key storage', () => {
  it('keeps the key in session storage unless asked to remember it', () => {
    const s = stores();
    saveKey({ key: ' AIzaKey123456 ', remember: false }, s);
    expect(s.session.dump()).toEqual({ [KEY_STORAGE_KEY]: 'AIzaKey123456' });
    expect(s.local.dump()).toEqual({});
    expect(loadKey(s)).toEqual({ key: 'AIzaKey123456', remember: false });
  });

  it('moves the key between places when the choice changes, never keeping two copies', () => {
    const s = stores();
    saveKey({ key: 'AIzaKey123456', remember: true }, s);
    expect(s.local.dump()).toEqual({ [KEY_STORAGE_KEY]: 'AIzaKey123456' });
    expect(loadKey(s)).toEqual({ key: 'AIzaKey123456', remember: true });
    saveKey({ key: 'AIzaKey123456', remember: false }, s);
    expect(s.local.dump()).toEqual({});
    expect(s.session.dump()).toEqual({ [KEY_STORAGE_KEY]: 'AIzaKey123456' });
  });

  it('removes the key from both places', () => {
    const s = stores();
    s.session.setItem(KEY_STORAGE_KEY, 'a');
    s.local.setItem(KEY_STORAGE_KEY, 'b');
    clearKey(s);
    expect(loadKey(s)).toBeNull();
  });

  it('works without storage at all', () => {
    saveKey({ key: 'k', remember: true }, { session: null, local: null });
    expect(loadKey({ session: null, local: null })).toBeNull();
  });
});

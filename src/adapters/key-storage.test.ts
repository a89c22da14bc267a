import { describe, expect, it } from 'vitest';
import { memoryStorage } from './storage';
import { clearKey, isValidKey, KEY_STORAGE_KEY, loadKey, saveKey } from './key-storage';

const stores = () => ({ session: memoryStorage(), local: memoryStorage() });
const KEY = 'AIzaSyA1b2C3d4E5f6G7h8I9j0K_lmnopq-rstu';

describe('key storage', () => {
  it('keeps the key in session storage unless asked to remember it', () => {
    const s = stores();
    expect(saveKey({ key: ` ${KEY} `, remember: false }, s)).toBe(true);
    expect(s.session.dump()).toEqual({ [KEY_STORAGE_KEY]: KEY });
    expect(s.local.dump()).toEqual({});
    expect(loadKey(s)).toEqual({ stored: { key: KEY, remember: false }, discarded: false });
  });

  it('moves the key between places when the choice changes, never keeping two copies', () => {
    const s = stores();
    saveKey({ key: KEY, remember: true }, s);
    expect(s.local.dump()).toEqual({ [KEY_STORAGE_KEY]: KEY });
    expect(loadKey(s)).toEqual({ stored: { key: KEY, remember: true }, discarded: false });
    saveKey({ key: KEY, remember: false }, s);
    expect(s.local.dump()).toEqual({});
    expect(s.session.dump()).toEqual({ [KEY_STORAGE_KEY]: KEY });
  });

  it('removes the key from both places', () => {
    const s = stores();
    s.session.setItem(KEY_STORAGE_KEY, KEY);
    s.local.setItem(KEY_STORAGE_KEY, KEY);
    clearKey(s);
    expect(loadKey(s)).toEqual({ stored: null, discarded: false });
  });

  it('works without storage at all', () => {
    saveKey({ key: KEY, remember: true }, { session: null, local: null });
    expect(loadKey({ session: null, local: null })).toEqual({ stored: null, discarded: false });
  });

  it.each([
    ['damaged JSON', '{bad json'],
    ['a JSON object', '{"key":"AIzaSyA1b2C3d4E5f6G7h8I9j0K"}'],
    ['a quoted key', '"AIzaSyA1b2C3d4E5f6G7h8I9j0K"'],
    ['text with spaces', 'my key is AIzaSyA1b2C3'],
    ['too short', 'AIza'],
    ['control characters', 'AIzaSyA1b2\u0000C3d4E5'],
    ['far too long', `AIza${'x'.repeat(300)}`],
  ])('treats %s as no key, removes it and says so, touching nothing else', (_label, raw) => {
    const session = memoryStorage({ [KEY_STORAGE_KEY]: raw, 'pydojo:other': 'kept' });
    const local = memoryStorage({ [KEY_STORAGE_KEY]: raw, 'pydojo:progress': '{"state":{},"version":1}' });
    expect(loadKey({ session, local })).toEqual({ stored: null, discarded: true });
    expect(session.dump()).toEqual({ 'pydojo:other': 'kept' });
    expect(local.dump()).toEqual({ 'pydojo:progress': '{"state":{},"version":1}' });
    // Once removed, the next load finds nothing to report.
    expect(loadKey({ session, local })).toEqual({ stored: null, discarded: false });
  });

  it('uses a good copy when the other place holds a damaged one', () => {
    const session = memoryStorage({ [KEY_STORAGE_KEY]: '{bad json' });
    const local = memoryStorage({ [KEY_STORAGE_KEY]: KEY });
    expect(loadKey({ session, local })).toEqual({ stored: { key: KEY, remember: true }, discarded: true });
    expect(session.dump()).toEqual({});
    expect(local.dump()).toEqual({ [KEY_STORAGE_KEY]: KEY });
  });

  it('refuses to save what is not a key', () => {
    const s = stores();
    expect(saveKey({ key: '{bad json', remember: true }, s)).toBe(false);
    expect(s.local.dump()).toEqual({});
    expect(s.session.dump()).toEqual({});
    expect(isValidKey('{bad json')).toBe(false);
    expect(isValidKey(KEY)).toBe(true);
    // Keys the fake server and the tests use are keys too.
    expect(isValidKey('AIza-this-key-is-invalid-0000')).toBe(true);
  });
});

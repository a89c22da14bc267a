import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/adapters/storage';
import { createAiKeyStore, KEY_STORAGE_KEY } from './ai-key';

const KEY = 'AIzaSyA1b2C3d4E5f6G7h8I9j0K_lmnopq-rstu';

describe('the AI key store', () => {
  it('reads a damaged saved value as no key and remembers to tell the learner', () => {
    const local = memoryStorage({ [KEY_STORAGE_KEY]: '{bad json' });
    const session = memoryStorage({ [KEY_STORAGE_KEY]: '{bad json' });
    const store = createAiKeyStore(() => ({ session, local }));
    store.getState().load();
    expect(store.getState()).toMatchObject({ key: null, remember: false, loaded: true, unreadable: true });
    expect(local.dump()).toEqual({});
    expect(session.dump()).toEqual({});
    // Another load (a storage event from another tab) keeps the notice until it is dismissed.
    store.getState().load();
    expect(store.getState().unreadable).toBe(true);
    store.getState().dismissUnreadable();
    expect(store.getState().unreadable).toBe(false);
  });

  it('clears the notice once a key is saved, and refuses text that is not a key', () => {
    const local = memoryStorage({ [KEY_STORAGE_KEY]: '{bad json' });
    const session = memoryStorage();
    const store = createAiKeyStore(() => ({ session, local }));
    store.getState().load();
    expect(store.getState().save('{still bad', true)).toBe(false);
    expect(store.getState()).toMatchObject({ key: null, unreadable: true });
    expect(store.getState().save(KEY, true)).toBe(true);
    expect(store.getState()).toMatchObject({ key: KEY, remember: true, unreadable: false });
    expect(local.dump()).toEqual({ [KEY_STORAGE_KEY]: KEY });
  });

  it('loads a good key', () => {
    const session = memoryStorage({ [KEY_STORAGE_KEY]: KEY });
    const store = createAiKeyStore(() => ({ session, local: memoryStorage() }));
    store.getState().load();
    expect(store.getState()).toMatchObject({ key: KEY, remember: false, unreadable: false });
  });
});

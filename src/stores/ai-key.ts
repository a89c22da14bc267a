import { create } from 'zustand';
import { registerSaved } from './registry';
import { browserKeyStores, clearKey, KEY_STORAGE_KEY, loadKey, saveKey, type KeyStores } from '@/adapters/key-storage';

/**
 * The learner's Gemini key, read from sessionStorage or localStorage (see
 * adapters/key-storage). Not a persisted Zustand store on purpose: where it is
 * saved depends on the learner's "remember" choice.
 */
export interface AiKeyStore {
  key: string | null;
  remember: boolean;
  loaded: boolean;
  /** A saved value could not be read as a key and was removed (until the learner saves a key or dismisses the notice). */
  unreadable: boolean;
  load(): void;
  /** Keep a key; false (and nothing changed) when the text is not a key. */
  save(key: string, remember: boolean): boolean;
  clear(): void;
  /** The learner has read the notice about the removed value. */
  dismissUnreadable(): void;
}

export { KEY_STORAGE_KEY };

export function createAiKeyStore(stores: () => KeyStores = browserKeyStores) {
  return create<AiKeyStore>()((set) => ({
    key: null,
    remember: false,
    loaded: false,
    unreadable: false,
    load: () => {
      const { stored, discarded } = loadKey(stores());
      set((s) => ({ key: stored?.key ?? null, remember: stored?.remember ?? false, loaded: true, unreadable: s.unreadable || discarded }));
    },
    save: (key, remember) => {
      if (!saveKey({ key, remember }, stores())) return false;
      set({ key: key.trim(), remember, loaded: true, unreadable: false });
      return true;
    },
    clear: () => {
      clearKey(stores());
      set({ key: null, remember: false, loaded: true });
    },
    dismissUnreadable: () => set({ unreadable: false }),
  }));
}

export const useAiKey = createAiKeyStore();
registerSaved(KEY_STORAGE_KEY, () => useAiKey.getState().load());

import { create } from 'zustand';
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
  load(): void;
  save(key: string, remember: boolean): void;
  clear(): void;
}

export { KEY_STORAGE_KEY };

export function createAiKeyStore(stores: () => KeyStores = browserKeyStores) {
  return create<AiKeyStore>()((set) => ({
    key: null,
    remember: false,
    loaded: false,
    load: () => {
      const stored = loadKey(stores());
      set({ key: stored?.key ?? null, remember: stored?.remember ?? false, loaded: true });
    },
    save: (key, remember) => {
      saveKey({ key, remember }, stores());
      set({ key: key.trim(), remember, loaded: true });
    },
    clear: () => {
      clearKey(stores());
      set({ key: null, remember: false, loaded: true });
    },
  }));
}

export const useAiKey = createAiKeyStore();

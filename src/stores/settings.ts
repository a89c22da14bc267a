import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { LanguagePreference } from '@/core/i18n/locale';
import { DEFAULT_SETTINGS, Settings, SETTINGS_STORAGE_KEY, type ThemePreference } from '@/core/schemas/settings';
import {
  migrateSettings,
  nextTheme,
  SETTINGS_VERSION,
  withAiDailyCap,
  withAiModels,
  withEditorFontSize,
  withOfferedAiModels,
  withoutAiModels,
  withRunTimeLimit,
} from '@/core/settings';
import { storeStorage } from './persistence';
import { registerPersisted } from './registry';

export interface SettingsState extends Settings {
  setTheme(theme: ThemePreference): void;
  setLanguage(language: LanguagePreference): void;
  cycleTheme(): void;
  setRunTimeLimit(seconds: number): void;
  setEditorFontSize(size: number): void;
  setAiModels(model: string, fallbacks: string[]): void;
  /** Models a call found gone (404) leave the choice; a gone chosen model makes it automatic. */
  dropAiModels(gone: readonly string[]): void;
  /** The choice checked against the models the key offers (after a connection test). */
  offerAiModels(offered: readonly string[]): void;
  setAiDailyCap(cap: number): void;
}

export function createSettingsStore(storage: () => StateStorage = storeStorage(Settings)) {
  return create<SettingsState>()(
    persist(
      (set) => ({
        ...DEFAULT_SETTINGS,
        setTheme: (theme) => set({ theme }),
        setLanguage: (language) => set({ language }),
        cycleTheme: () => set((s) => ({ theme: nextTheme(s.theme) })),
        setRunTimeLimit: (seconds) => set((s) => withRunTimeLimit(s, seconds)),
        setEditorFontSize: (size) => set((s) => withEditorFontSize(s, size)),
        setAiModels: (model, fallbacks) => set((s) => withAiModels(s, model, fallbacks)),
        dropAiModels: (gone) => set((s) => withoutAiModels(s, gone)),
        offerAiModels: (offered) => set((s) => withOfferedAiModels(s, offered)),
        setAiDailyCap: (cap) => set((s) => withAiDailyCap(s, cap)),
      }),
      {
        name: SETTINGS_STORAGE_KEY,
        version: SETTINGS_VERSION,
        storage: createJSONStorage(storage),
        skipHydration: true,
        partialize: (s): Settings => ({
          theme: s.theme,
          language: s.language,
          runTimeLimitSec: s.runTimeLimitSec,
          editorFontSize: s.editorFontSize,
          aiModel: s.aiModel,
          aiFallbacks: s.aiFallbacks,
          aiDailyCap: s.aiDailyCap,
        }),
        migrate: (persisted) => migrateSettings(persisted),
        merge: (persisted, current) => ({ ...current, ...migrateSettings(persisted) }),
      },
    ),
  );
}

export const useSettings = createSettingsStore();
registerPersisted(useSettings);

import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { KeyValueStorage } from '@/adapters/storage';
import type { LanguagePreference } from '@/core/i18n/locale';
import type { Settings, ThemePreference } from '@/core/schemas/settings';
import {
  DEFAULT_SETTINGS,
  nextTheme,
  SETTINGS_STORAGE_KEY,
  SETTINGS_VERSION,
  withAiDailyCap,
  withAiModels,
  withEditorFontSize,
  withRunTimeLimit,
} from '@/core/settings';
import { afterRules, lazyRules, lazyStoreStorage } from './persistence';
import { registerPersisted } from './registry';

const RULES = lazyRules(() => import('@/core/schemas/settings').then((m) => ({ schema: m.Settings, migrate: m.migrateSettings })));

export interface SettingsState extends Settings {
  setTheme(theme: ThemePreference): void;
  setLanguage(language: LanguagePreference): void;
  cycleTheme(): void;
  setRunTimeLimit(seconds: number): void;
  setEditorFontSize(size: number): void;
  setAiModels(model: string, fallbacks: string[]): void;
  setAiDailyCap(cap: number): void;
}

export function createSettingsStore(storage: () => KeyValueStorage = lazyStoreStorage(RULES)) {
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
        setAiDailyCap: (cap) => set((s) => withAiDailyCap(s, cap)),
      }),
      {
        name: SETTINGS_STORAGE_KEY,
        version: SETTINGS_VERSION,
        storage: createJSONStorage(afterRules(storage, RULES)),
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
        migrate: (persisted) => RULES.get().migrate(persisted),
        merge: (persisted, current) => ({ ...current, ...RULES.get().migrate(persisted) }),
      },
    ),
  );
}

export const useSettings = createSettingsStore();
registerPersisted(useSettings);

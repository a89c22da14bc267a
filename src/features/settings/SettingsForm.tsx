'use client';
import { useSyncExternalStore } from 'react';
import { useTranslations } from 'use-intl';
import { LANGUAGE_PREFERENCES, LOCALE_NAMES, localeFromBrowser, type Locale } from '@/core/i18n/locale';
import { ThemePreference } from '@/core/schemas/settings';
import { useSettings } from '@/stores/settings';
import { AiKeySettings } from '@/features/ai';
import { Card } from '@/features/shell';
import { BackupPanel } from './BackupPanel';

const FIELD = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

function onLanguagesChange(callback: () => void): () => void {
  window.addEventListener('languagechange', callback);
  return () => window.removeEventListener('languagechange', callback);
}

/** The language the browser asks for, as PyDojo speaks it (unknown while prerendering). */
function useBrowserLocale(): Locale | null {
  return useSyncExternalStore(onLanguagesChange, () => localeFromBrowser(navigator.languages), () => null);
}

export function SettingsForm() {
  const t = useTranslations('settings.SettingsForm');
  const settings = useSettings();
  const browserLocale = useBrowserLocale();
  return (
    <div className="space-y-4">
      <AiKeySettings />
      <Card>
        <h2 className="font-semibold">{t('appearance')}</h2>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <label htmlFor="theme" className="text-sm">
            {t('theme')}
          </label>
          <select id="theme" value={settings.theme} onChange={(e) => settings.setTheme(ThemePreference.parse(e.target.value))} className={FIELD}>
            <option value="system">{t('themeSystem')}</option>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <label htmlFor="language" className="text-sm">
            {t('language')}
          </label>
          <select
            id="language"
            value={settings.language}
            onChange={(e) => {
              const choice = LANGUAGE_PREFERENCES.find((c) => c === e.target.value);
              if (choice) settings.setLanguage(choice);
            }}
            aria-describedby="language-help"
            className={FIELD}
            data-testid="settings-language"
          >
            {LANGUAGE_PREFERENCES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === 'auto' ? t('languageAuto') : LOCALE_NAMES[choice]}
              </option>
            ))}
          </select>
        </div>
        <p id="language-help" className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          {browserLocale ? t('languageHelpNow', { language: LOCALE_NAMES[browserLocale] }) : t('languageHelp')}
        </p>
      </Card>
      <Card>
        <h2 className="font-semibold">{t('editor')}</h2>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <label htmlFor="font-size" className="text-sm">
            {t('fontSize')}
          </label>
          <select id="font-size" value={settings.editorFontSize} onChange={(e) => settings.setEditorFontSize(Number(e.target.value))} className={FIELD}>
            {[12, 13, 14, 15, 16, 18, 20, 22].map((size) => (
              <option key={size} value={size}>
                {t('fontSizePx', { size })}
              </option>
            ))}
          </select>
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">{t('running')}</h2>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <label htmlFor="time-limit" className="text-sm">
            {t('timeLimit')}
          </label>
          <input
            id="time-limit"
            type="number"
            min={1}
            max={120}
            value={settings.runTimeLimitSec}
            onChange={(e) => settings.setRunTimeLimit(Number(e.target.value))}
            className={`${FIELD} w-24`}
          />
        </div>
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t('timeLimitHelp')}</p>
      </Card>
      <BackupPanel />
    </div>
  );
}

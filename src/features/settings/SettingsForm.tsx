'use client';
import { ThemePreference } from '@/core/schemas/settings';
import { useSettings } from '@/stores/settings';
import { AiKeySettings } from '@/features/ai';
import { Card } from '@/features/shell';
import { BackupPanel } from './BackupPanel';

const FIELD = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

export function SettingsForm() {
  const settings = useSettings();
  return (
    <div className="space-y-4">
      <AiKeySettings />
      <Card>
        <h2 className="font-semibold">Appearance</h2>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <label htmlFor="theme" className="text-sm">
            Theme
          </label>
          <select id="theme" value={settings.theme} onChange={(e) => settings.setTheme(ThemePreference.parse(e.target.value))} className={FIELD}>
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">Editor</h2>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <label htmlFor="font-size" className="text-sm">
            Font size
          </label>
          <select id="font-size" value={settings.editorFontSize} onChange={(e) => settings.setEditorFontSize(Number(e.target.value))} className={FIELD}>
            {[12, 13, 14, 15, 16, 18, 20, 22].map((size) => (
              <option key={size} value={size}>
                {size} px
              </option>
            ))}
          </select>
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">Running code</h2>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <label htmlFor="time-limit" className="text-sm">
            Time limit for Run (seconds)
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
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          A program running longer than this is stopped automatically. Time spent waiting for your input does not count. Tests have
          their own limits.
        </p>
      </Card>
      <BackupPanel />
    </div>
  );
}

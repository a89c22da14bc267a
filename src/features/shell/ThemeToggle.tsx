'use client';
import { useTranslations } from 'use-intl';
import { useSettings } from '@/stores/settings';

const ICONS = { system: '◐', light: '☀', dark: '☾' } as const;

export function ThemeToggle() {
  const theme = useSettings((s) => s.theme);
  const cycle = useSettings((s) => s.cycleTheme);
  const t = useTranslations('shell.theme');
  return (
    <button
      type="button"
      onClick={cycle}
      className="inline-flex items-center gap-2 rounded-md border border-slate-200 px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      aria-label={t('label', { theme: t(theme) })}
      title={t('label', { theme: t(theme) })}
      data-testid="theme-toggle"
      data-theme={theme}
    >
      <span aria-hidden="true">{ICONS[theme]}</span>
      <span>{t(`short.${theme}`)}</span>
    </button>
  );
}

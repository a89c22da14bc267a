'use client';
import { useTranslations } from 'use-intl';
import { useSettings } from '@/stores/settings';

const ICONS = { system: '◐', light: '☀', dark: '☾' } as const;

/** `compact` (the phone header) shows only the icon; the name stays in its label. */
export function ThemeToggle({ compact = false }: { compact?: boolean }) {
  const theme = useSettings((s) => s.theme);
  const cycle = useSettings((s) => s.cycleTheme);
  const t = useTranslations('shell.theme');
  return (
    <button
      type="button"
      onClick={cycle}
      className="inline-flex items-center gap-2 whitespace-nowrap rounded-md border border-slate-200 px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      aria-label={t('label', { theme: t(theme) })}
      title={t('label', { theme: t(theme) })}
      data-testid="theme-toggle"
      data-theme={theme}
    >
      <span aria-hidden="true">{ICONS[theme]}</span>
      <span className={compact ? 'sr-only' : undefined}>{t(`short.${theme}`)}</span>
    </button>
  );
}

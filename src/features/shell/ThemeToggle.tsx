'use client';
import { useSettings } from '@/stores/settings';

const LABELS = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' } as const;
const ICONS = { system: '◐', light: '☀', dark: '☾' } as const;

export function ThemeToggle() {
  const theme = useSettings((s) => s.theme);
  const cycle = useSettings((s) => s.cycleTheme);
  return (
    <button
      type="button"
      onClick={cycle}
      className="inline-flex items-center gap-2 rounded-md border border-slate-200 px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      aria-label={`${LABELS[theme]} (click to change)`}
      title={`${LABELS[theme]} — click to change`}
      data-testid="theme-toggle"
      data-theme={theme}
    >
      <span aria-hidden="true">{ICONS[theme]}</span>
      <span className="capitalize">{theme}</span>
    </button>
  );
}

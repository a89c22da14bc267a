'use client';
/** Colours for Recharts charts that follow the light/dark theme. */
import { useSyncExternalStore } from 'react';

const BRAND_500 = '#22b36b';
const BRAND_600 = '#0a7a45';
export const CHART_MARGIN = { top: 10, right: 8, bottom: 0, left: 0 };

function subscribeToTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

/** Follows the `dark` class on <html> (set from the theme setting and the OS). */
export function useDark(): boolean {
  return useSyncExternalStore(
    subscribeToTheme,
    () => document.documentElement.classList.contains('dark'),
    () => false,
  );
}

export function chartPalette(dark: boolean) {
  return {
    primary: dark ? BRAND_500 : BRAND_600,
    secondary: '#64748b',
    /** Lessons (sky-700 / sky-400), beside practice in the primary green. */
    lesson: dark ? '#38bdf8' : '#0369a1',
    error: dark ? '#f87171' : '#b91c1c',
    text: dark ? '#cbd5e1' : '#475569',
    grid: dark ? '#1e293b' : '#e2e8f0',
    cursor: dark ? 'rgba(148,163,184,0.12)' : 'rgba(100,116,139,0.1)',
    tooltip: {
      backgroundColor: dark ? '#0f172a' : '#ffffff',
      border: `1px solid ${dark ? '#334155' : '#e2e8f0'}`,
      borderRadius: 6,
      fontSize: 12,
      color: dark ? '#e2e8f0' : '#0f172a',
    },
  };
}

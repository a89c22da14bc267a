'use client';
import { useEffect } from 'react';
import { useSettings } from '@/stores/settings';
import { useHydrated } from './use-hydrated';

/**
 * Keeps the <html> class in step with the theme setting and the OS
 * preference, once the saved settings are read: until then the class the
 * early script set from them stands.
 */
export function useApplyTheme() {
  const theme = useSettings((s) => s.theme);
  const loaded = useHydrated(useSettings);
  useEffect(() => {
    if (!loaded) return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.classList.toggle('dark', dark);
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme, loaded]);
}


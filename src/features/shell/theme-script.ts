import { SETTINGS_STORAGE_KEY } from '@/core/schemas/settings';

/**
 * Runs before first paint to apply the saved or OS theme without a flash.
 * Kept tiny and static so a CSP hash can allow it.
 */
export const THEME_SCRIPT = `(function(){try{var t='system';var r=localStorage.getItem(${JSON.stringify(
  SETTINGS_STORAGE_KEY,
)});if(r){var s=JSON.parse(r);if(s&&s.state&&typeof s.state.theme==='string')t=s.state.theme}var d=t==='dark'||(t==='system'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d)}catch(e){}})();`;

import { SETTINGS_STORAGE_KEY } from '@/core/settings';

/**
 * Runs before first paint to apply the saved or OS theme without a flash, and
 * to put the chosen language on <html lang> (`auto` follows the browser, as
 * core/i18n/locale.ts does). A page prerendered in English is hidden while a
 * Japanese reader's words load (I18nProvider shows it; never for more than 3 s).
 * Kept tiny and static so a CSP hash can allow it.
 */
export const THEME_SCRIPT = `(function(){var h=document.documentElement;try{var t='system',l='auto';var r=localStorage.getItem(${JSON.stringify(
  SETTINGS_STORAGE_KEY,
)});if(r){var s=JSON.parse(r);if(s&&s.state){if(typeof s.state.theme==='string')t=s.state.theme;if(typeof s.state.language==='string')l=s.state.language}}var d=t==='dark'||(t==='system'&&matchMedia('(prefers-color-scheme: dark)').matches);h.classList.toggle('dark',d);if(l==='auto'){l='en';var n=navigator.languages||[navigator.language];for(var i=0;i<n.length;i++){var b=String(n[i]).toLowerCase().split('-')[0];if(b==='en'||b==='ja'){l=b;break}}}if(l==='ja'){h.lang='ja';h.classList.add('i18n-pending');setTimeout(function(){h.classList.remove('i18n-pending')},3000)}}catch(e){}})();`;

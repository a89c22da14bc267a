/**
 * Durations in words, the same on every page (the workspace's "Solved in …",
 * the statistics' averages, run time and active time).
 */

import type { Locale } from './i18n/locale';

type Units = { s: string; min: string; h: string; d: string; gap: string };

const UNITS: Record<Locale, { full: Units; compact: Units }> = {
  en: { full: { s: ' s', min: ' min', h: ' h', d: ' d', gap: ' ' }, compact: { s: 's', min: 'm', h: 'h', d: 'd', gap: ' ' } },
  ja: { full: { s: '秒', min: '分', h: '時間', d: '日', gap: '' }, compact: { s: '秒', min: '分', h: '時間', d: '日', gap: '' } },
};

/**
 * "0.4 s", "42 s", "2 min 5 s", "1 h 5 min", "3 d 4 h"; `compact` gives "2m 5s", "1h 5m", "3d 4h".
 * In Japanese: "42秒", "2分5秒", "1時間5分", "3日4時間".
 */
export function formatDuration(ms: number, compact = false, locale: Locale = 'en'): string {
  const unit = UNITS[locale][compact ? 'compact' : 'full'];
  const two = (a: number, ua: string, b: number, ub: string) => (b ? `${a}${ua}${unit.gap}${b}${ub}` : `${a}${ua}`);
  if (ms < 1_000) return ms <= 0 ? `0${unit.s}` : `${(ms / 1_000).toFixed(1)}${unit.s}`;
  const seconds = Math.round(ms / 1_000);
  if (seconds < 60) return `${seconds}${unit.s}`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return two(minutes, unit.min, seconds % 60, unit.s);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return two(hours, unit.h, minutes % 60, unit.min);
  return two(Math.floor(hours / 24), unit.d, hours % 24, unit.h);
}

/**
 * Durations in words, the same on every page (the workspace's "Solved in …",
 * the statistics' averages, run time and active time).
 */

/** "0.4 s", "42 s", "2 min 5 s", "1 h 5 min", "3 d 4 h"; `compact` gives "2m 5s", "1h 5m", "3d 4h". */
export function formatDuration(ms: number, compact = false): string {
  const unit = compact ? { s: 's', min: 'm', h: 'h', d: 'd' } : { s: ' s', min: ' min', h: ' h', d: ' d' };
  const two = (a: number, ua: string, b: number, ub: string) => (b ? `${a}${ua} ${b}${ub}` : `${a}${ua}`);
  if (ms < 1_000) return ms <= 0 ? `0${unit.s}` : `${(ms / 1_000).toFixed(1)}${unit.s}`;
  const seconds = Math.round(ms / 1_000);
  if (seconds < 60) return `${seconds}${unit.s}`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return two(minutes, unit.min, seconds % 60, unit.s);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return two(hours, unit.h, minutes % 60, unit.min);
  return two(Math.floor(hours / 24), unit.d, hours % 24, unit.h);
}

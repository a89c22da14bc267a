/** A duration as the results show it: whole milliseconds under a second, else seconds to two places. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** Fetches a built-in pack (copied to public/bank/ at build time) and validates it. */
import { ProblemPack } from '@/core/schemas/problem';

const loaded = new Map<string, Promise<ProblemPack>>();

export function fetchPack(packId: string): Promise<ProblemPack> {
  let pending = loaded.get(packId);
  if (!pending) {
    pending = fetch(`/bank/${encodeURIComponent(packId)}.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`Could not load problems (${response.status})`);
        return response.json();
      })
      .then((json) => ProblemPack.parse(json));
    pending.catch(() => loaded.delete(packId));
    loaded.set(packId, pending);
  }
  return pending;
}

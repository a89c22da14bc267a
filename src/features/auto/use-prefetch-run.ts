'use client';
import { useEffect } from 'react';
import { fetchPack } from '@/adapters/bank';
import type { AutoRun } from '@/core/auto/run';
import type { ProblemSummary } from '@/core/catalog';
import { usePacks } from '@/stores/packs';

/** Load the problems a run has prepared next, so Next opens them without a wait. */
export function usePrefetchRun(run: AutoRun | null, problems: readonly ProblemSummary[]): void {
  const local = usePacks((s) => s.packs);
  useEffect(() => {
    if (!run) return;
    const kept = new Set(local.map((p) => p.pack.id));
    const packs = new Set(
      [run.current, ...run.queue]
        .map((item) => problems.find((p) => p.id === item?.problemId)?.pack)
        .filter((pack): pack is string => Boolean(pack) && !kept.has(pack as string)),
    );
    for (const pack of packs) void fetchPack(pack).catch(() => undefined);
  }, [run, problems, local]);
}

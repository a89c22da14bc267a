'use client';
import { useEffect, useState } from 'react';
import { fetchPack } from '@/adapters/bank';
import type { ProblemSummary } from '@/core/catalog';
import type { Problem } from '@/core/schemas/problem';
import { usePacks } from '@/stores/packs';

type State = { id: string | null; problem: Problem | null; error: string | null };

/** The full problem (statement, tests) behind a summary. */
export function useProblem(summary: ProblemSummary | undefined): { problem: Problem | null; error: string | null; loading: boolean } {
  const imported = usePacks((s) => s.packs);
  const [state, setState] = useState<State>({ id: null, problem: null, error: null });
  const id = summary?.id ?? null;
  const packId = summary?.pack ?? null;

  useEffect(() => {
    if (!id || !packId) return;
    let cancelled = false;
    const local = imported.find((p) => p.pack.id === packId)?.pack.problems.find((p) => p.id === id);
    const load = local ? Promise.resolve(local) : fetchPack(packId).then((pack) => pack.problems.find((p) => p.id === id) ?? null);
    load
      .then((problem) => {
        if (!cancelled) setState({ id, problem, error: problem ? null : 'This problem no longer exists.' });
      })
      .catch((error: Error) => {
        if (!cancelled) setState({ id, problem: null, error: error.message });
      });
    return () => {
      cancelled = true;
    };
  }, [id, packId, imported]);

  const current = state.id === id ? state : { id, problem: null, error: null };
  return { problem: current.problem, error: current.error, loading: id !== null && !current.problem && !current.error };
}

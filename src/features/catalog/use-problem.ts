'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { fetchPack } from '@/adapters/bank';
import type { ProblemSummary } from '@/core/catalog';
import type { Problem } from '@/core/schemas/problem';
import { usePacks } from '@/stores/packs';

/** Why the problem could not be had: gone from its pack, or the pack's own error message. */
type Failure = { kind: 'missing' } | { kind: 'failed'; message: string };
type State = { id: string | null; problem: Problem | null; error: Failure | null };

/** The full problem (statement, tests) behind a summary; `error` is in the learner's language when it is ours. */
export function useProblem(summary: ProblemSummary | undefined): { problem: Problem | null; error: string | null; loading: boolean } {
  const t = useTranslations('catalog.problem');
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
        if (!cancelled) setState({ id, problem, error: problem ? null : { kind: 'missing' } });
      })
      .catch((error: Error) => {
        if (!cancelled) setState({ id, problem: null, error: { kind: 'failed', message: error.message } });
      });
    return () => {
      cancelled = true;
    };
  }, [id, packId, imported]);

  const current = state.id === id ? state : { id, problem: null, error: null };
  const error = current.error === null ? null : current.error.kind === 'missing' ? t('missing') : current.error.message;
  return { problem: current.problem, error, loading: id !== null && !current.problem && !current.error };
}

'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StreamedEndpoint } from '@/core/schemas/ai';
import { problemOf, type AiProblem } from './problem';
import { useAi } from './use-ai';

/** One streamed explanation: the text so far, then the model that wrote it, or why it stopped. */
export type Explanation =
  | { status: 'streaming'; text: string }
  | { status: 'done'; text: string; model: string }
  | { status: 'failed'; partial: string; problem: AiProblem };

/**
 * Streamed explanations asked one at a time (each through useAi: key, daily
 * cap, usage recorded), kept in order. Leaving the page cancels the one on
 * its way.
 */
export function useExplanations(endpoint: StreamedEndpoint) {
  const ai = useAi();
  const [answers, setAnswers] = useState<Explanation[]>([]);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const ask = useCallback(
    async (body: Record<string, unknown>) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      const setLast = (answer: Explanation) => setAnswers((list) => [...list.slice(0, -1), answer]);
      // Asking again after a failure replaces the failed answer.
      setAnswers((list) => [...(list.at(-1)?.status === 'failed' ? list.slice(0, -1) : list), { status: 'streaming', text: '' }]);
      let text = '';
      const result = await ai.stream(
        endpoint,
        body,
        (piece) => {
          text += piece;
          setLast({ status: 'streaming', text });
        },
        abort.signal,
      );
      if (controller.current === abort) controller.current = null;
      if (abort.signal.aborted) return;
      setLast(result.ok ? { status: 'done', text: result.data, model: result.usage.model } : { status: 'failed', partial: result.partial ?? '', problem: problemOf(result) });
    },
    [ai, endpoint],
  );

  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setAnswers([]);
  }, []);

  const busy = answers.at(-1)?.status === 'streaming';
  return { available: ai.available, answers, busy, ask, reset };
}

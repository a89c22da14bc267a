'use client';
import { useCallback, useState } from 'react';
import { adoptGenerated, AI_PACK_ID, isNearDuplicate, withGenerated, type GenerationTarget } from '@/core/ai';
import { checkProblem } from '@/core/pack-check';
import type { Problem } from '@/core/schemas/problem';
import { usePythonWhenMade } from '@/features/runtime';
import { usePacks } from '@/stores/packs';
import { useProgress } from '@/stores/progress';
import { problemOf, type AiProblem } from './problem';
import { useAi } from './use-ai';

export type GenerationStep =
  | { step: 'idle' }
  | { step: 'asking'; attempt: number }
  | { step: 'checking'; attempt: number; tests: number }
  | { step: 'done'; problem: Problem; model: string }
  | { step: 'failed'; problem: AiProblem; unverified: boolean };

const MAX_ATTEMPTS = 2;
/** How long a question waits for the page's Python to exist before it gives up. */
const PYTHON_WAIT_MS = 20_000;

/**
 * Ask Gemini for a question, then run its reference solution (and its wrong
 * solutions) against its own tests in Pyodide. A question that fails is sent
 * back once with the failure; a question is never shown unless it verifies.
 */
export function useGenerateQuestion() {
  const ai = useAi();
  // A question asked in the page's first moments waits for the runtime to be made (while Gemini writes).
  const whenMade = usePythonWhenMade();
  const [state, setState] = useState<GenerationStep>({ step: 'idle' });

  const generate = useCallback(
    async (target: GenerationTarget, context: { weakSpots?: string[] } = {}): Promise<GenerationStep> => {
      const finish = (result: GenerationStep) => {
        setState(result);
        return result;
      };
      const packs = usePacks.getState();
      const existing = packs.packs.find((p) => p.pack.id === AI_PACK_ID)?.pack;
      const recentTitles = (existing?.problems ?? []).slice(-20).map((p) => p.title);
      const seen = useProgress.getState().seen;
      let previousFailure: { problem: unknown; failure: string } | undefined;

      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        setState({ step: 'asking', attempt });
        const answer = await ai.call('generate-question', {
          module: target.topic.module,
          subtopic: target.topic.subtopic,
          problemType: target.topic.problemType,
          topicLabel: target.topicLabel,
          difficulty: target.difficulty,
          weakSpots: context.weakSpots ?? [],
          avoid: recentTitles,
          ...(previousFailure ? { previousFailure } : {}),
        });
        if (!answer.ok) return finish({ step: 'failed', problem: problemOf(answer), unverified: false });

        const problem = adoptGenerated(answer.data.problem, target.topic);
        if (isNearDuplicate(problem, seen, recentTitles)) {
          previousFailure = { problem: answer.data.problem, failure: 'This question repeats one the learner has already seen. Write a different one.' };
          continue;
        }
        const runtime = await whenMade(PYTHON_WAIT_MS).catch(() => null);
        if (!runtime) return finish({ step: 'failed', problem: { reason: 'pythonStarting' }, unverified: false });
        setState({ step: 'checking', attempt, tests: problem.tests.length });
        const check = await runtime.session((grade) => checkProblem(problem, (code, cases, load) => grade(code, cases, { load })));
        if (check.ok) {
          usePacks.getState().add(withGenerated(existing, problem));
          return finish({ step: 'done', problem, model: answer.usage.model });
        }
        previousFailure = { problem: answer.data.problem, failure: check.problems.join('\n').slice(0, 4_000) };
      }
      return finish({
        step: 'failed',
        unverified: true,
        problem: { reason: 'unverified' },
      });
    },
    [ai, whenMade],
  );

  return { state, generate, available: ai.available };
}

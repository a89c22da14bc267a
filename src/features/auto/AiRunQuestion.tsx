'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { fullLabel, parseTypeKey, type LabelSource } from '@/core/auto/keys';
import { replaceCurrent, type AutoRun } from '@/core/auto/run';
import { AiProblemText, useGenerateQuestion } from '@/features/ai';
import { useAutoRuns } from '@/stores/auto-runs';

/**
 * With a key: swap the run's current problem for a fresh question of the same
 * type written by Gemini (shown only once it passes its own tests in Python).
 */
export function AiRunQuestion({ run, modules }: { run: AutoRun; modules: readonly LabelSource[] }) {
  const t = useTranslations('auto.AiRunQuestion');
  const router = useRouter();
  const { state, generate, available } = useGenerateQuestion();
  const current = run.current;
  const place = current ? parseTypeKey(current.key) : null;
  if (!available || !current || !place?.subtopic || !place.problemType) return null;
  const busy = state.step === 'asking' || state.step === 'checking';

  const fresh = async () => {
    const result = await generate({
      topic: { module: place.module, subtopic: place.subtopic ?? '', problemType: place.problemType ?? '' },
      topicLabel: fullLabel(current.key, modules),
      difficulty: current.difficulty,
    });
    const latest = useAutoRuns.getState().runs[run.id];
    if (result.step !== 'done' || !latest) return;
    const next = replaceCurrent(
      latest,
      {
        ...current,
        problemId: result.problem.id,
        difficulty: result.problem.difficulty,
        why: [{ key: 'fresh', values: {} }, ...current.why],
      },
      Date.now(),
    );
    useAutoRuns.getState().put(next);
    router.push(`/practice?problem=${encodeURIComponent(result.problem.id)}&run=${encodeURIComponent(run.id)}`);
  };

  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        onClick={() => void fresh()}
        disabled={busy}
        className="rounded-md border border-brand-600 px-2 py-0.5 text-xs text-brand-700 hover:bg-brand-50 disabled:opacity-50 dark:text-brand-100 dark:hover:bg-brand-700/20"
        data-testid="run-ai-question"
      >
        {busy ? (state.step === 'checking' ? t('checking') : t('writing')) : t('fresh')}
      </button>
      {state.step === 'failed' ? (
        <span className="text-xs text-red-700 dark:text-red-400" role="alert">
          <AiProblemText problem={state.problem} />
        </span>
      ) : null}
    </span>
  );
}

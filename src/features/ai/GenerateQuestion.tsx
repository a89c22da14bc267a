'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { chooseTarget } from '@/core/ai';
import { pickProblem, type Catalog, type ProblemFilter } from '@/core/catalog';
import { fullLabel, typeKey } from '@/core/auto/keys';
import { weakestKeys } from '@/core/auto/mastery';
import { useMastery } from '@/stores/mastery';
import { useProgress } from '@/stores/progress';
import { aiOnThisHost } from './host';
import { useProblemText } from './problem';
import { useGenerateQuestion, type GenerationStep } from './use-generate';

/** "Generate a question with AI" for the chosen topic; falls back to a built-in question. */
export function GenerateQuestion({ catalog, filter, query }: { catalog: Catalog; filter: ProblemFilter; query: string }) {
  const t = useTranslations('ai.GenerateQuestion');
  const router = useRouter();
  const { state, generate, available } = useGenerateQuestion();
  const busy = state.step === 'asking' || state.step === 'checking';

  if (!aiOnThisHost) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="ai-off">
        {t('offHost')}
      </p>
    );
  }
  if (!available) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="ai-off">
        {t.rich('noKey', {
          link: (chunks) => (
            <Link href="/support/settings#ai" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    );
  }

  const start = async () => {
    const target = chooseTarget(
      catalog.modules.filter((m) => !m.imported),
      { module: filter.module, subtopic: filter.subtopic, problemType: filter.problemType, difficulty: filter.difficulty },
    );
    if (!target) return;
    // The learner's weakest types in this module, for Gemini to exercise.
    const keys = catalog.problems.filter((p) => p.module === target.topic.module).map(typeKey);
    const weakSpots = weakestKeys(useMastery.getState(), keys, 3).map((w) => fullLabel(w.key, catalog.modules));
    const result = await generate(target, { weakSpots });
    if (result.step === 'done') {
      router.push(`/practice?problem=${encodeURIComponent(result.problem.id)}`);
    } else if (result.step === 'failed' && result.unverified) {
      // Never an unverified question: a built-in one of the same choice instead.
      const seen = new Set(useProgress.getState().seen);
      const pick = pickProblem(catalog.problems, filter, seen, Math.random).problem ?? pickProblem(catalog.problems, { module: filter.module }, seen, Math.random).problem;
      if (pick) router.push(`/practice?problem=${encodeURIComponent(pick.id)}${query ? `&${query}` : ''}&notice=ai-unverified`);
    }
  };

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => void start()}
        disabled={busy || catalog.modules.length === 0}
        className="rounded-md border border-brand-600 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-50 dark:text-brand-100 dark:hover:bg-brand-700/20"
        data-testid="generate-question"
      >
        {busy ? t('busy') : `✦ ${t('button')}`}
      </button>
      <GenerationStatus state={state} />
    </div>
  );
}

function GenerationStatus({ state }: { state: GenerationStep }) {
  const t = useTranslations('ai.GenerateQuestion.status');
  const problemText = useProblemText();
  const text =
    state.step === 'asking'
      ? state.attempt === 1
        ? t('asking')
        : t('askingAgain')
      : state.step === 'checking'
        ? t('checking', { tests: state.tests })
        : state.step === 'done'
          ? t('done', { title: state.problem.title, model: state.model })
          : state.step === 'failed'
            ? state.unverified
              ? t('fallingBack', { problem: problemText(state.problem) })
              : problemText(state.problem)
            : '';
  return (
    <p
      className={`text-sm ${state.step === 'failed' ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`}
      aria-live="polite"
      data-testid="generation-status"
    >
      {text}
    </p>
  );
}

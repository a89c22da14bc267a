'use client';
import Link from 'next/link';
import { useCallback } from 'react';
import { useTranslations } from 'use-intl';
import type { AiError } from '@/core/schemas/ai';

/**
 * Why an AI action gave no answer. PyDojo's own reasons are codes, put into
 * words in the learner's language here; the AI service's messages are shown
 * as it wrote them.
 */
export type AiProblem =
  | { reason: 'missingKey' }
  | { reason: 'offHost' }
  | { reason: 'dailyCap'; cap: number }
  | { reason: 'pythonStarting' }
  | { reason: 'unverified' }
  | { reason: 'offline' }
  | { reason: 'service'; message: string };

/** The problem behind a failed call: the reason useAi blocked it, else the service's error. */
export function problemOf(result: { error: AiError; blocked?: AiProblem }): AiProblem {
  if (result.blocked) return result.blocked;
  if (result.error.code === 'missing_key') return { reason: 'missingKey' };
  return { reason: 'service', message: result.error.message };
}

/** Whether the way out of a problem is in Settings (a key, a model, the daily limit). */
export function pointsToSettings(problem: AiProblem): boolean {
  return problem.reason === 'missingKey' || problem.reason === 'dailyCap' || (problem.reason === 'service' && /Settings/.test(problem.message));
}

/** A problem in words. */
export function useProblemText(): (problem: AiProblem) => string {
  const t = useTranslations('ai.problem');
  return useCallback(
    (problem: AiProblem) => {
      switch (problem.reason) {
        case 'missingKey':
          return t('missingKey');
        case 'offHost':
          return t('offHost');
        case 'dailyCap':
          return t('dailyCap', { cap: problem.cap });
        case 'pythonStarting':
          return t('pythonStarting');
        case 'unverified':
          return t('unverified');
        case 'offline':
          return t('offline');
        case 'service':
          return problem.message;
      }
    },
    [t],
  );
}

/** A problem in words, as text. */
export function AiProblemText({ problem }: { problem: AiProblem }) {
  return <>{useProblemText()(problem)}</>;
}

/** A problem in words, with a link to Settings when that is where it is solved. */
export function AiFailure({ problem }: { problem: AiProblem }) {
  const t = useTranslations('ai.problem');
  return (
    <p className="text-red-700 dark:text-red-400" role="alert">
      <AiProblemText problem={problem} />{' '}
      {pointsToSettings(problem) ? (
        <Link href="/support/settings#ai" className="underline">
          {t('openSettings')}
        </Link>
      ) : null}
    </p>
  );
}

'use client';
import { useEffect } from 'react';
import { useTranslations } from 'use-intl';
import type { RunResult } from '@/adapters/python/client';
import { explainError, TIMEOUT_EXPLANATION } from '@/core/python/explain';
import { PageMessages } from '@/features/shell';
import errors from '../../../data/messages/en/errors.json';
import { ErrorCard, useExplanationText } from './ErrorCard';
import { formatMs } from './format';

/** How a run ended (OutputPanel loads it lazily), with an error's explanation in plain words; tells the panel once shown, to keep it in view. */
const WORDS = { errors };

export function RunSummary({ result, timeLimitSec, onShown }: { result: RunResult; timeLimitSec: number; onShown(): void }) {
  useEffect(onShown, [result, onShown]);
  return (
    <PageMessages english={WORDS}>
      <Summary result={result} timeLimitSec={timeLimitSec} />
    </PageMessages>
  );
}

function Summary({ result, timeLimitSec }: { result: RunResult; timeLimitSec: number }) {
  const t = useTranslations('workspace.OutputPanel');
  const explanationText = useExplanationText();
  const restart = result.restarted === 'unresponsive' ? 'unresponsive' : result.restarted === 'not-isolated' ? 'notIsolated' : 'none';
  switch (result.status) {
    case 'ok':
      return <p className="text-slate-600 dark:text-slate-400">{t('finished', { time: formatMs(result.durationMs) })}</p>;
    case 'error':
      return result.error ? <ErrorCard error={result.error} explanation={explainError(result.error)} /> : null;
    case 'exit':
      return <p className="text-slate-600 dark:text-slate-400">{t('exited', { code: result.exitCode ?? 0 })}</p>;
    case 'interrupted':
      return (
        <p className="font-medium text-amber-800 dark:text-amber-300" data-testid="run-interrupted">
          {t('interrupted', { restart })}
        </p>
      );
    case 'timeout':
      return (
        <div className="text-amber-800 dark:text-amber-300" data-testid="run-timeout">
          <p className="font-medium">{t('timedOut', { limit: timeLimitSec, restart })}</p>
          <p>{explanationText(TIMEOUT_EXPLANATION)}</p>
        </div>
      );
    case 'crashed':
      return (
        <p className="font-medium text-red-700 dark:text-red-400" data-testid="run-crashed">
          {t('crashed')}
        </p>
      );
  }
}

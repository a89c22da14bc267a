'use client';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { RunResult } from '@/adapters/python/client';
import { explainError } from '@/core/python/explain';
import { PageMessages } from '@/features/shell';
import errors from '../../../data/messages/en/errors.json';

/**
 * How a run on the lesson page ended, with the plain-words explanation of an
 * error: loaded with the first run (RunOutput), the explanations and their
 * words with it.
 */
/** Inline code spans (`like this`) in a plain sentence. */
function withCode(text: string): ReactNode[] {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

function Outcome({ result, timeLimitSec }: { result: RunResult; timeLimitSec: number }) {
  const t = useTranslations('lessons.ExampleRunner');
  const explain = useTranslations('errors.explain');
  switch (result.status) {
    case 'ok':
    case 'exit':
      return <p className="text-slate-600 dark:text-slate-400">✓ {t('finished')}</p>;
    case 'error': {
      if (!result.error) return null;
      const { type, message, line } = result.error;
      const explained = explainError(result.error);
      const explanation = explained ? explain(explained.key, explained.values) : null;
      return (
        <div className="text-red-800 dark:text-red-300" data-testid="example-error">
          <p className="font-semibold">
            {type}
            {message ? `: ${message}` : ''}
            {line ? <span className="font-normal"> {t('atLine', { line })}</span> : null}
          </p>
          {explanation ? <p className="mt-0.5 text-red-900 dark:text-red-200">{withCode(explanation)}</p> : null}
        </div>
      );
    }
    case 'timeout':
      return (
        <p className="text-amber-800 dark:text-amber-300">
          {t('timedOut', { seconds: timeLimitSec })} {explain('timeout')}
        </p>
      );
    case 'interrupted':
      return <p className="text-amber-800 dark:text-amber-300">{t('stopped')}</p>;
    case 'crashed':
      return <p className="text-red-700 dark:text-red-400">{t('crashed')}</p>;
  }
}

export default function RunOutcome(props: { result: RunResult; timeLimitSec: number }) {
  return (
    <PageMessages english={{ errors }}>
      <Outcome {...props} />
    </PageMessages>
  );
}

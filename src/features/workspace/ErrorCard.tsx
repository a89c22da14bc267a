'use client';
import { useTranslations } from 'use-intl';
import type { Explanation } from '@/core/python/explain';
import type { PyErrorInfo } from '@/core/python/protocol';
import { LazyInlineMarkdown as InlineMarkdown, PageMessages } from '@/features/shell';
import errors from '../../../data/messages/en/errors.json';

/**
 * An explanation in the learner's language. A verdict kept from an older
 * version may hold the English sentence itself: it is shown as it is.
 */
export function useExplanationText(): (explanation: Explanation | string | null | undefined) => string | null {
  const t = useTranslations('errors.explain');
  return (explanation) => (explanation == null ? null : typeof explanation === 'string' ? explanation : t(explanation.key, explanation.values));
}

const WORDS = { errors };

/** A Python error as the learner sees it, with its plain-words explanation: it brings its own words, so a page loads them only with it. */
export function ErrorCard(props: { error: PyErrorInfo; explanation: Explanation | string | null }) {
  return (
    <PageMessages english={WORDS}>
      <Card {...props} />
    </PageMessages>
  );
}

function Card({ error, explanation }: { error: PyErrorInfo; explanation: Explanation | string | null }) {
  const t = useTranslations('errors.ErrorCard');
  const text = useExplanationText()(explanation);
  return (
    <div
      className="rounded-md border border-red-200 bg-red-50 p-3 text-sm dark:border-red-900/60 dark:bg-red-950/40"
      data-testid="error-card"
    >
      <p className="font-semibold text-red-800 dark:text-red-300">
        {error.type}
        {error.line ? <span className="font-normal"> {t('onLine', { line: error.line })}</span> : null}
        {error.message ? <span className="font-normal">: {error.message}</span> : null}
      </p>
      {text ? (
        <p className="mt-1 text-red-900 dark:text-red-200 [&_code]:rounded [&_code]:bg-red-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.85em] dark:[&_code]:bg-red-900/50">
          <InlineMarkdown text={text} />
        </p>
      ) : null}
      {error.traceback && error.traceback !== error.type ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs text-red-800 dark:text-red-300">{t('traceback')}</summary>
          <pre className="mt-1 overflow-x-auto whitespace-pre-wrap font-mono text-xs text-red-900 dark:text-red-200">{error.traceback}</pre>
        </details>
      ) : null}
    </div>
  );
}

'use client';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { examples } from '@/core/grading';
import type { Problem } from '@/core/schemas/problem';
import { DifficultyBadge } from '@/features/catalog';
import { LazyMarkdown as Markdown, scrollIntoViewGently } from '@/features/shell';

/** The hints' rungs, keys in the `workspace.ProblemPanel.rungs` messages. */
const RUNGS = ['nudge', 'approach', 'almostCode'] as const;

export function ProblemPanel({
  problem,
  hintsShown,
  revealed,
  lesson = null,
}: {
  problem: Problem;
  hintsShown: number;
  revealed: boolean;
  onHideSolution?: () => void;
  /** The lesson of the problem's topic, when it has one. */
  lesson?: { href: string; title: string } | null;
}) {
  const t = useTranslations('workspace.ProblemPanel');
  const shown = problem.hints.slice(0, hintsShown);
  const cases = examples(problem);
  const hintList = useRef<HTMLOListElement>(null);
  // Hints already open when the problem opened stay where they are; a newly opened one is brought into view.
  const [shownAtOpen] = useState(hintsShown);
  useEffect(() => {
    if (hintsShown > shownAtOpen) scrollIntoViewGently(hintList.current?.lastElementChild);
  }, [hintsShown, shownAtOpen]);
  return (
    <article className="space-y-4 p-4" aria-labelledby="problem-title">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="problem-title" className="text-lg font-semibold tracking-tight">
          {problem.title}
        </h2>
        <DifficultyBadge difficulty={problem.difficulty} />
        {problem.estimatedMinutes ? <span className="text-xs text-slate-600 dark:text-slate-400">{t('minutes', { minutes: problem.estimatedMinutes })}</span> : null}
      </div>
      {problem.tags.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={t('tags')}>
          {problem.tags.map((tag) => (
            <li key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      {lesson ? (
        <p className="text-sm">
          {t.rich('lesson', {
            title: lesson.title,
            link: (chunks) => (
              <Link href={lesson.href} className="text-brand-700 underline dark:text-brand-500" data-testid="problem-lesson">
                {chunks}
              </Link>
            ),
            rest: (chunks) => <span className="text-slate-600 dark:text-slate-400">{chunks}</span>,
          })}
        </p>
      ) : null}
      <Markdown source={problem.statement} />

      {cases.length > 0 ? (
        <section aria-labelledby="examples-title" className="space-y-2">
          <h3 id="examples-title" className="font-semibold">
            {t('examples')}
          </h3>
          <ul className="space-y-2" data-testid="examples">
            {cases.map((example, i) =>
              example.kind === 'call' ? (
                <li key={i} className="overflow-x-auto rounded-md bg-slate-100 px-3 py-2 font-mono text-sm dark:bg-slate-900">
                  <span>{example.input}</span>
                  <span className="text-slate-600 dark:text-slate-400"> → </span>
                  <span>{example.output}</span>
                </li>
              ) : (
                <li key={i} className="grid gap-2 text-sm sm:grid-cols-2">
                  <div>
                    <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{t('input')}</p>
                    <pre className="overflow-x-auto rounded-md bg-slate-100 px-3 py-2 font-mono dark:bg-slate-900">{example.input || t('none')}</pre>
                  </div>
                  <div>
                    <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{t('output')}</p>
                    <pre className="overflow-x-auto rounded-md bg-slate-100 px-3 py-2 font-mono dark:bg-slate-900">{example.output}</pre>
                  </div>
                </li>
              ),
            )}
          </ul>
        </section>
      ) : null}

      <p className="text-xs text-slate-600 dark:text-slate-400">
        {t('testCounts', { visible: problem.tests.filter((test) => !test.hidden).length, hidden: problem.tests.filter((test) => test.hidden).length })}
      </p>

      {shown.length > 0 ? (
        <section aria-labelledby="hints-title" className="space-y-2" data-testid="hints">
          <h3 id="hints-title" className="font-semibold">
            {t('hints')}
          </h3>
          <ol className="space-y-2" ref={hintList}>
            {shown.map((hint, i) => (
              <li key={i} className="scroll-my-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm dark:border-amber-900/50 dark:bg-amber-950/30" data-testid="hint-text">
                <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-amber-800 dark:text-amber-300">
                  {i + 1}. {t(`rungs.${RUNGS[i] ?? 'hint'}`)}
                </p>
                {hint.includes('\n') ? <pre className="overflow-x-auto whitespace-pre font-mono text-sm">{hint}</pre> : <Markdown source={hint} />}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {revealed ? (
        <section aria-labelledby="solution-title" className="space-y-2" data-testid="solution">
          <h3 id="solution-title" className="font-semibold">
            {t('solution')}
          </h3>
          <pre className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm dark:border-slate-800 dark:bg-slate-900">{problem.solution}</pre>
        </section>
      ) : null}
    </article>
  );
}

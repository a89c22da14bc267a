'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import { useCatalog, useProblem } from '@/features/catalog';
import { RuntimeStatus } from '@/features/runtime';
import { useDrafts } from '@/stores/drafts';
import { ProblemWorkspace, type LoadedProblem } from './ProblemWorkspace';
import { preloadMarkdown, useHydrated } from '@/features/shell';

/**
 * The practice workspace: picks the problem from the URL and loads it. The
 * page may wrap the loaded problem (e.g. to add auto mode); by default it is
 * the plain workspace. Whatever renders it should be keyed by the problem id.
 */
export function Workspace({ catalog: builtIn, children }: { catalog: Catalog; children?: (loaded: LoadedProblem) => ReactNode }) {
  const t = useTranslations('workspace.Workspace');
  const catalog = useCatalog(builtIn);
  const params = useSearchParams();
  const requested = params?.get('problem') ?? null;
  const summary =
    catalog.problems.find((p) => p.id === requested) ?? (requested ? undefined : (catalog.problems.find((p) => p.pack === 'starter') ?? catalog.problems[0]));
  const { problem, error } = useProblem(summary);
  const draftsReady = useHydrated(useDrafts);
  // The statement's Markdown renderer downloads while the problem does.
  useEffect(preloadMarkdown, []);

  if (!summary) {
    return (
      <div className="p-6 text-sm">
        <p>{t('notFound', { id: requested ?? '' })}</p>
        <Link href="/modules" className="text-brand-700 underline dark:text-brand-500">
          {t('browseModules')}
        </Link>
      </div>
    );
  }
  if (error) return <p className="p-6 text-sm text-red-700 dark:text-red-400">{t('loadFailed', { error })}</p>;
  if (!problem || !draftsReady) {
    return (
      <div className="flex min-h-[50vh] flex-col">
        <p className="flex-1 p-6 text-sm text-slate-600 dark:text-slate-400" role="status">
          {t('loading', { title: summary.title })}
        </p>
        <RuntimeStatus />
      </div>
    );
  }
  const loaded = { problem, summary, catalog };
  return children ? children(loaded) : <ProblemWorkspace key={problem.id} {...loaded} />;
}

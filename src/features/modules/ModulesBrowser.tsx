'use client';
import Link from 'next/link';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { matches, type Catalog, type ProblemFilter } from '@/core/catalog';
import type { Difficulty, ProblemPack } from '@/core/schemas/problem';
import { ProblemList, useCatalog } from '@/features/catalog';
import { useProgress } from '@/stores/progress';
import { PackImport } from './PackImport';

const FIELD = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900';

export function moduleHref(module: { id: string; imported: boolean }): string {
  return module.imported ? `/modules/imported?pack=${encodeURIComponent(module.id)}` : `/modules/${module.id}`;
}

/** `packAction`: something to offer beside each imported pack (the page composes sharing in). */
export function ModulesBrowser({ catalog: builtIn, packAction }: { catalog: Catalog; packAction?: (pack: ProblemPack) => ReactNode }) {
  const t = useTranslations('modules.ModulesBrowser');
  const catalog = useCatalog(builtIn);
  const progress = useProgress((s) => s.problems);
  const [query, setQuery] = useState('');
  const [difficulty, setDifficulty] = useState<Difficulty | ''>('');
  const [tag, setTag] = useState('');

  const tags = useMemo(() => [...new Set(catalog.problems.flatMap((p) => p.tags))].sort(), [catalog]);
  const filter: ProblemFilter = { query: query.trim() || undefined, difficulty: difficulty || undefined, tag: tag || undefined };
  const filtering = Boolean(filter.query || filter.difficulty || filter.tag);
  const results = filtering ? catalog.problems.filter((p) => matches(p, filter)) : [];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3" role="search">
        <label className="flex min-w-48 flex-1 flex-col gap-1 text-sm">
          <span className="font-medium">{t('search')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchPlaceholder')} className={FIELD} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('difficulty')}</span>
          <select value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty | '')} className={FIELD}>
            <option value="">{t('any')}</option>
            <option value="beginner">{t('difficulties.beginner')}</option>
            <option value="intermediate">{t('difficulties.intermediate')}</option>
            <option value="advanced">{t('difficulties.advanced')}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('tag')}</span>
          <select value={tag} onChange={(e) => setTag(e.target.value)} className={FIELD}>
            <option value="">{t('any')}</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>

      {filtering ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-2 text-lg font-semibold" aria-live="polite">
            {t('matching', { count: results.length })}
          </h2>
          <ProblemList problems={results} empty={t('noMatch')} />
        </section>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label={t('modulesLabel')}>
          {catalog.modules.map((module) => {
            const problems = catalog.problems.filter((p) => p.module === module.id);
            const solved = problems.filter((p) => progress[p.id]?.solvedAt).length;
            const count = (d: Difficulty) => problems.filter((p) => p.difficulty === d).length;
            const percent = problems.length ? Math.round((solved / problems.length) * 100) : 0;
            return (
              <li key={module.id} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900/40" data-testid="module-card">
                <h2 className="font-semibold">
                  <Link href={moduleHref(module)} className="hover:underline">
                    {module.name}
                  </Link>
                  {module.imported ? <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs font-normal dark:bg-slate-800">{t('imported')}</span> : null}
                </h2>
                <p className="mt-1 line-clamp-3 flex-1 text-sm text-slate-600 dark:text-slate-400">{module.overview.replace(/[`*_]/g, '')}</p>
                <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
                  {t('counts', { total: problems.length, beginner: count('beginner'), intermediate: count('intermediate'), advanced: count('advanced') })}
                </p>
                <div className="mt-2 flex items-center gap-2 text-xs">
                  <span
                    role="progressbar"
                    aria-label={t('progress', { name: module.name })}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={percent}
                    className="h-1.5 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
                  >
                    <span className="block h-full bg-brand-500" style={{ width: `${percent}%` }} />
                  </span>
                  <span className="text-slate-700 dark:text-slate-300">
                    {t('solved', { solved, total: problems.length })}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <PackImport builtIn={builtIn} packAction={packAction} />
    </div>
  );
}

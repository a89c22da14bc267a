'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import type { Catalog, CatalogModule, ProblemSummary } from '@/core/catalog';
import { ProblemList, useCatalog } from '@/features/catalog';
import { Markdown } from '@/features/shell';
import { useTranslations } from 'use-intl';
import { usePacks } from '@/stores/packs';

function Considerations({ items }: { items: string[] }) {
  const t = useTranslations('modules.ModuleView');
  if (items.length === 0) return null;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-slate-700 dark:text-slate-300">{t('considerations')}</summary>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
        {items.map((item) => (
          <li key={item}>
            <Markdown source={item} className="!space-y-0 [&_p]:inline" />
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ModuleView({ module: current, problems }: { module: CatalogModule; problems: ProblemSummary[] }) {
  const t = useTranslations('modules.ModuleView');
  const unplaced = problems.filter((p) => !current.subtopics.some((s) => s.id === p.subtopic));
  return (
    <div className="space-y-6">
      <div>
        <Markdown source={current.overview} />
        <Considerations items={current.considerations} />
      </div>
      {current.subtopics
        .slice()
        .sort((a, b) => a.order - b.order)
        .map((subtopic) => (
          <section key={subtopic.id} aria-labelledby={`subtopic-${subtopic.id}`} className="space-y-3">
            <div>
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <h2 id={`subtopic-${subtopic.id}`} className="text-lg font-semibold">
                  {subtopic.name}
                </h2>
                {current.imported ? null : (
                  <Link href={`/learn/${current.id}/${subtopic.id}`} className="text-sm text-brand-700 underline dark:text-brand-500" data-testid="subtopic-lesson">
                    {t('readLesson')}
                  </Link>
                )}
              </div>
              <Markdown source={subtopic.overview} className="text-slate-700 dark:text-slate-300" />
              <Considerations items={subtopic.considerations} />
            </div>
            {subtopic.problemTypes
              .slice()
              .sort((a, b) => a.order - b.order)
              .map((type) => {
                const list = problems.filter((p) => p.subtopic === subtopic.id && p.problemType === type.id);
                return (
                  <div key={type.id} className="space-y-2 pl-0 sm:pl-4">
                    <h3 className="font-medium">{type.name}</h3>
                    <p className="text-sm text-slate-600 dark:text-slate-400">{type.overview.replace(/[`*_]/g, '')}</p>
                    <ProblemList problems={list} empty={t('noProblemsOfType')} />
                  </div>
                );
              })}
          </section>
        ))}
      {unplaced.length > 0 ? (
        <section className="space-y-2">
          {current.subtopics.length > 0 ? <h2 className="text-lg font-semibold">{t('moreProblems')}</h2> : null}
          <ProblemList problems={unplaced} />
        </section>
      ) : null}
    </div>
  );
}

export function ModuleDetail({ catalog, moduleId }: { catalog: Catalog; moduleId: string }) {
  const current = catalog.modules.find((m) => m.id === moduleId);
  if (!current) return null;
  return <ModuleView module={current} problems={catalog.problems.filter((p) => p.module === moduleId)} />;
}

/** An imported pack's page (/modules/imported?pack=<id>), rendered in the browser. */
export function ImportedModule({ catalog: builtIn }: { catalog: Catalog }) {
  const t = useTranslations('modules.ImportedModule');
  const catalog = useCatalog(builtIn);
  const id = useSearchParams()?.get('pack') ?? '';
  const hydrated = usePacks.persist.hasHydrated();
  const current = catalog.modules.find((m) => m.id === id && m.imported);
  if (!current) {
    return (
      <p className="text-sm">
        {hydrated ? t('notImported') : t('loading')}{' '}
        <Link href="/modules" className="text-brand-700 underline dark:text-brand-500">
          {t('backToModules')}
        </Link>
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">{current.name}</h1>
      <ModuleView module={current} problems={catalog.problems.filter((p) => p.pack === id)} />
    </div>
  );
}

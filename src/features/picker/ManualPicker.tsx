'use client';
import { useRouter } from 'next/navigation';
import { useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'use-intl';
import { matches, pickProblem, type Catalog, type ProblemFilter } from '@/core/catalog';
import { Difficulty } from '@/core/schemas/problem';
import { GenerateQuestion } from '@/features/ai';
import { useCatalog } from '@/features/catalog';
import { useProgress } from '@/stores/progress';
import { filterToQuery } from './filter-query';

const FIELD = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900';

const subscribeNever = () => () => undefined;

/** Choose a topic and a difficulty; PyDojo picks a question you have not seen. */
export function ManualPicker({ catalog: builtIn }: { catalog: Catalog }) {
  const t = useTranslations('picker.ManualPicker');
  const catalog = useCatalog(builtIn);
  const router = useRouter();
  const seen = useProgress((s) => s.seen);
  const [filter, setFilter] = useState<ProblemFilter>({});
  // The choices wait for the page's script: a choice made before it runs
  // would be silently reset when React takes over the form.
  const ready = useSyncExternalStore(subscribeNever, () => true, () => false);
  const current = catalog.modules.find((m) => m.id === filter.module);
  const subtopic = current?.subtopics.find((s) => s.id === filter.subtopic);
  const pool = catalog.problems.filter((p) => matches(p, filter));
  const unseen = pool.filter((p) => !seen.includes(p.fingerprint)).length;

  const start = () => {
    const pick = pickProblem(catalog.problems, filter, new Set(seen), Math.random);
    if (!pick.problem) return;
    if (pick.poolExhausted) useProgress.getState().startOver(pick.poolFingerprints);
    const query = filterToQuery(filter);
    router.push(`/practice?problem=${encodeURIComponent(pick.problem.id)}${query ? `&${query}` : ''}`);
  };

  return (
    <form
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      <fieldset disabled={!ready} className="contents">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t('module')}</span>
        <select value={filter.module ?? ''} onChange={(e) => setFilter({ ...filter, module: e.target.value || undefined, subtopic: undefined, problemType: undefined })} className={FIELD}>
          <option value="">{t('anyModule')}</option>
          {catalog.modules.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t('subtopic')}</span>
        <select
          value={filter.subtopic ?? ''}
          disabled={!current || current.subtopics.length === 0}
          onChange={(e) => setFilter({ ...filter, subtopic: e.target.value || undefined, problemType: undefined })}
          className={FIELD}
        >
          <option value="">{t('anySubtopic')}</option>
          {current?.subtopics.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t('problemType')}</span>
        <select value={filter.problemType ?? ''} disabled={!subtopic} onChange={(e) => setFilter({ ...filter, problemType: e.target.value || undefined })} className={FIELD}>
          <option value="">{t('anyType')}</option>
          {subtopic?.problemTypes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t('difficulty')}</span>
        <select value={filter.difficulty ?? ''} onChange={(e) => setFilter({ ...filter, difficulty: (e.target.value || undefined) as Difficulty | undefined })} className={FIELD}>
          <option value="">{t('anyDifficulty')}</option>
          {Difficulty.options.map((level) => (
            <option key={level} value={level}>
              {t(`difficulties.${level}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pool.length === 0} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50">
          {t('start')}
        </button>
        <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="pool-size">
          {pool.length === 0 ? t('noMatch') : t('pool', { count: pool.length, unseen })}
        </p>
      </div>
      <div className="border-t border-slate-200 pt-4 sm:col-span-2 dark:border-slate-800">
        <GenerateQuestion catalog={catalog} filter={filter} query={filterToQuery(filter)} />
      </div>
      </fieldset>
    </form>
  );
}

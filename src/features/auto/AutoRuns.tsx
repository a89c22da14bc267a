'use client';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { reviewCountDue } from '@/core/auto/review';
import { areaLabel } from '@/core/auto/keys';
import { exportRun, parseRunFile, type AutoRun, type RunFileError } from '@/core/auto/run';
import { createRun, easier, harder, skip, canAdjust } from '@/core/auto/run-plan';
import { isCleanSolve, isMiss } from '@/core/auto/outcome';
import type { Catalog } from '@/core/catalog';
import { DifficultyBadge, useCatalog } from '@/features/catalog';
import { Card, useHydrated } from '@/features/shell';
import { useAutoRuns } from '@/stores/auto-runs';
import { useMastery } from '@/stores/mastery';
import { useProgress } from '@/stores/progress';
import { useReviews } from '@/stores/reviews';
import { planRun } from './learning';
import { runCatalog, type CatalogContext } from './run-catalog';
import { usePrefetchRun } from './use-prefetch-run';
import { useWhy } from './use-why';

const BUTTON = 'rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';
const PRIMARY = `${BUTTON} bg-brand-600 text-white hover:bg-brand-700`;
const QUIET = `${BUTTON} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`;
const FIELD = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900';

function newId(): string {
  return `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** A message under the form, worded at render so it follows the language. */
type Message =
  | { tone: 'error'; kind: 'noProblemLeft' | 'tooLarge' }
  | { tone: 'error'; kind: 'importFailed'; error: RunFileError }
  | { tone: 'ok'; kind: 'imported'; name: string };

/** /practice/auto: start, name, resume, export, import and delete adaptive runs. */
export function AutoRuns({ catalog: builtIn }: { catalog: Catalog }) {
  const t = useTranslations('auto.AutoRuns');
  const format = useFormatter();
  const catalog = useCatalog(builtIn);
  const router = useRouter();
  const params = useSearchParams();
  const runsReady = useHydrated(useAutoRuns);
  const masteryReady = useHydrated(useMastery);
  const reviewsReady = useHydrated(useReviews);
  const progressReady = useHydrated(useProgress);
  const ready = runsReady && masteryReady && reviewsReady && progressReady;
  const { runs, activeId, put, remove, activate } = useAutoRuns();
  const reviews = useReviews();
  const [name, setName] = useState('');
  const [scope, setScope] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const context = runCatalog(catalog);
  const list = Object.values(runs).sort((a, b) => b.updatedAt - a.updatedAt);
  const selected = runs[params?.get('run') ?? ''] ?? runs[activeId ?? ''] ?? list[0] ?? null;
  const title = (id: string) => catalog.problems.find((p) => p.id === id)?.title ?? id;
  const [openedAt] = useState(() => Date.now());
  usePrefetchRun(ready ? selected : null, catalog.problems);
  const due = reviewCountDue(reviews, openedAt);

  if (!ready) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('loading')}</p>;

  const open = (run: AutoRun) => {
    const planned = run.current ? run : planRun(run, context);
    put(planned);
    activate(planned.id);
    if (planned.current) router.push(`/practice?problem=${encodeURIComponent(planned.current.problemId)}&run=${encodeURIComponent(planned.id)}`);
    else setMessage({ tone: 'error', kind: 'noProblemLeft' });
  };

  const start = () => {
    const progress = useProgress.getState();
    const isNewLearner = !Object.values(progress.problems).some((p) => p.solvedAt) && Object.keys(useMastery.getState().skills).length === 0;
    const run = createRun({ id: newId(), name: name.trim() || t('defaultName', { number: list.length + 1 }), now: Date.now(), isNewLearner, scope: scope ? [scope] : [] });
    setName('');
    open(run);
  };

  const change = (run: AutoRun, how: (run: AutoRun, now: number) => AutoRun) => {
    const next = planRun(how(run, Date.now()), context);
    put(next);
  };

  const download = (run: AutoRun) => {
    const url = URL.createObjectURL(new Blob([exportRun(run, Date.now())], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `pydojo-run-${run.name.replace(/[^\w-]+/g, '-').toLowerCase()}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };

  const importFile = async (file: File) => {
    if (file.size > 5_000_000) return setMessage({ tone: 'error', kind: 'tooLarge' });
    const { run, error } = parseRunFile(await file.text());
    if (!run) return setMessage({ tone: 'error', kind: 'importFailed', error: error ?? { code: 'wrong-format' } });
    const copy = runs[run.id] ? { ...run, id: newId(), name: t('importedName', { name: run.name }) } : run;
    put(copy);
    setMessage({ tone: 'ok', kind: 'imported', name: copy.name });
  };

  const fileError = (error: RunFileError): string => {
    switch (error.code) {
      case 'wrong-version':
        return t('fileErrors.wrong-version', { version: error.version, supported: error.supported });
      case 'damaged':
        return t('fileErrors.damaged', { issues: error.issues });
      default:
        return t(`fileErrors.${error.code}`);
    }
  };

  const messageText = (message: Message): string => {
    switch (message.kind) {
      case 'importFailed':
        return t('importFailed', { reason: fileError(message.error) });
      case 'imported':
        return t('imported', { name: message.name });
      default:
        return t(message.kind);
    }
  };

  return (
    <div className="space-y-4">
      <Card>
        <h2 className="font-semibold">{t('startHeading')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {t('intro')}
        </p>
        <form
          className="mt-3 flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{t('name')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} placeholder={t('defaultName', { number: list.length + 1 })} className={FIELD} data-testid="run-name" />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{t('modules')}</span>
            <select value={scope} onChange={(e) => setScope(e.target.value)} className={FIELD} data-testid="run-scope">
              <option value="">{t('allModules')}</option>
              {catalog.modules
                .filter((m) => !m.imported)
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
            </select>
          </label>
          <button type="submit" className={PRIMARY} data-testid="start-run">
            {t('start')}
          </button>
        </form>
        {due > 0 ? (
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300" data-testid="reviews-due">
            {t('reviewsDue', { count: due })}
          </p>
        ) : null}
      </Card>

      {message ? (
        <p className={`text-sm ${message.tone === 'error' ? 'text-red-700 dark:text-red-400' : 'text-brand-700 dark:text-brand-100'}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {messageText(message)}
        </p>
      ) : null}

      {selected ? (
        <RunDetail
          run={selected}
          title={title}
          catalog={context}
          onOpen={() => open(selected)}
          onSkip={() => change(selected, skip)}
          onEasier={() => change(selected, easier)}
          onHarder={() => change(selected, harder)}
        />
      ) : null}

      <Card>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="font-semibold">{t('yourRuns')}</h2>
          <label className={`${QUIET} cursor-pointer`}>
            {t('importRun')}
            <input
              type="file"
              accept="application/json,.json"
              className="sr-only"
              data-testid="import-run"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void importFile(file);
                e.target.value = '';
              }}
            />
          </label>
        </div>
        {list.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('noRuns')}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" data-testid="runs">
            {list.map((run) => {
              const solved = run.history.filter((h) => h.outcome.solved).length;
              return (
                <li key={run.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                  <Link href={`/practice/auto?run=${encodeURIComponent(run.id)}`} className="min-w-0 flex-1 font-medium underline">
                    {run.name}
                    {run.id === activeId ? <span className="ml-2 text-xs font-normal text-brand-700 dark:text-brand-100">{t('active')}</span> : null}
                  </Link>
                  <span className="text-slate-600 dark:text-slate-400">
                    {t('summary', { answered: run.history.length, solved, date: format.dateTime(new Date(run.updatedAt)) })}
                  </span>
                  <button type="button" className={QUIET} onClick={() => open(run)}>
                    {t('resume')}
                  </button>
                  <button type="button" className={QUIET} onClick={() => download(run)}>
                    {t('export')}
                  </button>
                  <button
                    type="button"
                    className={`${BUTTON} text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950`}
                    onClick={() => {
                      if (window.confirm(t('confirmDelete', { name: run.name }))) remove(run.id);
                    }}
                  >
                    {t('delete')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}

function RunDetail({
  run,
  title,
  catalog,
  onOpen,
  onSkip,
  onEasier,
  onHarder,
}: {
  run: AutoRun;
  title(id: string): string;
  catalog: CatalogContext;
  onOpen(): void;
  onSkip(): void;
  onEasier(): void;
  onHarder(): void;
}) {
  const t = useTranslations('auto.RunDetail');
  const tAuto = useTranslations('auto');
  const why = useWhy();
  const levels = Object.entries(run.levels).sort(([a], [b]) => a.localeCompare(b));
  const recent = run.history.slice(-8).reverse();
  return (
    <Card>
      <h2 className="font-semibold" data-testid="run-title">
        {run.name}
      </h2>
      {run.current ? (
        <div className="mt-3 rounded-md border border-brand-600/40 p-3" data-testid="run-current">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t('nextUp')}</p>
          <p className="mt-1 flex flex-wrap items-center gap-2 font-medium">
            {title(run.current.problemId)} <DifficultyBadge difficulty={run.current.difficulty} />
          </p>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{why(run.current)}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className={PRIMARY} onClick={onOpen} data-testid="run-continue">
              {run.history.length ? t('continue') : t('start')}
            </button>
            <button type="button" className={QUIET} onClick={onSkip}>
              {t('skip')}
            </button>
            <button type="button" className={QUIET} onClick={onEasier} disabled={!canAdjust(run, 'easier', catalog.problems)}>
              {t('easier')}
            </button>
            <button type="button" className={QUIET} onClick={onHarder} disabled={!canAdjust(run, 'harder', catalog.problems)}>
              {t('harder')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={`${PRIMARY} mt-3`} onClick={onOpen} data-testid="run-continue">
          {t('continue')}
        </button>
      )}
      {run.queue.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">{t('preparedNext')}</h3>
          <ol className="mt-1 space-y-1 text-sm" data-testid="run-queue">
            {run.queue.map((item) => (
              <li key={item.problemId} data-reason={item.reason}>
                <span className="font-medium">{title(item.problemId)}</span> <DifficultyBadge difficulty={item.difficulty} />{' '}
                <span className="text-slate-600 dark:text-slate-400">— {why(item)}</span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {levels.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">{t('levels')}</h3>
          <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2" data-testid="run-levels">
            {levels.map(([area, level]) => (
              <li key={area} className="flex items-center gap-2" data-area={area} data-difficulty={level.difficulty}>
                <span className="min-w-0 flex-1 truncate">{areaLabel(`${area}/-`, catalog.modules)}</span>
                <DifficultyBadge difficulty={level.difficulty} />
                <span className="text-xs text-slate-600 dark:text-slate-400">{t('streak', { streak: level.streak })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {recent.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">{t('recent')}</h3>
          <ul className="mt-1 space-y-0.5 text-sm" data-testid="run-history">
            {recent.map((h) => (
              <li key={`${h.problemId}-${h.at}`}>
                {isCleanSolve(h.outcome) ? '✓' : isMiss(h.outcome) ? '✗' : t('withHelp')} {title(h.problemId)}{' '}
                <span className="text-slate-600 dark:text-slate-400">
                  ({tAuto(`difficulty.${h.difficulty}`)}
                  {h.reason === 'remediation' ? `, ${t('remediation')}` : h.reason === 'review' ? `, ${t('review')}` : ''})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

'use client';
/**
 * "Measure growth", shown once a problem is solved: times the learner's
 * solution and the reference on growing inputs from the problem's generator,
 * draws both on log–log axes and names the likely order of each.
 */
import dynamic from 'next/dynamic';
import { useMemo, useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { fitGrowth, growthRows, type GrowthFit } from '@/core/growth';
import type { GrowthSubject } from '@/core/python/protocol';
import type { Problem } from '@/core/schemas/problem';
import { SPEEDS, useGrowth, type GrowthSubjectCode, type Speed } from './use-growth';

const GrowthChart = dynamic(() => import('./GrowthChart').then((m) => m.GrowthChart), {
  ssr: false,
  loading: () => <div className="h-[220px]" aria-hidden="true" />,
});

const BUTTON = 'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';
const QUIET = `${BUTTON} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`;

/** The panel, or nothing for a problem without a generator that scales. */
export function GrowthPanel({ problem, mine }: { problem: Problem; mine: string }) {
  const generator = problem.generator;
  if (!generator?.maxN || !problem.entryPoint) return null;
  return <Panel subject={{ mine, reference: problem.solution, entry: problem.entryPoint, generator: { ...generator, maxN: generator.maxN } }} />;
}

function Panel({ subject }: { subject: GrowthSubjectCode }) {
  const t = useTranslations('growth');
  const format = useFormatter();
  const [speed, setSpeed] = useState<Speed>('quick');
  const { state, measure, stop, ready } = useGrowth(subject);
  const points = useMemo(() => (state.phase === 'measuring' || state.phase === 'done' ? state.points : []), [state]);
  const rows = useMemo(() => growthRows(points), [points]);
  const fits = useMemo(
    () => ({
      mine: state.phase === 'done' ? fitGrowth(points.filter((p) => p.who === 'mine')) : null,
      reference: state.phase === 'done' ? fitGrowth(points.filter((p) => p.who === 'reference')) : null,
    }),
    [points, state.phase],
  );
  const names = { mine: t('mine'), reference: t('reference') };
  const digits = (value: number) => format.number(value, { maximumSignificantDigits: 3 });
  const formatTime = (seconds: number) =>
    seconds >= 1 ? t('seconds', { value: digits(seconds) }) : seconds >= 1e-3 ? t('milliseconds', { value: digits(seconds * 1e3) }) : t('microseconds', { value: digits(seconds * 1e6) });
  const measuring = state.phase === 'measuring';
  const largest = points.length > 0 ? Math.max(...points.map((p) => p.n)) : 0;

  const verdict = (who: GrowthSubject, fit: GrowthFit | null) =>
    fit
      ? t('verdict', {
          who: names[who],
          order: t(`orders.${fit.order}`),
          exponent: format.number(fit.exponent, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          confidence: t(`confidence.${fit.reason ?? fit.confidence}`),
        })
      : t('noVerdict', { who: names[who] });

  return (
    <section aria-labelledby="growth-title" className="space-y-3 p-3 text-sm" data-testid="growth-panel">
      <div>
        <h2 id="growth-title" className="font-semibold">
          {t('title')}
        </h2>
        <p className="text-slate-600 dark:text-slate-400">{t('intro', { maxN: format.number(subject.generator.maxN) })}</p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <div role="group" aria-label={t('speedLabel')} className="flex flex-wrap gap-1.5">
          {(Object.keys(SPEEDS) as Speed[]).map((key) => (
            <button
              key={key}
              type="button"
              aria-pressed={speed === key}
              disabled={measuring}
              onClick={() => setSpeed(key)}
              className="rounded-full border border-slate-300 px-2.5 py-0.5 text-xs aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white disabled:opacity-60 dark:border-slate-600"
            >
              {t(key, { seconds: Math.round(SPEEDS[key].budgetMs / 1000) })}
            </button>
          ))}
        </div>
        {measuring ? (
          <button type="button" onClick={stop} className={QUIET} data-testid="growth-stop">
            {t('stop')}
          </button>
        ) : (
          <button type="button" onClick={() => void measure(speed)} disabled={!ready} className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`} data-testid="measure-growth">
            {state.phase === 'done' ? t('measureAgain') : t('measure')}
          </button>
        )}
      </div>

      {measuring ? (
        <div className="flex items-center gap-2" role="status">
          <progress className="h-2 w-32 accent-brand-600" max={state.sizes.length} value={new Set(points.map((p) => p.n)).size} aria-label={t('progressLabel')} />
          <span>{largest > 0 ? t('measuring', { n: format.number(largest) }) : t('starting')}</span>
        </div>
      ) : null}

      {rows.length > 0 ? (
        <figure aria-label={t('chartLabel')}>
          <div aria-hidden="true">
            <GrowthChart rows={rows} names={names} formatTime={formatTime} />
          </div>
          <details className="mt-1">
            <summary className="cursor-pointer text-xs text-slate-600 underline dark:text-slate-400">{t('showNumbers')}</summary>
            <table className="mt-1 w-full max-w-md text-left text-xs tabular-nums" data-testid="growth-table">
              <caption className="sr-only">{t('tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-0.5 pr-3 font-semibold">
                    {t('n')}
                  </th>
                  <th scope="col" className="py-0.5 pr-3 font-semibold">
                    {names.mine}
                  </th>
                  <th scope="col" className="py-0.5 font-semibold">
                    {names.reference}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.n} className="border-t border-slate-200 dark:border-slate-800">
                    <th scope="row" className="py-0.5 pr-3 font-normal">
                      {format.number(row.n)}
                    </th>
                    <td className="py-0.5 pr-3">{row.mine !== undefined ? formatTime(row.mine) : t('noTime')}</td>
                    <td className="py-0.5">{row.reference !== undefined ? formatTime(row.reference) : t('noTime')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
      ) : null}

      {state.phase === 'done' ? (
        <div className="space-y-1" role="status" data-testid="growth-result">
          <p className="font-medium" data-testid="growth-mine">
            {verdict('mine', fits.mine)}
          </p>
          <p className="font-medium" data-testid="growth-reference">
            {verdict('reference', fits.reference)}
          </p>
          <p className="text-slate-600 dark:text-slate-400" data-testid="growth-status">
            {state.result.status === 'error' && state.result.error
              ? t(state.result.error.n !== undefined ? 'status.errorAt' : 'status.error', {
                  who: state.result.error.who === 'generator' ? t('generatorName') : names[state.result.error.who],
                  type: state.result.error.type,
                  message: state.result.error.message,
                  n: format.number(state.result.error.n ?? 0),
                })
              : t(`status.${state.result.status}`, { n: format.number(largest) })}
          </p>
          {fits.mine?.reason === 'noisy' || fits.reference?.reason === 'noisy' ? <p className="text-slate-600 dark:text-slate-400">{t('noisyHint')}</p> : null}
        </div>
      ) : null}
      {state.phase === 'busy' ? <p role="status">{t('status.busy')}</p> : null}
    </section>
  );
}

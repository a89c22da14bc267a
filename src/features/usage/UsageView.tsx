'use client';
// Over 400 lines: the usage page is one view (filters, charts, per-feature and per-model tables, recent calls) over one derived data set; its tables are the next thing to move into their own files.
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { dayKey } from '@/core/history';
import type { AiEndpoint, AiErrorCode } from '@/core/schemas/ai';
import {
  callsToday,
  estimateCost,
  perDay,
  perEndpoint,
  perModel,
  PriceTable,
  recentCalls,
  USAGE_LIMIT,
  usageTotals,
  type UsageRecord,
} from '@/core/usage';
import { ConfirmDialog, useHydrated } from '@/features/shell';
import { useSettings } from '@/stores/settings';
import { useUsage } from '@/stores/usage';
import pricesJson from '../../../data/gemini-prices.json';

/** Gemini list prices, checked against the schema when the page loads. */
const PRICES = PriceTable.parse(pricesJson);

const DAYS = 14;
const RECENT = 25;

const MUTED = 'text-slate-600 dark:text-slate-400';
const TEXT_LINK = 'font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-500';
const PRIMARY = 'inline-flex items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700';
const DANGER =
  'inline-flex items-center justify-center rounded-md border border-red-300 px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950/40';
const TH = 'px-3 py-2 text-right text-xs font-semibold uppercase tracking-wide whitespace-nowrap text-slate-600 dark:text-slate-400';
const TH_FIRST = 'py-2 pr-3 text-left text-xs font-semibold uppercase tracking-wide whitespace-nowrap text-slate-600 dark:text-slate-400';
const TD = 'px-3 py-2 text-right tabular-nums whitespace-nowrap';
const TH_TEXT = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide whitespace-nowrap text-slate-600 dark:text-slate-400';
const TD_TEXT = 'px-3 py-2 text-left whitespace-nowrap';
const TD_FIRST = 'py-2 pr-3 text-left font-normal whitespace-nowrap';

/** Keys in `usage.endpoint`: each endpoint's name for the learner. */
const ENDPOINT_KEY = {
  'test-connection': 'testConnection',
  'generate-question': 'generateQuestion',
  'get-hints': 'getHints',
  'evaluate-code': 'evaluateCode',
  'reveal-solution': 'revealSolution',
  'optimize-solution': 'optimizeSolution',
  tutor: 'tutor',
  'explain-lesson': 'explainLesson',
  'explain-example': 'explainExample',
} as const satisfies Record<AiEndpoint, string>;

/** Keys in `usage.error`: each failure's short name. */
const ERROR_KEY = {
  missing_key: 'missingKey',
  invalid_key: 'invalidKey',
  service_disabled: 'serviceDisabled',
  permission_denied: 'permissionDenied',
  rate_limited: 'rateLimited',
  quota: 'quota',
  safety: 'safety',
  bad_request: 'badRequest',
  model_unavailable: 'modelUnavailable',
  too_large: 'tooLarge',
  bad_output: 'badOutput',
  truncated: 'truncated',
  timeout: 'timeout',
  upstream: 'upstream',
} as const satisfies Record<AiErrorCode, string>;

/** An endpoint's name in the learner's language. */
function useEndpointName(): (endpoint: AiEndpoint) => string {
  const t = useTranslations('usage.endpoint');
  return (endpoint) => t(ENDPOINT_KEY[endpoint]);
}

function ChartPlaceholder() {
  return <Block className="h-full w-full" />;
}

const DailyCallsChart = dynamic(() => import('./charts').then((m) => m.DailyCallsChart), { ssr: false, loading: ChartPlaceholder });
const DailyTokensChart = dynamic(() => import('./charts').then((m) => m.DailyTokensChart), { ssr: false, loading: ChartPlaceholder });
const EndpointChart = dynamic(() => import('./charts').then((m) => m.EndpointChart), { ssr: false, loading: ChartPlaceholder });

// ---------------------------------------------------------------------------
// Formatting, in the learner's language.

/** Numbers, money, durations and dates as the learner's language writes them. */
function useFormats() {
  const format = useFormatter();
  const t = useTranslations('usage');
  return useMemo(() => {
    const number = (count: number) => format.number(count);
    const usdOf = (amount: number, maximumFractionDigits: number) =>
      format.number(amount, { style: 'currency', currency: 'USD', minimumFractionDigits: Math.min(2, maximumFractionDigits), maximumFractionDigits });
    const dayOf = (day: string) => new Date(`${day}T12:00:00`);
    return {
      number,
      /** "950", "12.3k", "3.4M" for headline numbers. */
      compactTokens(count: number): string {
        if (count >= 1_000_000) return `${number(Number((count / 1_000_000).toFixed(1)))}M`;
        if (count >= 10_000) return `${number(Number((count / 1_000).toFixed(1)))}k`;
        return number(count);
      },
      /** Dollars, with more digits for the small amounts a few calls cost. */
      usd(amount: number): string {
        if (amount > 0 && amount < 0.0001) return `< ${usdOf(0.0001, 4)}`;
        return usdOf(amount, amount < 1 ? 4 : 2);
      },
      latency(ms: number | null): string {
        if (ms === null) return '–';
        return ms < 1_000 ? `${number(Math.round(ms))} ms` : `${format.number(ms / 1_000, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
      },
      shortDay: (day: string) => format.dateTime(dayOf(day), { day: 'numeric', month: 'short' }),
      longDay: (day: string) => format.dateTime(dayOf(day), { weekday: 'long', day: 'numeric', month: 'long' }),
      when(at: number, now: number): string {
        const sameDay = dayKey(at) === dayKey(now);
        return format.dateTime(at, sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
      },
      /** The full date and time, for a tooltip. */
      fullTime: (at: number) => format.dateTime(at, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }),
      /** "March 2026" (or "Mar 2026") from "2026-03". */
      monthName: (asOf: string, month: 'long' | 'short' = 'long') => format.dateTime(new Date(`${asOf}-15T12:00:00`), { month, year: 'numeric' }),
      modelName: (model: string) => model || t('noModel'),
      /** Entries of a list read out in one sentence. */
      list: (items: string[]) => items.join(t('listSeparator')),
    };
  }, [format, t]);
}

// ---------------------------------------------------------------------------
// Small building blocks.

function Block({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`rounded-md bg-slate-200/70 motion-safe:animate-pulse dark:bg-slate-800 ${className}`} />;
}

/** The current time, refreshed every minute (for "calls today"). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

function Section({ title, description, children, testId }: { title: string; description?: ReactNode; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid={testId} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900/40">
      <div className="mb-3">
        <h2 id={id} className="font-semibold">
          {title}
        </h2>
        {description ? <p className={`mt-0.5 text-sm ${MUTED}`}>{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

function Stat({ label, value, hint, testId, tone = 'plain' }: { label: string; value: string; hint: ReactNode; testId: string; tone?: 'plain' | 'warn' }) {
  const border = tone === 'warn' ? 'border-amber-400 dark:border-amber-600' : 'border-slate-200 dark:border-slate-800';
  return (
    <div className={`min-w-0 rounded-lg border bg-white p-3 dark:bg-slate-900/40 ${border}`} data-testid={testId}>
      <dt className={`text-xs font-medium ${MUTED}`}>{label}</dt>
      <dd className="mt-1 text-xl font-semibold tabular-nums tracking-tight sm:text-2xl">{value}</dd>
      <dd className={`mt-0.5 truncate text-xs ${MUTED}`}>{hint}</dd>
    </div>
  );
}

function Legend({ items }: { items: Array<[string, string]> }) {
  return (
    <div className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-hidden="true">
      {items.map(([label, swatch]) => (
        <span key={label} className="flex items-center gap-1.5">
          <span className={`size-2.5 rounded-sm ${swatch}`} /> {label}
        </span>
      ))}
    </div>
  );
}

interface TableProps {
  caption: string;
  columns: string[];
  rows: Array<{ key: string; cells: ReactNode[] }>;
  /** Columns of text, aligned left (the first always is); the others hold numbers. */
  textColumns?: number[];
  testId?: string;
}

/** A table that scrolls sideways inside its own box on a narrow screen (focusable, so keys scroll it too). */
function Table({ caption, columns, rows, textColumns = [], testId }: TableProps) {
  return (
    <div className="-mx-4 overflow-x-auto px-4" data-testid={testId} role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i === 0 ? TH_FIRST : textColumns.includes(i) ? TH_TEXT : TH}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100 last:border-0 dark:border-slate-800/60">
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className={TD_FIRST}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={textColumns.includes(i) ? TD_TEXT : TD}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A chart's text alternative, on demand. */
function AsTable(props: TableProps) {
  const t = useTranslations('usage');
  return (
    <details className="mt-2">
      <summary className={`cursor-pointer select-none text-xs font-medium ${MUTED} hover:text-slate-900 dark:hover:text-slate-100`}>{t('showAsTable')}</summary>
      <div className="mt-2">
        <Table {...props} />
      </div>
    </details>
  );
}

// ---------------------------------------------------------------------------
// The page.

/**
 * Calls to the AI features made with the learner's own Gemini key: today
 * against the daily cap, totals, estimated cost, the last two weeks, and per
 * endpoint, model and call. Reads only what this browser recorded.
 *
 * The cap is the one set in Settings (0 = no cap) unless `dailyCap` is given.
 */
export function UsageView({ dailyCap }: { dailyCap?: number }) {
  const usageReady = useHydrated(useUsage);
  const settingsReady = useHydrated(useSettings);
  const records = useUsage((s) => s.records);
  const settingsCap = useSettings((s) => s.aiDailyCap);
  const [cleared, setCleared] = useState(false);

  if (!usageReady || !settingsReady) return <UsageSkeleton />;
  if (records.length === 0) return <EmptyState cleared={cleared} />;
  return <Overview records={records} dailyCap={dailyCap ?? settingsCap} onCleared={() => setCleared(true)} />;
}

function UsageSkeleton() {
  const t = useTranslations('usage');
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        {t('loading')}
      </p>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <Block key={i} className="h-20" />
        ))}
      </div>
      <Block className="h-64" />
      <Block className="h-48" />
    </div>
  );
}

function EmptyState({ cleared }: { cleared: boolean }) {
  const t = useTranslations('usage.empty');
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700" data-testid="usage-empty">
      {cleared ? (
        <p role="status" className="mb-3 text-sm font-medium text-brand-700 dark:text-brand-500">
          {t('cleared')}
        </p>
      ) : null}
      <p className="font-medium">{t('title')}</p>
      <p className={`mx-auto mt-1 max-w-xl text-sm ${MUTED}`}>{t('body')}</p>
      <Link href="/support/settings" className={`mt-4 ${PRIMARY}`}>
        {t('addKey')}
      </Link>
    </div>
  );
}

function Overview({ records, dailyCap, onCleared }: { records: UsageRecord[]; dailyCap?: number; onCleared(): void }) {
  const t = useTranslations('usage');
  const f = useFormats();
  const now = useNow();
  const today = dayKey(now);
  const state = useMemo(() => ({ records }), [records]);
  const totals = useMemo(() => usageTotals(records), [records]);
  const cost = useMemo(() => estimateCost(records, PRICES), [records]);
  const days = useMemo(() => perDay(state, DAYS, now), [state, now]);
  const endpoints = useMemo(() => perEndpoint(state), [state]);
  const models = useMemo(() => perModel(state, PRICES), [state]);
  const callsSoFar = callsToday(state, now);
  const unpriced = cost.unpricedInputTokens + cost.unpricedOutputTokens;

  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="usage-headline">
        <TodayStat calls={callsSoFar} cap={dailyCap} />
        <Stat label={t('label.calls')} value={f.number(totals.calls)} hint={t('stats.failed', { count: totals.errors })} testId="usage-calls" />
        <Stat label={t('label.inputTokens')} value={f.compactTokens(totals.inputTokens)} hint={t('stats.sent', { tokens: totals.inputTokens })} testId="usage-input" />
        <Stat label={t('label.outputTokens')} value={f.compactTokens(totals.outputTokens)} hint={t('stats.received', { tokens: totals.outputTokens })} testId="usage-output" />
        <Stat label={t('label.estimatedCost')} value={f.usd(cost.usd)} hint={t('stats.prices', { month: f.monthName(PRICES.asOf, 'short') })} testId="usage-cost" />
      </dl>

      {dailyCap !== undefined && dailyCap > 0 && callsSoFar >= dailyCap ? (
        <p role="status" className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100" data-testid="usage-cap-reached">
          {t.rich('capReached', {
            cap: dailyCap,
            link: (chunks) => (
              <Link href="/support/settings" className="font-medium underline underline-offset-2">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}

      <p className={`text-sm ${MUTED}`} data-testid="usage-cost-note">
        {t.rich('costNote', {
          month: f.monthName(PRICES.asOf),
          unpriced: unpriced > 0 ? 'some' : 'none',
          tokens: unpriced,
          models: cost.unpricedModels.map(f.modelName).join(', '),
          modelCount: cost.unpricedModels.length,
          link: (chunks) => (
            <a href={PRICES.source} target="_blank" rel="noreferrer" className={TEXT_LINK}>
              {chunks}
            </a>
          ),
        })}
      </p>

      <DaysSection days={days} today={today} />
      <EndpointSection rows={endpoints} />
      <ModelSection rows={models} />
      <RecentSection records={records} now={now} />
      <ClearSection count={records.length} capSet={dailyCap !== undefined && dailyCap > 0} onCleared={onCleared} />
    </div>
  );
}

function TodayStat({ calls, cap }: { calls: number; cap?: number }) {
  const t = useTranslations('usage.today');
  const { number } = useFormats();
  if (cap === undefined) return <Stat label={t('label')} value={number(calls)} hint={t('sinceMidnight')} testId="usage-today" />;
  if (cap <= 0) return <Stat label={t('label')} value={number(calls)} hint={t('noCap')} testId="usage-today" />;
  const left = Math.max(0, cap - calls);
  return (
    <Stat
      label={t('label')}
      value={`${number(calls)} / ${number(cap)}`}
      hint={left === 0 ? t('capReached') : t('left', { left })}
      tone={left === 0 ? 'warn' : 'plain'}
      testId="usage-today"
    />
  );
}

function DaysSection({ days, today }: { days: ReturnType<typeof perDay>; today: string }) {
  const t = useTranslations('usage');
  const f = useFormats();
  const active = days.filter((d) => d.calls > 0);
  const calls = days.reduce((sum, d) => sum + d.calls, 0);
  const callData = days.map((d) => ({ label: f.shortDay(d.day), ok: d.calls - d.errors, errors: d.errors }));
  const tokenData = days.map((d) => ({ label: f.shortDay(d.day), input: d.inputTokens, output: d.outputTokens }));
  const dayName = (day: string) => (day === today ? t('days.today', { day: f.longDay(day) }) : f.longDay(day));
  const callsLabel =
    calls === 0
      ? t('days.callsNone', { days: DAYS })
      : t('days.callsLabel', {
          days: DAYS,
          calls,
          list: f.list(active.map((d) => t('days.callsEntry', { day: dayName(d.day), calls: d.calls, failed: d.errors }))),
        });
  const tokensLabel =
    calls === 0
      ? t('days.tokensNone', { days: DAYS })
      : t('days.tokensLabel', {
          days: DAYS,
          list: f.list(active.map((d) => t('days.tokensEntry', { day: dayName(d.day), input: d.inputTokens, output: d.outputTokens }))),
        });
  return (
    <Section
      title={t('days.title', { days: DAYS })}
      description={calls === 0 ? t('days.noCalls', { days: DAYS }) : t('days.summary', { calls, active: active.length })}
      testId="usage-days"
    >
      <div className="grid gap-6 md:grid-cols-2">
        <div className="min-w-0">
          <h3 className="mb-1 text-sm font-medium">{t('days.callsTitle')}</h3>
          <Legend
            items={[
              [t('series.successful'), 'bg-brand-600 dark:bg-brand-500'],
              [t('series.failed'), 'bg-red-700 dark:bg-red-400'],
            ]}
          />
          <div role="img" aria-label={callsLabel} style={{ height: 180 }}>
            <DailyCallsChart data={callData} height={180} />
          </div>
        </div>
        <div className="min-w-0">
          <h3 className="mb-1 text-sm font-medium">{t('days.tokensTitle')}</h3>
          <Legend
            items={[
              [t('series.input'), 'bg-slate-500'],
              [t('series.output'), 'bg-brand-600 dark:bg-brand-500'],
            ]}
          />
          <div role="img" aria-label={tokensLabel} style={{ height: 180 }}>
            <DailyTokensChart data={tokenData} height={180} />
          </div>
        </div>
      </div>
      {active.length > 0 ? (
        <AsTable
          caption={t('days.tableCaption', { days: DAYS })}
          columns={[t('label.day'), t('label.calls'), t('label.failed'), t('label.inputTokens'), t('label.outputTokens')]}
          rows={active.map((d) => ({ key: d.day, cells: [f.shortDay(d.day), f.number(d.calls), f.number(d.errors), f.number(d.inputTokens), f.number(d.outputTokens)] }))}
        />
      ) : null}
    </Section>
  );
}

function EndpointSection({ rows }: { rows: ReturnType<typeof perEndpoint> }) {
  const t = useTranslations('usage');
  const f = useFormats();
  const name = useEndpointName();
  const height = Math.max(90, rows.length * 34 + 40);
  const label = t('endpoints.chartLabel', {
    list: f.list(rows.map((r) => t('endpoints.chartEntry', { name: name(r.endpoint), calls: r.calls, failed: r.errors }))),
  });
  return (
    <Section title={t('endpoints.title')} description={t('endpoints.description')} testId="usage-endpoints">
      <div role="img" aria-label={label} style={{ height }}>
        <EndpointChart rows={rows.map((r) => ({ name: name(r.endpoint), ok: r.calls - r.errors, errors: r.errors }))} height={height} />
      </div>
      <div className="mt-3">
        <Table
          caption={t('endpoints.tableCaption')}
          columns={[t('label.feature'), t('label.calls'), t('label.failed'), t('label.inputTokens'), t('label.outputTokens'), t('label.medianLatency')]}
          rows={rows.map((r) => ({
            key: r.endpoint,
            cells: [
              <span key="name">
                {name(r.endpoint)} <code className={`text-xs ${MUTED}`}>{r.endpoint}</code>
              </span>,
              f.number(r.calls),
              f.number(r.errors),
              f.number(r.inputTokens),
              f.number(r.outputTokens),
              f.latency(r.medianLatencyMs),
            ],
          }))}
        />
      </div>
    </Section>
  );
}

function ModelSection({ rows }: { rows: ReturnType<typeof perModel> }) {
  const t = useTranslations('usage');
  const f = useFormats();
  return (
    <Section title={t('models.title')} description={t('models.description')} testId="usage-models">
      <Table
        caption={t('models.tableCaption')}
        columns={[t('label.model'), t('label.calls'), t('label.failed'), t('label.inputTokens'), t('label.outputTokens'), t('label.estimatedCost')]}
        rows={rows.map((r) => ({
          key: r.model || '(none)',
          cells: [
            r.model ? <code key="name">{r.model}</code> : <span className={MUTED}>{f.modelName(r.model)}</span>,
            f.number(r.calls),
            f.number(r.errors),
            f.number(r.inputTokens),
            f.number(r.outputTokens),
            r.costUsd === null ? <span className={MUTED}>{t('models.noPrice')}</span> : f.usd(r.costUsd),
          ],
        }))}
      />
    </Section>
  );
}

function RecentSection({ records, now }: { records: UsageRecord[]; now: number }) {
  const t = useTranslations('usage');
  const f = useFormats();
  const name = useEndpointName();
  const recent = recentCalls({ records }, RECENT);
  return (
    <Section title={t('recent.title')} description={records.length > RECENT ? t('recent.description', { recent: RECENT, count: records.length }) : undefined} testId="usage-recent">
      <Table
        caption={t('recent.tableCaption')}
        columns={[t('label.time'), t('label.feature'), t('label.model'), t('label.tokensInOut'), t('label.latency'), t('label.result')]}
        textColumns={[1, 2, 5]}
        testId="usage-recent-table"
        rows={recent.map((r) => ({
          key: r.id,
          cells: [
            <time key="t" dateTime={new Date(r.at).toISOString()} title={f.fullTime(r.at)}>
              {f.when(r.at, now)}
            </time>,
            name(r.endpoint),
            r.model ? <ModelCell key="m" record={r} /> : <span className={MUTED}>–</span>,
            `${f.number(r.inputTokens)} / ${f.number(r.outputTokens)}`,
            f.latency(r.latencyMs),
            <ResultPill key="r" record={r} />,
          ],
        }))}
      />
    </Section>
  );
}

/** The model that answered, and how many requests the call took when it needed more than one (each listed in the tooltip). */
function ModelCell({ record }: { record: UsageRecord }) {
  const t = useTranslations('usage.recent');
  const steps = record.steps ?? [];
  return (
    <span title={steps.length > 1 ? steps.map((s) => `${s.model} ${s.mode}: ${s.outcome}`).join('\n') : undefined}>
      <code>{record.model}</code>
      {steps.length > 1 ? <span className={MUTED}> · {t('requests', { count: steps.length })}</span> : null}
    </span>
  );
}

function ResultPill({ record }: { record: UsageRecord }) {
  const t = useTranslations('usage');
  const [text, cls] = record.ok
    ? [t('result.ok'), 'bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100']
    : [record.errorCode ? t(`error.${ERROR_KEY[record.errorCode]}`) : t('result.failed'), 'bg-red-100 text-red-800 dark:bg-red-900/40 dark:text-red-200'];
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-[11px] font-medium ${cls}`} title={record.errorCode}>
      {text}
    </span>
  );
}

function ClearSection({ count, capSet, onCleared }: { count: number; capSet: boolean; onCleared(): void }) {
  const t = useTranslations('usage.clear');
  const clear = useUsage((s) => s.clear);
  const [confirming, setConfirming] = useState(false);
  return (
    <Section title={t('title')} description={t('description', { limit: USAGE_LIMIT })} testId="usage-manage">
      <button type="button" onClick={() => setConfirming(true)} className={DANGER} data-testid="usage-clear">
        {t('button')}
      </button>
      {confirming ? (
        <ConfirmClear
          count={count}
          capSet={capSet}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            clear();
            onCleared();
          }}
        />
      ) : null}
    </Section>
  );
}

function ConfirmClear({ count, capSet, onCancel, onConfirm }: { count: number; capSet: boolean; onCancel(): void; onConfirm(): void }) {
  const t = useTranslations('usage.clear');
  return (
    <ConfirmDialog title={t('confirmTitle')} confirmLabel={t('button')} cancelLabel={t('keep')} confirmTestId="usage-clear-confirm" onCancel={onCancel} onConfirm={onConfirm}>
      {t('confirmBody', { count, cap: capSet ? 'yes' : 'no' })}
    </ConfirmDialog>
  );
}

'use client';
// Over 400 lines: the usage page is one view (filters, charts, per-feature and per-model tables, recent calls) over one derived data set; its tables are the next thing to move into their own files.
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
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

const ENDPOINT_LABEL: Record<AiEndpoint, string> = {
  'test-connection': 'Key check',
  'generate-question': 'New question',
  'get-hints': 'Hints',
  'evaluate-code': 'Code review',
  'reveal-solution': 'Solution explained',
  'optimize-solution': 'Optimisation',
  tutor: 'Tutor chat',
  'explain-lesson': 'Lesson explained',
  'explain-example': 'Example explained',
};

const ERROR_LABEL: Record<AiErrorCode, string> = {
  missing_key: 'no key',
  invalid_key: 'key refused',
  service_disabled: 'API not enabled',
  permission_denied: 'permission denied',
  rate_limited: 'rate limited',
  quota: 'quota used up',
  safety: 'blocked for safety',
  bad_request: 'bad request',
  model_unavailable: 'model unavailable',
  too_large: 'too large',
  bad_output: 'unreadable answer',
  truncated: 'cut off',
  timeout: 'timed out',
  upstream: 'Gemini error',
};

function ChartPlaceholder() {
  return <Block className="h-full w-full" />;
}

const DailyCallsChart = dynamic(() => import('./charts').then((m) => m.DailyCallsChart), { ssr: false, loading: ChartPlaceholder });
const DailyTokensChart = dynamic(() => import('./charts').then((m) => m.DailyTokensChart), { ssr: false, loading: ChartPlaceholder });
const EndpointChart = dynamic(() => import('./charts').then((m) => m.EndpointChart), { ssr: false, loading: ChartPlaceholder });

// ---------------------------------------------------------------------------
// Formatting.

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? word : many}`;
}

function tokens(count: number): string {
  return count.toLocaleString();
}

/** "950", "12.3k", "3.4M" for headline numbers. */
function compactTokens(count: number): string {
  if (count >= 1_000_000) return `${Number((count / 1_000_000).toFixed(1))}M`;
  if (count >= 10_000) return `${Number((count / 1_000).toFixed(1))}k`;
  return count.toLocaleString();
}

/** Dollars, with more digits for the small amounts a few calls cost. */
function usd(amount: number): string {
  if (amount > 0 && amount < 0.0001) return '< $0.0001';
  return amount.toLocaleString(undefined, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: amount < 1 ? 4 : 2 });
}

function latency(ms: number | null): string {
  if (ms === null) return '–';
  return ms < 1_000 ? `${Math.round(ms)} ms` : `${(ms / 1_000).toFixed(1)} s`;
}

function shortDay(day: string): string {
  return new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

function longDay(day: string): string {
  return new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}

function when(at: number, now: number): string {
  const sameDay = dayKey(at) === dayKey(now);
  return new Date(at).toLocaleString(undefined, sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** "March 2026" (or "Mar 2026") from "2026-03". */
function monthName(asOf: string, month: 'long' | 'short' = 'long'): string {
  return new Date(`${asOf}-15T12:00:00`).toLocaleDateString(undefined, { month, year: 'numeric' });
}

function modelName(model: string): string {
  return model || 'none (failed before a model answered)';
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
  return (
    <details className="mt-2">
      <summary className={`cursor-pointer select-none text-xs font-medium ${MUTED} hover:text-slate-900 dark:hover:text-slate-100`}>Show as table</summary>
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
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        Loading your AI usage…
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
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700" data-testid="usage-empty">
      {cleared ? (
        <p role="status" className="mb-3 text-sm font-medium text-brand-700 dark:text-brand-500">
          Usage history cleared.
        </p>
      ) : null}
      <p className="font-medium">No AI calls yet</p>
      <p className={`mx-auto mt-1 max-w-xl text-sm ${MUTED}`}>
        Hints, code review, the tutor and generated questions use your own Gemini API key. Once you add one, every call shows up here with its tokens,
        speed and estimated cost. Everything else in PyDojo works without a key.
      </p>
      <Link href="/support/settings" className={`mt-4 ${PRIMARY}`}>
        Add a Gemini key in Settings
      </Link>
    </div>
  );
}

function Overview({ records, dailyCap, onCleared }: { records: UsageRecord[]; dailyCap?: number; onCleared(): void }) {
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
        <Stat label="Calls" value={totals.calls.toLocaleString()} hint={totals.errors ? `${plural(totals.errors, 'failed call')}` : 'none failed'} testId="usage-calls" />
        <Stat label="Input tokens" value={compactTokens(totals.inputTokens)} hint={`${tokens(totals.inputTokens)} sent`} testId="usage-input" />
        <Stat label="Output tokens" value={compactTokens(totals.outputTokens)} hint={`${tokens(totals.outputTokens)} received`} testId="usage-output" />
        <Stat label="Estimated cost" value={usd(cost.usd)} hint={`at ${monthName(PRICES.asOf, 'short')} list prices`} testId="usage-cost" />
      </dl>

      {dailyCap !== undefined && dailyCap > 0 && callsSoFar >= dailyCap ? (
        <p role="status" className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100" data-testid="usage-cap-reached">
          You have reached your daily cap of {plural(dailyCap, 'AI call')}. AI features pause until midnight; everything else keeps working.{' '}
          <Link href="/support/settings" className="font-medium underline underline-offset-2">
            Change the cap in Settings
          </Link>
          .
        </p>
      ) : null}

      <p className={`text-sm ${MUTED}`} data-testid="usage-cost-note">
        The cost is an estimate at Gemini&apos;s paid-tier list prices as of {monthName(PRICES.asOf)} (
        <a href={PRICES.source} target="_blank" rel="noreferrer" className={TEXT_LINK}>
          Gemini API pricing
        </a>
        ), for prompts of up to 200k tokens. Keys on the free tier cost nothing. Your bill from Google is what counts.
        {unpriced > 0 ? ` Not included: ${plural(unpriced, 'token')} from ${cost.unpricedModels.map(modelName).join(', ')}, which ${cost.unpricedModels.length === 1 ? 'has' : 'have'} no listed price.` : ''}
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
  if (cap === undefined) return <Stat label="Calls today" value={calls.toLocaleString()} hint="since midnight" testId="usage-today" />;
  if (cap <= 0) return <Stat label="Calls today" value={calls.toLocaleString()} hint="no daily cap set" testId="usage-today" />;
  const left = Math.max(0, cap - calls);
  return (
    <Stat
      label="Calls today"
      value={`${calls.toLocaleString()} / ${cap.toLocaleString()}`}
      hint={left === 0 ? 'daily cap reached' : `${left.toLocaleString()} left today`}
      tone={left === 0 ? 'warn' : 'plain'}
      testId="usage-today"
    />
  );
}

function DaysSection({ days, today }: { days: ReturnType<typeof perDay>; today: string }) {
  const active = days.filter((d) => d.calls > 0);
  const calls = days.reduce((sum, d) => sum + d.calls, 0);
  const callData = days.map((d) => ({ label: shortDay(d.day), ok: d.calls - d.errors, errors: d.errors }));
  const tokenData = days.map((d) => ({ label: shortDay(d.day), input: d.inputTokens, output: d.outputTokens }));
  const dayName = (day: string) => (day === today ? `today (${longDay(day)})` : longDay(day));
  const callsLabel =
    calls === 0
      ? `Calls per day over the last ${DAYS} days: none.`
      : `Calls per day over the last ${DAYS} days: ${plural(calls, 'call')} in total. ` +
        active.map((d) => `${dayName(d.day)}: ${plural(d.calls, 'call')}${d.errors ? `, ${d.errors} failed` : ''}`).join('; ') +
        '.';
  const tokensLabel =
    calls === 0
      ? `Tokens per day over the last ${DAYS} days: none.`
      : `Tokens per day over the last ${DAYS} days. ` +
        active.map((d) => `${dayName(d.day)}: ${tokens(d.inputTokens)} input, ${tokens(d.outputTokens)} output`).join('; ') +
        '.';
  return (
    <Section title={`Last ${DAYS} days`} description={calls === 0 ? `No calls in the last ${DAYS} days.` : `${plural(calls, 'call')} on ${plural(active.length, 'day')}.`} testId="usage-days">
      <div className="grid gap-6 md:grid-cols-2">
        <div className="min-w-0">
          <h3 className="mb-1 text-sm font-medium">Calls per day</h3>
          <Legend items={[['Successful', 'bg-brand-600 dark:bg-brand-500'], ['Failed', 'bg-red-700 dark:bg-red-400']]} />
          <div role="img" aria-label={callsLabel} style={{ height: 180 }}>
            <DailyCallsChart data={callData} height={180} />
          </div>
        </div>
        <div className="min-w-0">
          <h3 className="mb-1 text-sm font-medium">Tokens per day</h3>
          <Legend items={[['Input', 'bg-slate-500'], ['Output', 'bg-brand-600 dark:bg-brand-500']]} />
          <div role="img" aria-label={tokensLabel} style={{ height: 180 }}>
            <DailyTokensChart data={tokenData} height={180} />
          </div>
        </div>
      </div>
      {active.length > 0 ? (
        <AsTable
          caption={`Calls and tokens per day with calls, last ${DAYS} days`}
          columns={['Day', 'Calls', 'Failed', 'Input tokens', 'Output tokens']}
          rows={active.map((d) => ({ key: d.day, cells: [shortDay(d.day), d.calls, d.errors, tokens(d.inputTokens), tokens(d.outputTokens)] }))}
        />
      ) : null}
    </Section>
  );
}

function EndpointSection({ rows }: { rows: ReturnType<typeof perEndpoint> }) {
  const height = Math.max(90, rows.length * 34 + 40);
  const label = `Calls per feature: ${rows.map((r) => `${ENDPOINT_LABEL[r.endpoint]} ${plural(r.calls, 'call')}${r.errors ? `, ${r.errors} failed` : ''}`).join('; ')}.`;
  return (
    <Section title="By feature" description="Each AI feature is one endpoint of this app. Latency is the median of successful calls." testId="usage-endpoints">
      <div role="img" aria-label={label} style={{ height }}>
        <EndpointChart rows={rows.map((r) => ({ name: ENDPOINT_LABEL[r.endpoint], ok: r.calls - r.errors, errors: r.errors }))} height={height} />
      </div>
      <div className="mt-3">
        <Table
          caption="Calls, failures, tokens and median latency per feature"
          columns={['Feature', 'Calls', 'Failed', 'Input tokens', 'Output tokens', 'Median latency']}
          rows={rows.map((r) => ({
            key: r.endpoint,
            cells: [
              <span key="name">
                {ENDPOINT_LABEL[r.endpoint]} <code className={`text-xs ${MUTED}`}>{r.endpoint}</code>
              </span>,
              r.calls.toLocaleString(),
              r.errors.toLocaleString(),
              tokens(r.inputTokens),
              tokens(r.outputTokens),
              latency(r.medianLatencyMs),
            ],
          }))}
        />
      </div>
    </Section>
  );
}

function ModelSection({ rows }: { rows: ReturnType<typeof perModel> }) {
  return (
    <Section title="By model" description="Estimated cost per model; a model without a listed price is not guessed." testId="usage-models">
      <Table
        caption="Calls, tokens and estimated cost per model"
        columns={['Model', 'Calls', 'Failed', 'Input tokens', 'Output tokens', 'Estimated cost']}
        rows={rows.map((r) => ({
          key: r.model || '(none)',
          cells: [
            r.model ? <code key="name">{r.model}</code> : <span className={MUTED}>{modelName(r.model)}</span>,
            r.calls.toLocaleString(),
            r.errors.toLocaleString(),
            tokens(r.inputTokens),
            tokens(r.outputTokens),
            r.costUsd === null ? <span className={MUTED}>no listed price</span> : usd(r.costUsd),
          ],
        }))}
      />
    </Section>
  );
}

function RecentSection({ records, now }: { records: UsageRecord[]; now: number }) {
  const recent = recentCalls({ records }, RECENT);
  return (
    <Section
      title="Recent calls"
      description={records.length > RECENT ? `The latest ${RECENT} of ${plural(records.length, 'call')}.` : undefined}
      testId="usage-recent"
    >
      <Table
        caption="Recent AI calls, newest first"
        columns={['Time', 'Feature', 'Model', 'Tokens in / out', 'Latency', 'Result']}
        textColumns={[1, 2, 5]}
        testId="usage-recent-table"
        rows={recent.map((r) => ({
          key: r.id,
          cells: [
            <time key="t" dateTime={new Date(r.at).toISOString()} title={new Date(r.at).toLocaleString()}>
              {when(r.at, now)}
            </time>,
            ENDPOINT_LABEL[r.endpoint],
            r.model ? <ModelCell key="m" record={r} /> : <span className={MUTED}>–</span>,
            `${tokens(r.inputTokens)} / ${tokens(r.outputTokens)}`,
            latency(r.latencyMs),
            <ResultPill key="r" record={r} />,
          ],
        }))}
      />
    </Section>
  );
}

/** The model that answered, and how many requests the call took when it needed more than one (each listed in the tooltip). */
function ModelCell({ record }: { record: UsageRecord }) {
  const steps = record.steps ?? [];
  return (
    <span title={steps.length > 1 ? steps.map((s) => `${s.model} ${s.mode}: ${s.outcome}`).join('\n') : undefined}>
      <code>{record.model}</code>
      {steps.length > 1 ? <span className={MUTED}> · {steps.length} requests</span> : null}
    </span>
  );
}

function ResultPill({ record }: { record: UsageRecord }) {
  const [text, cls] = record.ok
    ? ['ok', 'bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100']
    : [record.errorCode ? ERROR_LABEL[record.errorCode] : 'failed', 'bg-red-100 text-red-800 dark:bg-red-900/40 dark:text-red-200'];
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-[11px] font-medium ${cls}`} title={record.errorCode}>
      {text}
    </span>
  );
}

function ClearSection({ count, capSet, onCleared }: { count: number; capSet: boolean; onCleared(): void }) {
  const clear = useUsage((s) => s.clear);
  const [confirming, setConfirming] = useState(false);
  return (
    <Section title="Usage history" description={`Kept in this browser only, up to the latest ${USAGE_LIMIT.toLocaleString()} calls.`} testId="usage-manage">
      <button type="button" onClick={() => setConfirming(true)} className={DANGER} data-testid="usage-clear">
        Clear usage history
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
  return (
    <ConfirmDialog title="Clear usage history?" confirmLabel="Clear usage history" cancelLabel="Keep it" confirmTestId="usage-clear-confirm" onCancel={onCancel} onConfirm={onConfirm}>
      This forgets the record of {plural(count, 'AI call')} in this browser. It cannot be undone.
      {capSet ? ' Today’s count toward your daily cap starts again from zero.' : ''}
    </ConfirmDialog>
  );
}

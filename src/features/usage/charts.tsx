'use client';
/**
 * The usage page's charts (Recharts). Loaded lazily, on the client only, so
 * Recharts stays out of the first-load bundle. Each chart is decorative for
 * assistive technology: the caller wraps it with a text alternative.
 */
import { useTranslations } from 'use-intl';
import { chartPalette as palette, CHART_MARGIN as MARGIN, useDark } from '@/features/shell';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

/** Tokens as "950", "12k", "3.4M" on an axis. */
function compact(value: number): string {
  if (value >= 1_000_000) return `${Number((value / 1_000_000).toFixed(1))}M`;
  if (value >= 1_000) return `${Number((value / 1_000).toFixed(1))}k`;
  return String(value);
}

/** The themed tooltip, as a direct child of a chart. */
function tooltip(colors: ReturnType<typeof palette>) {
  return (
    <Tooltip
      cursor={{ fill: colors.cursor }}
      contentStyle={colors.tooltip}
      itemStyle={{ color: colors.tooltip.color }}
      labelStyle={{ color: colors.tooltip.color, fontWeight: 600 }}
    />
  );
}

export interface DailyCallsPoint {
  label: string;
  /** Successful calls. */
  ok: number;
  errors: number;
}

/** Successful and failed calls per day, stacked. */
export function DailyCallsChart({ data, height }: { data: DailyCallsPoint[]; height: number }) {
  const colors = palette(useDark());
  const t = useTranslations('usage.series');
  return (
    <BarChart responsive style={{ width: '100%', height }} data={data} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid vertical={false} stroke={colors.grid} />
      <XAxis dataKey="label" tick={{ fill: colors.text, fontSize: 11 }} stroke={colors.grid} interval={3} tickMargin={4} />
      <YAxis allowDecimals={false} tick={{ fill: colors.text, fontSize: 11 }} stroke={colors.grid} width={32} />
      {tooltip(colors)}
      <Bar dataKey="ok" name={t('successful')} stackId="calls" fill={colors.primary} maxBarSize={18} isAnimationActive={false} />
      <Bar dataKey="errors" name={t('failed')} stackId="calls" fill={colors.error} radius={[2, 2, 0, 0]} maxBarSize={18} isAnimationActive={false} />
    </BarChart>
  );
}

export interface DailyTokensPoint {
  label: string;
  input: number;
  output: number;
}

/** Input and output tokens per day, stacked. */
export function DailyTokensChart({ data, height }: { data: DailyTokensPoint[]; height: number }) {
  const colors = palette(useDark());
  const t = useTranslations('usage.series');
  return (
    <BarChart responsive style={{ width: '100%', height }} data={data} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid vertical={false} stroke={colors.grid} />
      <XAxis dataKey="label" tick={{ fill: colors.text, fontSize: 11 }} stroke={colors.grid} interval={3} tickMargin={4} />
      <YAxis allowDecimals={false} tick={{ fill: colors.text, fontSize: 11 }} stroke={colors.grid} width={40} tickFormatter={compact} />
      {tooltip(colors)}
      <Bar dataKey="input" name={t('inputTokens')} stackId="tokens" fill={colors.secondary} maxBarSize={18} isAnimationActive={false} />
      <Bar dataKey="output" name={t('outputTokens')} stackId="tokens" fill={colors.primary} radius={[2, 2, 0, 0]} maxBarSize={18} isAnimationActive={false} />
    </BarChart>
  );
}

export interface EndpointPoint {
  name: string;
  ok: number;
  errors: number;
}

/** Successful and failed calls per endpoint, as horizontal bars. */
export function EndpointChart({ rows, height }: { rows: EndpointPoint[]; height: number }) {
  const colors = palette(useDark());
  const t = useTranslations('usage.series');
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={rows}
      layout="vertical"
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={colors.grid} />
      <XAxis type="number" allowDecimals={false} tick={{ fill: colors.text, fontSize: 12 }} stroke={colors.grid} />
      <YAxis type="category" dataKey="name" width={118} tick={{ fill: colors.text, fontSize: 12 }} stroke={colors.grid} interval={0} />
      {tooltip(colors)}
      <Bar dataKey="ok" name={t('successful')} stackId="calls" fill={colors.primary} maxBarSize={18} isAnimationActive={false} />
      <Bar dataKey="errors" name={t('failed')} stackId="calls" fill={colors.error} radius={[0, 3, 3, 0]} maxBarSize={18} isAnimationActive={false} />
    </BarChart>
  );
}

'use client';
/**
 * The dashboard's charts (Recharts). Loaded lazily, on the client only, so
 * Recharts stays out of the first-load bundle. Each chart is decorative for
 * assistive technology: the caller wraps it with a text alternative.
 */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import { chartPalette as palette, CHART_MARGIN as MARGIN, useDark } from '@/features/shell';

export interface MasteryRow {
  name: string;
  mastery: number;
  solved: number;
  attempted: number;
}

/** Mastery % per module, as horizontal bars. */
export function MasteryChart({ rows, height }: { rows: MasteryRow[]; height: number }) {
  const t = useTranslations('dashboard');
  const colors = palette(useDark());
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
      <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fill: colors.text, fontSize: 12 }} stroke={colors.grid} />
      <YAxis type="category" dataKey="name" width={120} tick={{ fill: colors.text, fontSize: 12 }} stroke={colors.grid} interval={0} />
      <Tooltip
        cursor={{ fill: colors.cursor }}
        contentStyle={colors.tooltip}
        itemStyle={{ color: colors.tooltip.color }}
        labelStyle={{ color: colors.tooltip.color, fontWeight: 600 }}
        formatter={(value, _name, item) => {
          const row = item.payload as MasteryRow;
          return [t('charts.masteryTooltip', { value: Number(value), solved: row.solved, attempted: row.attempted }), t('columns.mastery')];
        }}
      />
      <Bar dataKey="mastery" name={t('columns.mastery')} fill={colors.primary} radius={[0, 3, 3, 0]} maxBarSize={18} isAnimationActive={false}>
      </Bar>
    </BarChart>
  );
}

export interface ActivityPoint {
  label: string;
  attempts: number;
  solves: number;
}

/** Attempts and solves per day. */
export function ActivityChart({ data, height }: { data: ActivityPoint[]; height: number }) {
  const t = useTranslations('dashboard.columns');
  const colors = palette(useDark());
  return (
    <BarChart responsive style={{ width: '100%', height }} data={data} margin={MARGIN} barGap={1} accessibilityLayer={false}>
      <CartesianGrid vertical={false} stroke={colors.grid} />
      <XAxis dataKey="label" tick={{ fill: colors.text, fontSize: 11 }} stroke={colors.grid} interval={6} tickMargin={4} />
      <YAxis allowDecimals={false} tick={{ fill: colors.text, fontSize: 11 }} stroke={colors.grid} width={28} />
      <Tooltip
        cursor={{ fill: colors.cursor }}
        contentStyle={colors.tooltip}
        itemStyle={{ color: colors.tooltip.color }}
        labelStyle={{ color: colors.tooltip.color, fontWeight: 600 }}
      />
      <Bar dataKey="attempts" name={t('attempts')} fill={colors.secondary} radius={[2, 2, 0, 0]} maxBarSize={10} isAnimationActive={false} />
      <Bar dataKey="solves" name={t('solves')} fill={colors.primary} radius={[2, 2, 0, 0]} maxBarSize={10} isAnimationActive={false} />
    </BarChart>
  );
}

export interface TimePoint {
  label: string;
  /** Learning and practising, in the chart's unit. */
  learn: number;
  practise: number;
}

/** Active time per day, learning and practising stacked, in `unit` (seconds or minutes). */
export function TimeChart({ data, unit, height }: { data: TimePoint[]; unit: 's' | 'min'; height: number }) {
  const t = useTranslations('dashboard');
  const unitName = t(`charts.unit.${unit}`);
  const colors = palette(useDark());
  return (
    <BarChart responsive style={{ width: '100%', height }} data={data} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid vertical={false} stroke={colors.grid} />
      <XAxis dataKey="label" tick={{ fill: colors.text, fontSize: 11 }} stroke={colors.grid} interval={3} tickMargin={4} />
      <YAxis tick={{ fill: colors.text, fontSize: 11 }} stroke={colors.grid} width={unit === 'min' ? 56 : 44} unit={` ${unitName}`} allowDecimals={unit === 'min'} />
      <Tooltip
        cursor={{ fill: colors.cursor }}
        contentStyle={colors.tooltip}
        itemStyle={{ color: colors.tooltip.color }}
        labelStyle={{ color: colors.tooltip.color, fontWeight: 600 }}
        formatter={(value, name) => [`${value} ${unitName}`, name]}
      />
      <Bar dataKey="learn" name={t('columns.learning')} stackId="time" fill={colors.lesson} maxBarSize={18} isAnimationActive={false} />
      <Bar dataKey="practise" name={t('columns.practising')} stackId="time" fill={colors.primary} radius={[2, 2, 0, 0]} maxBarSize={18} isAnimationActive={false} />
    </BarChart>
  );
}

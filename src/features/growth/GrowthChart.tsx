'use client';
/**
 * Time per call against n for the learner's solution and the reference, both
 * axes logarithmic (a straight line's slope is the exponent). Loaded lazily,
 * on the client only, so Recharts stays out of the workspace's first load.
 * Decorative for assistive technology: the panel has the numbers as a table.
 */
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { GrowthRow } from '@/core/growth';
import { chartPalette, CHART_MARGIN, useDark } from '@/features/shell';


export function GrowthChart({
  rows,
  names,
  formatTime,
}: {
  rows: GrowthRow[];
  names: { mine: string; reference: string };
  formatTime(seconds: number): string;
}) {
  const colors = chartPalette(useDark());
  const tick = { fill: colors.text, fontSize: 11 };
  return (
    <LineChart responsive style={{ width: '100%', height: 220 }} data={rows} margin={{ ...CHART_MARGIN, right: 16 }} accessibilityLayer={false}>
      <CartesianGrid stroke={colors.grid} />
      <XAxis dataKey="n" type="number" scale="log" domain={['dataMin', 'dataMax']} tick={tick} stroke={colors.grid} allowDataOverflow tickFormatter={(n: number) => n.toLocaleString()} />
      <YAxis type="number" scale="log" domain={['auto', 'auto']} tick={tick} stroke={colors.grid} width={64} allowDataOverflow tickFormatter={(s: number) => formatTime(s)} />
      <Tooltip
        contentStyle={colors.tooltip}
        itemStyle={{ color: colors.tooltip.color }}
        labelStyle={{ color: colors.tooltip.color, fontWeight: 600 }}
        labelFormatter={(n) => `n = ${Number(n).toLocaleString()}`}
        formatter={(value) => formatTime(Number(value))}
      />
      <Legend wrapperStyle={{ fontSize: 12, color: colors.text }} />
      <Line dataKey="mine" name={names.mine} stroke={colors.primary} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
      <Line dataKey="reference" name={names.reference} stroke={colors.lesson} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 3 }} connectNulls isAnimationActive={false} />
    </LineChart>
  );
}

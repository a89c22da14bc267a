/**
 * Measured growth: which sizes to time, and which order of growth the
 * timings show. Pure: the worker measures (workers/measure.ts), this names.
 *
 * The exponent is the slope of log(time) against log(n) over the larger
 * sizes (small sizes are dominated by the fixed cost of a call), taken as a
 * median of slopes so that a few disturbed timings do not move it. Orders are
 * named from it; O(n) and O(n log n) have nearly the same slope, so between
 * those two the better fit of time = overhead + c·f(n) decides, and O(n log n)
 * must win clearly. O(2ⁿ) shows as log(time) growing in a straight line with n.
 */
import type { GrowthPoint } from './python/protocol';

export type GrowthOrder = 'constant' | 'logarithmic' | 'linear' | 'linearithmic' | 'quadratic' | 'exponential';
export type GrowthConfidence = 'clear' | 'likely' | 'unsure';
/** Why a fit is unsure: too few usable sizes, or timings too scattered. */
export type UnsureReason = 'few-points' | 'noisy' | 'narrow';

export interface GrowthFit {
  order: GrowthOrder;
  /** Slope of log(time) against log(n) over the larger sizes. */
  exponent: number;
  confidence: GrowthConfidence;
  reason?: UnsureReason;
  /** Sizes the fit used. */
  used: number;
}

/** Sizes to measure: doubling from 8 (or 1 for tiny maxima) up to maxN, which is always last. */
export function growthSizes(maxN: number, start = 8): number[] {
  const top = Math.max(1, Math.floor(maxN));
  const sizes: number[] = [];
  for (let n = Math.min(start, top); n < top; n *= 2) sizes.push(n);
  sizes.push(top);
  return sizes;
}

/** A size of at least 1 and a positive, finite timing: what logarithmic axes (and the fit) can use. */
function plottable(p: Pick<GrowthPoint, 'n' | 'seconds'>): boolean {
  return p.n >= 1 && p.seconds > 0 && Number.isFinite(p.seconds);
}

/** One size's timings side by side, for a chart or a table. */
export interface GrowthRow {
  n: number;
  mine?: number;
  reference?: number;
}

/**
 * Timings by size, ascending. A timing of zero (a call quicker than the
 * timer's grain, when a busy machine spent the budget before the batch could
 * grow) or a size below 1 has no place on logarithmic axes: one such value
 * would leave the whole chart without lines, so it is left out.
 */
export function growthRows(points: Array<Pick<GrowthPoint, 'who' | 'n' | 'seconds'>>): GrowthRow[] {
  const byN = new Map<number, GrowthRow>();
  for (const p of points) {
    if (!plottable(p)) continue;
    const row = byN.get(p.n) ?? { n: p.n };
    row[p.who] = p.seconds;
    byN.set(p.n, row);
  }
  return [...byN.values()].sort((a, b) => a.n - b.n);
}

/** Below this, a batch of calls is mostly the timer's grain. */
export const NOISE_FLOOR_SECONDS = 0.001;

/**
 * O(n log n) is named only when it fits this much better than O(n): their
 * slopes differ by about 0.1, less than a busy machine bends a line.
 */
const LINEARITHMIC_MARGIN = 0.35;

interface Sample {
  n: number;
  t: number;
}

/** The fastest timing per size, ascending, without timings drowned in timer noise. */
function samples(points: Array<Pick<GrowthPoint, 'n' | 'seconds' | 'loops'>>): Sample[] {
  const best = new Map<number, number>();
  for (const p of points) {
    if (!plottable(p)) continue;
    if (p.seconds * p.loops < NOISE_FLOOR_SECONDS) continue;
    best.set(p.n, Math.min(best.get(p.n) ?? Infinity, p.seconds));
  }
  return [...best.entries()].sort((a, b) => a[0] - b[0]).map(([n, t]) => ({ n, t }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A line through the timings that a few disturbed timings cannot drag
 * (Siegel's repeated medians: for each point the median slope to the others,
 * then the median of those), and the scatter around it as a robust standard
 * deviation (1.4826 × the median absolute residual).
 */
function robustLine(xs: number[], ys: number[]): { b: number; scatter: number } {
  const perPoint: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const slopes: number[] = [];
    for (let j = 0; j < xs.length; j++) if (xs[j] !== xs[i]) slopes.push((ys[j] - ys[i]) / (xs[j] - xs[i]));
    if (slopes.length > 0) perPoint.push(median(slopes));
  }
  const b = perPoint.length > 0 ? median(perPoint) : 0;
  const a = median(ys.map((y, i) => y - b * xs[i]));
  return { b, scatter: 1.4826 * median(ys.map((y, i) => Math.abs(y - a - b * xs[i]))) };
}

/**
 * How well time = d + c·f(n) (d, c ≥ 0) fits, as the rms of log(predicted /
 * measured): least squares on relative errors, so small and large sizes
 * count alike.
 */
function shapeError(data: Sample[], f: (n: number) => number): number {
  const error = (d: number, c: number) =>
    Math.sqrt(data.reduce((s, { n, t }) => s + Math.log(Math.max(1e-12, d + c * f(n)) / t) ** 2, 0) / data.length);
  // Weighted normal equations for r_i = (d + c·f_i - t_i) / t_i.
  let s00 = 0;
  let s01 = 0;
  let s11 = 0;
  let r0 = 0;
  let r1 = 0;
  let onlyC = 0;
  for (const { n, t } of data) {
    const w = 1 / (t * t);
    const fn = f(n);
    s00 += w;
    s01 += w * fn;
    s11 += w * fn * fn;
    r0 += w * t;
    r1 += w * fn * t;
    onlyC += (fn / t) ** 2;
  }
  const det = s00 * s11 - s01 * s01;
  const candidates: number[] = [];
  if (det > 0) {
    const d = (r0 * s11 - r1 * s01) / det;
    const c = (s00 * r1 - s01 * r0) / det;
    if (d >= 0 && c >= 0) candidates.push(error(d, c));
  }
  if (onlyC > 0) candidates.push(error(0, r1 / onlyC)); // d = 0: c = Σ(f/t) / Σ(f/t)²
  candidates.push(error(r0 / s00, 0)); // c = 0: a constant
  return Math.min(...candidates);
}

function nominal(order: GrowthOrder): number {
  return { constant: 0, logarithmic: 0.15, linear: 1, linearithmic: 1.15, quadratic: 2, exponential: 3 }[order];
}

/** Names the order of growth of one function's timings. Null with fewer than two usable sizes. */
export function fitGrowth(points: Array<Pick<GrowthPoint, 'n' | 'seconds' | 'loops'>>): GrowthFit | null {
  const all = samples(points);
  if (all.length < 2) return null;
  // The larger sizes: from the geometric middle of the range up, at least three.
  const middle = Math.sqrt(all[0].n * all[all.length - 1].n);
  let upper = all.filter((s) => s.n >= middle);
  if (upper.length < 3) upper = all.slice(-Math.min(all.length, 3));
  const slope = robustLine(
    upper.map((s) => Math.log(s.n)),
    upper.map((s) => Math.log(s.t)),
  );
  const exponent = slope.b;
  let order: GrowthOrder;
  const straightInN = robustLine(
    upper.map((s) => s.n),
    upper.map((s) => Math.log(s.t)),
  );
  // 2ⁿ's log–log slope is n·ln 2, past 5 from n = 8 on; no polynomial in
  // the list comes near 4.5, so a slope that steep that is also a straight
  // line in n (not in log n) is exponential.
  if (exponent >= 4.5 && upper.length >= 3 && straightInN.b > 0 && straightInN.scatter <= slope.scatter) order = 'exponential';
  else if (exponent < 0.6) {
    // A logarithm's slope fades as n grows: tell it from a constant by shape.
    const constant = shapeError(all, () => 1);
    const logarithmic = shapeError(all, (n) => Math.log2(n + 1));
    order = exponent > 0.03 && logarithmic < 0.5 * constant ? 'logarithmic' : 'constant';
  }
  else if (exponent < 1.5) {
    const linear = shapeError(all, (n) => n);
    const linearithmic = shapeError(all, (n) => n * Math.log2(n));
    order = exponent >= 1.08 && linearithmic < LINEARITHMIC_MARGIN * linear ? 'linearithmic' : 'linear';
  } else order = 'quadratic';

  const span = all[all.length - 1].n / all[0].n;
  const base = { order, exponent, used: all.length };
  if (all.length < 4) return { ...base, confidence: 'unsure', reason: 'few-points' };
  if (span < 8) return { ...base, confidence: 'unsure', reason: 'narrow' };
  // Scatter around the line the order is read from (log time against n for 2ⁿ).
  const scatter = order === 'exponential' ? straightInN.scatter : slope.scatter;
  if (scatter > 0.25) return { ...base, confidence: 'unsure', reason: 'noisy' };
  const close = order === 'exponential' || Math.abs(exponent - nominal(order)) <= 0.2;
  return { ...base, confidence: all.length >= 5 && scatter < 0.1 && close ? 'clear' : 'likely' };
}

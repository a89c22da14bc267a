/**
 * The worker's side of "Measure growth": walks the sizes, asks growth.py to
 * generate arguments and time each function, and decides when to stop — at
 * the largest size, or earlier when the next size would not fit the budget.
 */
import type { GrowthPoint, GrowthSubject, MeasureResult, ToWorker } from '../src/core/python/protocol';

type MeasureRequest = Extract<ToWorker, { type: 'measure' }>;

/** What growth.py replies (JSON text, already parsed), or an escaped interrupt. */
export interface GrowthReply {
  status: string;
  who?: string;
  n?: number;
  error?: { type?: unknown; message?: unknown };
  seconds?: number;
  loops?: number;
}

export type GrowthCall = (name: 'prepare' | 'generate_args' | 'time_call' | 'release', ...args: unknown[]) => GrowthReply;

/** A batch of calls shorter than this is too close to the timer's grain. */
const MIN_BATCH_SECONDS = 0.002;
/** A size is measured only if this many calls fit its share of the budget. */
const CALLS_PER_POINT = 3;

function toError(reply: GrowthReply, fallbackWho: GrowthSubject | 'generator', n: number | null): NonNullable<MeasureResult['error']> {
  const who = reply.who === 'mine' || reply.who === 'reference' || reply.who === 'generator' ? reply.who : fallbackWho;
  return {
    who,
    type: String(reply.error?.type ?? 'Error'),
    message: String(reply.error?.message ?? ''),
    ...(n !== null ? { n } : {}),
  };
}

/**
 * How long one call at size n should take, from the last two timings of the
 * same function: their local growth, taken as at least linear and at most
 * cubic, carried forward. Null before two timings exist.
 */
export function predictSeconds(history: GrowthPoint[], n: number): number | null {
  if (history.length === 0) return null;
  const last = history[history.length - 1];
  if (history.length === 1) return last.seconds * (n / last.n) ** 2;
  const before = history[history.length - 2];
  const local = Math.log(last.seconds / before.seconds) / Math.log(last.n / before.n);
  const exponent = Math.min(3, Math.max(1, Number.isFinite(local) ? local : 1));
  return last.seconds * (n / last.n) ** exponent;
}

export function measureGrowth(
  request: MeasureRequest,
  call: GrowthCall,
  now: () => number,
  onPoint: (point: GrowthPoint) => void,
): Omit<MeasureResult, 'durationMs' | 'restarted'> {
  const started = now();
  const ended = (reply: GrowthReply): Omit<MeasureResult, 'durationMs'> | null => {
    if (reply.status === 'interrupted' || reply.status === 'timeout') return { status: reply.status };
    return null;
  };
  try {
    const prepared = call('prepare', request.code, request.reference, request.generator, request.entry);
    const stop = ended(prepared);
    if (stop) return stop;
    if (prepared.status !== 'ok') return { status: 'error', error: toError(prepared, 'mine', null) };

    const active: GrowthSubject[] = ['mine', 'reference'];
    const history: Record<GrowthSubject, GrowthPoint[]> = { mine: [], reference: [] };
    let status: MeasureResult['status'] = 'completed';
    for (const [index, n] of request.sizes.entries()) {
      const remainingMs = request.budgetMs - (now() - started);
      // Each function is timed if a few of its calls at this size (one is
      // no measurement on a busy machine) fit what is left of the budget
      // and of one point's share of it.
      const fits = active.filter((who) => {
        const predicted = predictSeconds(history[who], n);
        return remainingMs > 0 && (predicted === null || predicted * 1000 * CALLS_PER_POINT <= Math.min(request.pointMs, remainingMs));
      });
      if (fits.length < active.length) status = 'budget';
      active.splice(0, active.length, ...fits);
      if (active.length === 0) break;

      const generated = call('generate_args', n, index);
      const stopGenerating = ended(generated);
      if (stopGenerating) return stopGenerating;
      if (generated.status !== 'ok') return { status: 'error', error: toError(generated, 'generator', n) };

      for (const who of [...active]) {
        const leftMs = request.budgetMs - (now() - started);
        const timed = call('time_call', who, MIN_BATCH_SECONDS, Math.max(0.001, Math.min(request.pointMs, leftMs) / 1000));
        const stopTiming = ended(timed);
        if (stopTiming) return stopTiming;
        if (timed.status !== 'ok' || typeof timed.seconds !== 'number') return { status: 'error', error: toError(timed, who, n) };
        const point: GrowthPoint = { who, n, seconds: timed.seconds, loops: typeof timed.loops === 'number' ? timed.loops : 1 };
        history[who].push(point);
        onPoint(point);
      }
    }
    return { status };
  } finally {
    call('release');
  }
}

'use client';
/**
 * One growth measurement at a time: starts it in the page's Python (the
 * runner), collects the points as they stream in, and stops it when asked or
 * when the panel goes away.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { growthSizes } from '@/core/growth';
import type { GrowthPoint, MeasureResult } from '@/core/python/protocol';
import type { InputGenerator } from '@/core/schemas/problem';
import { usePython } from '@/features/runtime';

/** How long a measurement may take: a learner's choice, not a test switch. */
export const SPEEDS = {
  quick: { budgetMs: 3_000, pointMs: 1_000 },
  thorough: { budgetMs: 8_000, pointMs: 2_500 },
} as const;
export type Speed = keyof typeof SPEEDS;

export interface GrowthSubjectCode {
  /** The learner's code, as it was when they asked to compare. */
  mine: string;
  reference: string;
  entry: string;
  generator: InputGenerator & { maxN: number };
}

export type GrowthState =
  | { phase: 'idle' }
  | { phase: 'measuring'; points: GrowthPoint[]; sizes: number[] }
  | { phase: 'done'; points: GrowthPoint[]; sizes: number[]; result: MeasureResult }
  /** Python was busy with a run when asked. */
  | { phase: 'busy' };

export function useGrowth(subject: GrowthSubjectCode) {
  const python = usePython();
  const [state, setState] = useState<GrowthState>({ phase: 'idle' });
  const measuring = useRef(false);

  const measure = useCallback(
    async (speed: Speed) => {
      if (!python || measuring.current) return;
      if (python.busy) {
        setState({ phase: 'busy' });
        return;
      }
      measuring.current = true;
      const sizes = growthSizes(subject.generator.maxN);
      const points: GrowthPoint[] = [];
      setState({ phase: 'measuring', points: [], sizes });
      try {
        const result = await python.measure(
          { code: subject.mine, reference: subject.reference, generator: subject.generator.code, entry: subject.entry, sizes, ...SPEEDS[speed] },
          {
            onPoint: (point) => {
              points.push(point);
              setState({ phase: 'measuring', points: [...points], sizes });
            },
          },
        );
        setState({ phase: 'done', points, sizes, result });
      } catch {
        // Another job took Python first (a Run started meanwhile).
        setState({ phase: 'busy' });
      } finally {
        measuring.current = false;
      }
    },
    [python, subject],
  );

  const stop = useCallback(() => {
    if (measuring.current) python?.stop();
  }, [python]);

  // Leaving the comparison stops a measurement still running.
  useEffect(
    () => () => {
      if (measuring.current) python?.stop();
    },
    [python],
  );

  return { state, measure, stop, ready: python !== null };
}

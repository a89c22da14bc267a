'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TraceResult } from '@/core/python/trace';
import { usePython, useRuntimeSnapshot } from '@/features/runtime';
import { useSettings } from '@/stores/settings';

export interface Recorded extends TraceResult {
  /** The code that was recorded (the editor may have changed since). */
  code: string;
}

/**
 * Records a program in the page's Python runner for the visualiser. One
 * program runs at a time on the page: `blocked` while something else runs.
 */
export function useTrace() {
  const client = usePython();
  const runtime = useRuntimeSnapshot();
  const timeLimitSec = useSettings((s) => s.runTimeLimitSec);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const [recording, setRecording] = useState(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const record = useCallback(
    async (code: string, stdin: string) => {
      if (!client || client.busy) return;
      setRecording(true);
      try {
        const traced = await client.trace(code, { stdin, timeLimitMs: timeLimitSec * 1000 });
        if (alive.current) setRecorded({ ...traced, code });
      } finally {
        if (alive.current) setRecording(false);
      }
    },
    [client, timeLimitSec],
  );

  const stop = useCallback(() => client?.stop(), [client]);

  return {
    recorded,
    recording,
    record,
    stop,
    timeLimitSec,
    ready: client !== null && runtime.phase !== 'loading' && runtime.phase !== 'restarting',
    blocked: !recording && (runtime.phase === 'running' || runtime.phase === 'awaiting-input'),
  };
}

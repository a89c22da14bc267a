'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunResult } from '@/adapters/python/client';
import { usePython, useRuntimeSnapshot } from '@/features/runtime';
import { useSettings } from '@/stores/settings';

export interface OutputPart {
  stream: 'stdout' | 'stderr' | 'stdin';
  text: string;
}

function appendParts(list: OutputPart[], parts: OutputPart[]): OutputPart[] {
  const next = list.slice();
  for (const part of parts) {
    const last = next[next.length - 1];
    if (last && last.stream === part.stream) next[next.length - 1] = { stream: last.stream, text: last.text + part.text };
    else next.push(part);
  }
  return next;
}

/**
 * Runs one lesson example in the page's Python worker (the workspace's):
 * output streamed in (one React update per frame), input() answered from a
 * form, Stop. Only one program runs at a time on the page: `blocked` is
 * true while another example (or the workspace) holds the runtime.
 */
export function useExampleRun() {
  const client = usePython();
  const runtime = useRuntimeSnapshot();
  const timeLimitSec = useSettings((s) => s.runTimeLimitSec);
  const [parts, setParts] = useState<OutputPart[]>([]);
  const [result, setResult] = useState<RunResult | null>(null);
  const [running, setRunning] = useState(false);
  const [awaitingInput, setAwaitingInput] = useState(false);
  const pending = useRef<OutputPart[]>([]);
  const frame = useRef<number | null>(null);

  const flush = useCallback(() => {
    frame.current = null;
    const chunks = pending.current;
    if (chunks.length === 0) return;
    pending.current = [];
    setParts((list) => appendParts(list, chunks));
  }, []);

  const append = useCallback(
    (part: OutputPart) => {
      pending.current.push(part);
      if (frame.current === null) frame.current = requestAnimationFrame(flush);
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const run = useCallback(
    async (code: string): Promise<RunResult | null> => {
      if (!client || client.busy) return null;
      pending.current = [];
      setParts([]);
      setResult(null);
      setRunning(true);
      try {
        const outcome = await client.run(code, {
          onOutput: (stream, text) => append({ stream, text }),
          onInputRequest: () => {
            flush();
            setAwaitingInput(true);
          },
          timeLimitMs: timeLimitSec * 1000,
        });
        flush();
        setResult(outcome);
        return outcome;
      } finally {
        setRunning(false);
        setAwaitingInput(false);
      }
    },
    [client, append, flush, timeLimitSec],
  );

  const sendInput = useCallback(
    (line: string | null) => {
      if (!client) return;
      if (line !== null) append({ stream: 'stdin', text: `${line}\n` });
      setAwaitingInput(false);
      client.provideInput(line);
    },
    [client, append],
  );

  const stop = useCallback(() => client?.stop(), [client]);
  const busyElsewhere = !running && (runtime.phase === 'running' || runtime.phase === 'awaiting-input');

  return {
    parts,
    result,
    running,
    awaitingInput,
    run,
    sendInput,
    stop,
    /** Another program holds the runtime. */
    blocked: busyElsewhere,
    /** The page has its Python client (from just after it mounts): until then Run waits, so no click is lost. */
    ready: client !== null,
    loading: runtime.phase === 'loading' || runtime.phase === 'restarting' || client === null,
    inputAvailable: runtime.isolated,
    timeLimitSec,
  };
}

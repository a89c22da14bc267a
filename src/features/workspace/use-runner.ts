'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunResult } from '@/adapters/python/client';
import type { GradeFn } from '@/adapters/python/runtime';
import type { Verdict } from '@/core/grading';
import { gradeSubmission, hasRandomTests, newSeed, runReference, type Grader, type ReferenceRun } from '@/core/random-tests';
import type { Problem } from '@/core/schemas/problem';
import { usePython, useRuntimeSnapshot } from '@/features/runtime';
import { useSettings } from '@/stores/settings';
import type { CodeHandle } from './code-handle';

export type Stream = 'stdout' | 'stderr' | 'stdin';

/** A grading session's grade function as the core's random tests call it. */
function asGrader(grade: GradeFn): Grader {
  return (code, cases, load) => grade(code, cases, { load });
}
export interface Segment {
  stream: Stream;
  text: string;
}

/** Merge a new chunk into the list, joining runs of the same stream. */
function appendSegments(list: Segment[], chunks: Segment[]): Segment[] {
  const next = list.slice();
  for (const chunk of chunks) {
    const last = next[next.length - 1];
    if (last && last.stream === chunk.stream) next[next.length - 1] = { stream: last.stream, text: last.text + chunk.text };
    else next.push(chunk);
  }
  return next;
}

/**
 * Joins the Python runtime to the workspace: Run (streamed output, input()),
 * Stop, and Submit (all tests → verdict). Output arrives in many small
 * messages; it is batched into one React update per animation frame.
 */
export function useRunner(problem?: Problem | null) {
  const client = usePython();
  const runtime = useRuntimeSnapshot();
  const timeLimitSec = useSettings((s) => s.runTimeLimitSec);
  const [segments, setSegments] = useState<Segment[]>([]);
  const [lastRun, setLastRun] = useState<RunResult | null>(null);
  // The last verdict, and which of the problem's tests it covers (null: all of them).
  const [graded, setGraded] = useState<{ verdict: Verdict; tests: number[] | null } | null>(null);
  const [activity, setActivity] = useState<'idle' | 'running' | 'grading'>('idle');
  const pending = useRef<Segment[]>([]);
  const frame = useRef<number | null>(null);

  const flush = useCallback(() => {
    frame.current = null;
    const chunks = pending.current;
    if (chunks.length === 0) return;
    pending.current = [];
    setSegments((list) => appendSegments(list, chunks));
  }, []);

  const append = useCallback(
    (segment: Segment) => {
      pending.current.push(segment);
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

  // This page can submit: have fresh grading interpreters booted ahead of the
  // click, two when a Submit also runs random tests against the reference.
  // Each is a whole interpreter, so a page that submits calls `prepare` once
  // the learner starts on the problem (an edit or a Run), not as the page
  // opens: a page that is only read costs one interpreter, not two or three.
  const graders = problem && hasRandomTests(problem) ? 2 : 1;
  const prepared = useRef<{ client: typeof client; graders: number } | null>(null);
  const prepare = useCallback(() => {
    if (!client || (prepared.current?.client === client && prepared.current.graders === graders)) return;
    prepared.current = { client, graders };
    client.warmGraders(graders);
  }, [client, graders]);

  const run = useCallback(
    async (code: string) => {
      if (!client || client.busy) return null;
      pending.current = [];
      setSegments([]);
      setLastRun(null);
      setActivity('running');
      try {
        const result = await client.run(code, {
          onOutput: (stream, text) => append({ stream, text }),
          timeLimitMs: timeLimitSec * 1000,
        });
        flush();
        setLastRun(result);
        return result;
      } finally {
        setActivity('idle');
      }
    },
    [client, append, flush, timeLimitSec],
  );

  const submit = useCallback(
    async (problem: Problem, code: string, only?: number[]) => {
      if (!client || client.busy) return null;
      setActivity('grading');
      try {
        const target = only ? { ...problem, tests: only.map((i) => problem.tests[i]) } : problem;
        // A Submit of a problem with a generator also has random tests, once
        // the declared tests pass. Their reference side runs in a second
        // pristine interpreter of its own: learner code never runs where the
        // reference solution or its values are.
        const random = !only && hasRandomTests(problem);
        const seed = newSeed();
        const reference = (): Promise<ReferenceRun | null> | null =>
          random ? client.session((grade) => runReference(problem, seed, asGrader(grade))) : null;
        const result = await client.session((grade) => gradeSubmission(target, code, asGrader(grade), reference));
        setGraded({ verdict: result, tests: only ?? null });
        return result;
      } finally {
        setActivity('idle');
      }
    },
    [client],
  );

  const sendInput = useCallback(
    (line: string | null) => {
      if (!client) return;
      if (line !== null) append({ stream: 'stdin', text: line + '\n' });
      client.provideInput(line);
    },
    [client, append],
  );

  const stop = useCallback(() => client?.stop(), [client]);

  const clear = useCallback(() => {
    pending.current = [];
    setSegments([]);
    setLastRun(null);
  }, []);

  const clearVerdict = useCallback(() => setGraded(null), []);

  return {
    runtime,
    segments,
    lastRun,
    verdict: graded?.verdict ?? null,
    /** The problem's test indexes behind the verdict, or null when it covers every test. */
    gradedTests: graded?.tests ?? null,
    clearVerdict,
    activity,
    /** Boot the graders ahead of a Submit: call it when the learner starts on the problem. */
    prepare,
    run,
    submit,
    stop,
    sendInput,
    clear,
    timeLimitSec,
  };
}

export type Runner = ReturnType<typeof useRunner>;

/**
 * Boots a page's graders (Runner.prepare) once the learner starts working:
 * at once when `started` (they came back to code of their own), else at
 * their first edit. Pages also prepare on Run.
 */
export function usePrepareOnWork(prepare: () => void, code: CodeHandle, started: boolean): void {
  useEffect(() => {
    if (started) {
      prepare();
      return;
    }
    return code.onChange(prepare);
  }, [prepare, code, started]);
}

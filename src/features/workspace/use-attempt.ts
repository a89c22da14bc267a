'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunResult } from '@/adapters/python/client';
import type { ProblemSummary } from '@/core/catalog';
import type { Problem } from '@/core/schemas/problem';
import { useHistory } from '@/stores/history';
import { useProgress } from '@/stores/progress';
import { useStats } from '@/stores/stats';
import type { CodeHandle } from './code-handle';
import type { Runner } from './use-runner';
import { writeSummary } from '@/core/history-summary';

/** How a visit to a problem ended, as the learning model needs it. */
export interface AttemptOutcome {
  solved: boolean;
  hints: number;
  revealed: boolean;
  failedSubmits: number;
}

/** Where the learner stands when they move on: answered, leaving after failing (a miss), or leaving untouched. */
export type Leaving = 'answered' | 'missed' | 'untouched';

/**
 * One visit to one problem: records every run, submit, hint and revealed
 * solution (history, statistics, progress), times the solve, and reports the
 * answer once per visit (solved, revealed, or left after failing).
 * The code always comes from the editor at the moment of the action.
 */
export function useAttempt({
  problem,
  summary,
  runner,
  code,
  onAnswer,
}: {
  problem: Problem;
  summary: ProblemSummary;
  runner: Runner;
  code: CodeHandle;
  onAnswer?: (outcome: AttemptOutcome) => void;
}) {
  const progress = useProgress((s) => s.problems[problem.id]);
  const recordHistory = useHistory((s) => s.record);
  const countStat = useStats((s) => s.count);
  const { clearVerdict, run: runCode, submit: submitCode } = runner;
  const [startedAt] = useState(() => Date.now());
  const [solvedIn, setSolvedIn] = useState<number | null>(null);
  const [failedHere, setFailedHere] = useState(0);
  const [aiHints, setAiHints] = useState(0);
  const answered = useRef(false);
  const hintsShown = progress?.hintsShown ?? 0;
  const revealed = progress?.revealed ?? false;
  const canReveal = (progress?.failedSubmits ?? 0) > 0 || hintsShown >= problem.hints.length;

  useEffect(() => {
    useProgress.getState().open(problem.id, summary.fingerprint);
    clearVerdict();
  }, [problem.id, summary.fingerprint, clearVerdict]);

  const where = {
    problemId: problem.id,
    problemTitle: problem.title,
    module: summary.module,
    subtopic: summary.subtopic,
    problemType: summary.problemType,
    difficulty: problem.difficulty,
  };
  const untested = { code: '', durationMs: 0, passed: null, testsPassed: null, testsTotal: null };
  // Every attempt goes to the history and, counted once, to the statistics.
  const record = (event: Parameters<typeof recordHistory>[0]) => countStat(recordHistory(event));

  // A problem is answered once per visit: solved, revealed, or left after failing.
  const finish = (solved: boolean, revealedNow: boolean) => {
    if (answered.current) return;
    answered.current = true;
    onAnswer?.({ solved, hints: hintsShown + aiHints, revealed: revealedNow || revealed, failedSubmits: progress?.failedSubmits ?? 0 });
  };

  const showHint = () => {
    if (hintsShown >= problem.hints.length) return;
    useProgress.getState().showHint(problem.id, hintsShown + 1);
    record({ ...where, ...untested, kind: 'hint', summary: writeSummary({ key: 'hint', values: { n: hintsShown + 1, total: problem.hints.length } }) });
  };

  const recordAiHint = (rung: number) => {
    setAiHints((n) => n + 1);
    record({ ...where, ...untested, kind: 'hint', summary: writeSummary({ key: 'aiHint', values: { n: rung } }) });
  };

  const reveal = () => {
    if (revealed) return;
    useProgress.getState().reveal(problem.id);
    record({ ...where, ...untested, kind: 'reveal', summary: writeSummary({ key: 'reveal' }) });
    finish(false, true);
  };

  const run = async () => {
    const submitted = code.getCode();
    const result = await runCode(submitted);
    if (result) record({ ...where, kind: 'run', code: submitted, durationMs: result.durationMs, summary: describeRun(result), passed: null, testsPassed: null, testsTotal: null });
  };

  /** Grade every test (a Submit), or only the given tests (a check that is not a Submit). */
  const submit = async (only?: number[]) => {
    const submitted = code.getCode();
    const verdict = await submitCode(problem, submitted, only);
    if (!verdict || only) return;
    const passed = verdict.status === 'passed';
    useProgress.getState().submit(problem.id, passed);
    record({
      ...where,
      kind: 'submit',
      code: submitted,
      durationMs: verdict.durationMs,
      summary: writeSummary(
        verdict.random?.failure && verdict.passed === verdict.total
          ? { key: 'failedRandom', values: { total: verdict.total, seed: verdict.random.seed } }
          : { key: passed ? 'passed' : 'failed', values: { passed: verdict.passed, total: verdict.total } },
      ),
      passed,
      testsPassed: verdict.passed,
      testsTotal: verdict.total,
    });
    if (passed) {
      setSolvedIn(Date.now() - startedAt);
      finish(true, false);
    } else {
      setFailedHere((n) => n + 1);
    }
  };

  /** The learner moves on: leaving after a failed submit counts as a miss. */
  const leave = (): Leaving => {
    if (answered.current) return 'answered';
    if (failedHere === 0) return 'untouched';
    finish(false, false);
    return 'missed';
  };

  return {
    startedAt,
    solvedIn,
    hintsShown,
    revealed,
    canReveal,
    solvedBefore: Boolean(progress?.solvedAt),
    showHint,
    recordAiHint: useStableCallback(recordAiHint),
    reveal,
    run,
    submit,
    leave,
  };
}

export type Attempt = ReturnType<typeof useAttempt>;

/** A callback with a fixed identity that always calls the latest version. */
function useStableCallback<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

function describeRun(result: RunResult): string {
  switch (result.status) {
    case 'ok':
      return writeSummary({ key: 'runOk' });
    case 'error':
      if (!result.error) return writeSummary({ key: 'runErrorNoLine', values: { type: 'error' } });
      return writeSummary(result.error.line ? { key: 'runError', values: { type: result.error.type, line: result.error.line } } : { key: 'runErrorNoLine', values: { type: result.error.type } });
    case 'exit':
      return writeSummary({ key: 'runExit', values: { code: result.exitCode ?? 0 } });
    case 'interrupted':
      return writeSummary({ key: 'runStopped' });
    case 'timeout':
      return writeSummary({ key: 'runTimeout' });
    case 'crashed':
      return writeSummary({ key: 'runCrashed' });
  }
}

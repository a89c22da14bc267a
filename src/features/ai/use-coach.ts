'use client';
import { useCallback, useMemo, useState } from 'react';
import { compareSpeed, describeSpeed, problemContext, resultsContext, type SpeedComparison, type SpeedSummary } from '@/core/ai';
import { judge, needsLoad, toGradeCases, type Verdict } from '@/core/grading';
import type { Evaluation, Explanation, Optimization } from '@/core/schemas/ai';
import type { Problem } from '@/core/schemas/problem';
import { usePython } from '@/features/runtime';
import { problemOf, type AiProblem } from './problem';
import { useAi } from './use-ai';

export interface CoachInput {
  problem: Problem;
  topicLabel: string;
  /** Reads the learner's code from the editor when an action starts. */
  getCode(): string;
  verdict: Verdict | null;
}

type Async<T> = { status: 'idle' } | { status: 'busy'; note?: OptimizeNote } | { status: 'done'; value: T } | { status: 'failed'; problem: AiProblem };

/** Where a faster solution is on its way (put into words by the component). */
export type OptimizeNote = { step: 'asking' } | { step: 'checking'; tests: number } | { step: 'timing' };

/** Each outcome names the model that wrote the answer. */
export type OptimizeOutcome = (
  | { kind: 'faster'; answer: Optimization; speed: SpeedComparison; summary: SpeedSummary }
  | { kind: 'not-faster'; answer: Optimization; speed: SpeedComparison; summary: SpeedSummary }
  | { kind: 'wrong'; answer: Optimization; failed: number; total: number }
  | { kind: 'same'; answer: Optimization }
) & { model: string };

/** A hint that failed part-way: what arrived before the failure, and why it stopped. */
export interface HintFailure {
  problem: AiProblem;
  partial: string | null;
}

const TIMING_ROUNDS = 7;

/** The same program, ignoring blank lines, comments and trailing spaces. */
function sameCode(a: string, b: string): boolean {
  const norm = (code: string) =>
    code
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trimEnd())
      .filter(Boolean)
      .join('\n');
  return norm(a) === norm(b);
}

/**
 * The AI coach of one problem: streamed hints up the ladder, a code review,
 * an explained solution and a checked, timed optimisation. Verdicts always
 * come from the tests; the model's words are shown as feedback only.
 */
export function useCoach({ problem, topicLabel, getCode, verdict }: CoachInput, onHint: (rung: number) => void) {
  const ai = useAi();
  const python = usePython();
  const [hints, setHints] = useState<string[]>([]);
  /** The model that wrote each hint. */
  const [hintModels, setHintModels] = useState<string[]>([]);
  const [streaming, setStreaming] = useState<string | null>(null);
  const [hintError, setHintError] = useState<HintFailure | null>(null);
  const [review, setReview] = useState<Async<{ evaluation: Evaluation; passed: number; total: number; model: string }>>({ status: 'idle' });
  const [explanation, setExplanation] = useState<Async<Explanation & { model: string }>>({ status: 'idle' });
  const [optimization, setOptimization] = useState<Async<OptimizeOutcome>>({ status: 'idle' });
  const context = useMemo(() => problemContext(problem, topicLabel), [problem, topicLabel]);

  const hint = useCallback(async () => {
    const rung = Math.min(3, hints.length + 1);
    const code = getCode();
    setHintError(null);
    setStreaming('');
    const result = await ai.stream(
      'get-hints',
      { problem: context, code, results: resultsContext(verdict), rung, previousHints: hints.slice(-6) },
      (piece) => setStreaming((text) => (text ?? '') + piece),
    );
    setStreaming(null);
    if (result.ok) {
      setHints((list) => [...list, result.data]);
      setHintModels((list) => [...list, result.usage.model]);
      onHint(rung);
    } else {
      setHintError({ problem: problemOf(result), partial: result.partial ?? null });
    }
  }, [ai, getCode, verdict, hints, onHint, context]);

  const evaluate = useCallback(async () => {
    if (!verdict) return;
    setReview({ status: 'busy' });
    const result = await ai.call('evaluate-code', { problem: context, code: getCode(), results: resultsContext(verdict) });
    setReview(
      result.ok
        ? { status: 'done', value: { evaluation: result.data, passed: verdict.passed, total: verdict.total, model: result.usage.model } }
        : { status: 'failed', problem: problemOf(result) },
    );
  }, [ai, getCode, verdict, context]);

  const explain = useCallback(async () => {
    setExplanation({ status: 'busy' });
    const result = await ai.call('reveal-solution', { problem: context, code: getCode(), reference: problem.solution });
    setExplanation(result.ok ? { status: 'done', value: { ...result.data, model: result.usage.model } } : { status: 'failed', problem: problemOf(result) });
  }, [ai, getCode, problem, context]);

  const optimize = useCallback(async () => {
    if (!python) return;
    // The code as it is now, the same for the whole comparison.
    const code = getCode();
    setOptimization({ status: 'busy', note: { step: 'asking' } });
    const result = await ai.call('optimize-solution', { problem: context, code });
    if (!result.ok) return setOptimization({ status: 'failed', problem: problemOf(result) });
    const answer = result.data;
    const model = result.usage.model;
    const cases = toGradeCases(problem);
    const load = needsLoad(problem);
    // One grading interpreter for the whole comparison (checked, warmed up and
    // timed in the same place), discarded afterwards like every grader.
    await python.session(async (gradeIn) => {
      const grade = async (source: string) => judge(problem, await gradeIn(source, cases, { load }));

      setOptimization({ status: 'busy', note: { step: 'checking', tests: problem.tests.length } });
      const check = await grade(answer.code);
      if (check.status !== 'passed') {
        return setOptimization({ status: 'done', value: { kind: 'wrong', answer, failed: check.total - check.passed, total: check.total, model } });
      }
      if (sameCode(answer.code, code)) {
        return setOptimization({ status: 'done', value: { kind: 'same', answer, model } });
      }
      setOptimization({ status: 'busy', note: { step: 'timing' } });
      // One untimed warm-up each, then rounds in alternating order so neither side always goes first.
      await grade(code);
      await grade(answer.code);
      const mine: Verdict[] = [];
      const theirs: Verdict[] = [];
      for (let round = 0; round < TIMING_ROUNDS; round++) {
        if (round % 2 === 0) {
          mine.push(await grade(code));
          theirs.push(await grade(answer.code));
        } else {
          theirs.push(await grade(answer.code));
          mine.push(await grade(code));
        }
      }
      const speed = compareSpeed(mine, theirs);
      const summary = describeSpeed(speed);
      setOptimization({ status: 'done', value: { kind: speed.faster ? 'faster' : 'not-faster', answer, speed, summary, model } });
    });
  }, [ai, python, getCode, problem, context]);

  return { available: ai.available, hints, hintModels, streaming, hintError, hint, review, evaluate, explanation, explain, optimization, optimize };
}

export type Coach = ReturnType<typeof useCoach>;

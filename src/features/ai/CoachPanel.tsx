'use client';
import Link from 'next/link';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Markdown, scrollIntoViewGently } from '@/features/shell';
import type { Coach } from './use-coach';

const BUTTON =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
const KIND: Record<string, string> = { reasoning: 'Reasoning', 'edge-case': 'Edge case', style: 'Style', complexity: 'Complexity' };

/**
 * The AI coach tab: hints that read the learner's code, a code review, the
 * solution explained and a faster solution, each clearly marked as Gemini's
 * words. Pass/fail is never taken from here.
 */
export function CoachPanel({
  coach,
  hasVerdict,
  canExplain,
  solved,
  onExplain,
}: {
  coach: Coach;
  hasVerdict: boolean;
  canExplain: boolean;
  solved: boolean;
  onExplain(): void;
}) {
  const { review, explanation, optimization } = coach;
  const hintList = useRef<HTMLDivElement>(null);
  const streamingBox = useRef<HTMLDivElement>(null);
  const streaming = coach.streaming !== null;
  const [hintsAtOpen] = useState(coach.hints.length);
  // A hint being written, then the hint it became, is brought into view.
  useEffect(() => {
    if (streaming) scrollIntoViewGently(streamingBox.current);
  }, [streaming]);
  useEffect(() => {
    if (coach.hints.length > hintsAtOpen) scrollIntoViewGently(hintList.current?.lastElementChild);
  }, [coach.hints.length, hintsAtOpen]);
  return (
    <div className="space-y-5 p-3 text-sm" data-testid="coach">
      <Section title="Hints that read your code">
        {coach.hints.length > 0 ? (
          <div className="space-y-2" ref={hintList}>
            {coach.hints.map((hint, i) => (
              <div key={i} className="scroll-my-3 rounded-md border border-slate-200 p-2 dark:border-slate-700" data-testid="ai-hint">
                <p className="text-xs font-semibold text-slate-600 dark:text-slate-400">
                  AI hint {i + 1}
                  {coach.hintModels[i] ? <span className="font-normal" data-testid="answered-by"> · {coach.hintModels[i]}</span> : null}
                </p>
                <Markdown source={hint} />
              </div>
            ))}
          </div>
        ) : null}
        {coach.streaming !== null ? (
          <div ref={streamingBox} className="scroll-my-3 rounded-md border border-brand-600/40 p-2" aria-live="polite" aria-busy="true" data-testid="ai-hint-streaming">
            <p className="text-xs font-semibold text-slate-600 dark:text-slate-400">AI hint {coach.hints.length + 1}</p>
            <p className="whitespace-pre-wrap">{coach.streaming || '…'}</p>
          </div>
        ) : null}
        {coach.hintError?.partial ? (
          <div className="rounded-md border border-amber-400/60 p-2" data-testid="ai-hint-partial">
            <p className="text-xs font-semibold text-slate-600 dark:text-slate-400">AI hint {coach.hints.length + 1} (incomplete)</p>
            <p className="whitespace-pre-wrap">{coach.hintError.partial}…</p>
          </div>
        ) : null}
        {coach.hintError ? <Failure message={coach.hintError.message} /> : null}
        <button type="button" className={BUTTON} onClick={() => void coach.hint()} disabled={coach.streaming !== null} data-testid="ai-hint-button">
          {coach.hints.length === 0 ? 'Get an AI hint' : coach.hints.length >= 3 ? 'Another near-code hint' : `Next AI hint (${coach.hints.length + 1} of 3)`}
        </button>
      </Section>

      <Section title="Review my code">
        {!hasVerdict ? <p className="text-slate-600 dark:text-slate-400">Submit first: the review starts from your test results.</p> : null}
        {review.status === 'done' ? (
          <div className="space-y-2" data-testid="review">
            <p className="rounded-md bg-slate-100 px-2 py-1 text-xs dark:bg-slate-800" data-testid="review-verdict">
              Tests decide correctness: <strong>{review.value.passed}/{review.value.total} passed</strong>. What follows is Gemini’s feedback, not a verdict.
            </p>
            <p>{review.value.evaluation.summary}</p>
            {review.value.evaluation.strengths.length ? (
              <ul className="list-disc pl-5">
                {review.value.evaluation.strengths.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ul>
            ) : null}
            <ul className="space-y-1">
              {review.value.evaluation.points.map((p, i) => (
                <li key={i}>
                  <span className="mr-1 rounded bg-slate-200 px-1.5 py-0.5 text-xs dark:bg-slate-700">{KIND[p.kind]}</span>
                  {p.text}
                </li>
              ))}
            </ul>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              Complexity: time {review.value.evaluation.complexity.time}, space {review.value.evaluation.complexity.space}
            </p>
            <AnsweredBy model={review.value.model} />
          </div>
        ) : null}
        {review.status === 'failed' ? <Failure message={review.message} /> : null}
        <button type="button" className={BUTTON} onClick={() => void coach.evaluate()} disabled={!hasVerdict || review.status === 'busy'} data-testid="review-button">
          {review.status === 'busy' ? 'Reviewing…' : review.status === 'done' ? 'Review again' : 'Review my code'}
        </button>
      </Section>

      <Section title="Explain the solution">
        {explanation.status === 'done' ? (
          <div className="space-y-2" data-testid="explanation">
            <Markdown source={explanation.value.explanation} />
            {explanation.value.keyIdeas.length ? (
              <ul className="list-disc pl-5">
                {explanation.value.keyIdeas.map((idea, i) => (
                  <li key={i}>{idea}</li>
                ))}
              </ul>
            ) : null}
            <AnsweredBy model={explanation.value.model} />
          </div>
        ) : null}
        {explanation.status === 'failed' ? <Failure message={explanation.message} /> : null}
        {!canExplain ? <p className="text-slate-600 dark:text-slate-400">Available after a failed submit or once every hint is shown.</p> : null}
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            onExplain();
            void coach.explain();
          }}
          disabled={!canExplain || explanation.status === 'busy'}
          data-testid="explain-button"
        >
          {explanation.status === 'busy' ? 'Explaining…' : 'Reveal and explain the solution'}
        </button>
      </Section>

      <Section title="A faster solution">
        {!solved ? <p className="text-slate-600 dark:text-slate-400">Solve the problem first; then Gemini suggests a faster version and PyDojo checks and times it.</p> : null}
        {optimization.status === 'busy' ? <p aria-live="polite">{optimization.note}</p> : null}
        {optimization.status === 'failed' ? <Failure message={optimization.message} /> : null}
        {optimization.status === 'done' ? (
          <div className="space-y-2" data-testid="optimization">
            {optimization.value.kind === 'wrong' ? (
              <p className="text-amber-800 dark:text-amber-300">
                Gemini’s version failed {optimization.value.failed} of {optimization.value.total} tests, so it is not shown. Your solution stands.
              </p>
            ) : optimization.value.kind === 'same' ? (
              <p>Gemini found nothing faster: its suggestion is your own solution. {optimization.value.answer.explanation}</p>
            ) : optimization.value.kind === 'not-faster' ? (
              <p>
                Gemini’s version passed every test but was not measurably faster ({optimization.value.summary}). Yours is already a good solution.
              </p>
            ) : (
              <>
                <p className="font-medium text-brand-700 dark:text-brand-100" data-testid="speedup">
                  Passes every test and runs {optimization.value.summary} (median of 7 timed runs each, after a warm-up).
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  Complexity: {optimization.value.answer.complexity.before} → {optimization.value.answer.complexity.after}
                </p>
                <Markdown source={optimization.value.answer.explanation} />
                <pre className="overflow-x-auto rounded-md bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800">{optimization.value.answer.code}</pre>
              </>
            )}
            <AnsweredBy model={optimization.value.model} />
          </div>
        ) : null}
        <button type="button" className={BUTTON} onClick={() => void coach.optimize()} disabled={!solved || optimization.status === 'busy'} data-testid="optimize-button">
          {optimization.status === 'busy' ? 'Working…' : 'Find a faster solution'}
        </button>
      </Section>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{title}</h3>
      {children}
    </section>
  );
}

/** Which model wrote an answer (models change with the key's list and fallbacks). */
export function AnsweredBy({ model }: { model: string }) {
  if (!model) return null;
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="answered-by">
      Answered by <code>{model}</code>
    </p>
  );
}

function Failure({ message }: { message: string }) {
  return (
    <p className="text-red-700 dark:text-red-400" role="alert">
      {message}{' '}
      {/Settings/.test(message) ? (
        <Link href="/support/settings#ai" className="underline">
          Open Settings
        </Link>
      ) : null}
    </p>
  );
}

'use client';
import { diffMiddle, type CaseVerdict, type Verdict } from '@/core/grading';
import type { Problem } from '@/core/schemas/problem';
import { ErrorCard } from './ErrorCard';
import { formatMs } from './OutputPanel';

const STATUS = {
  passed: { icon: '✓', text: 'Passed', cls: 'text-brand-700 dark:text-brand-500' },
  failed: { icon: '✗', text: 'Failed', cls: 'text-red-700 dark:text-red-400' },
  error: { icon: '!', text: 'Error', cls: 'text-red-700 dark:text-red-400' },
  timeout: { icon: '⏱', text: 'Timed out', cls: 'text-amber-700 dark:text-amber-400' },
  interrupted: { icon: '■', text: 'Stopped', cls: 'text-amber-700 dark:text-amber-400' },
  crashed: { icon: '!', text: 'Crashed', cls: 'text-red-700 dark:text-red-400' },
  'not-run': { icon: '·', text: 'Not run', cls: 'text-slate-500 dark:text-slate-400' },
} as const;

function DiffField({ label, value, other, side, testId }: { label: string; value: string; other: string; side: 'expected' | 'actual'; testId?: string }) {
  const diff = diffMiddle(side === 'expected' ? value : other, side === 'expected' ? other : value);
  const middle = side === 'expected' ? diff.expected : diff.actual;
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</dt>
      <dd>
        <pre className="mt-0.5 max-h-40 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-100 px-2 py-1 font-mono text-xs dark:bg-slate-800" data-testid={testId}>
          {value === '' ? (
            '(empty)'
          ) : (
            <>
              {diff.prefix}
              {middle ? (
                <mark
                  className={side === 'expected' ? 'rounded-sm bg-emerald-200 text-emerald-950 dark:bg-emerald-800 dark:text-emerald-50' : 'rounded-sm bg-red-200 text-red-950 dark:bg-red-800 dark:text-red-50'}
                  data-testid={`${testId}-diff`}
                >
                  {middle}
                </mark>
              ) : null}
              {diff.suffix}
            </>
          )}
        </pre>
      </dd>
    </div>
  );
}

function Field({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</dt>
      <dd>
        <pre className="mt-0.5 max-h-40 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-100 px-2 py-1 font-mono text-xs dark:bg-slate-800" data-testid={testId}>
          {value === '' ? '(empty)' : value}
        </pre>
      </dd>
    </div>
  );
}

/** What a failing hidden test may say: what went wrong, never its input or values. */
function hiddenReason(verdict: CaseVerdict): string {
  if (verdict.status === 'failed') return verdict.kind === 'io' ? 'printed something else' : verdict.kind === 'assert' ? 'an assertion failed' : 'returned something else';
  if (verdict.status === 'error') return verdict.error ? `raised ${verdict.error.type}` : 'raised an error';
  return STATUS[verdict.status].text;
}

/** A hidden test before the problem is solved: its name (what it checks) and whether it passed. */
function HiddenCaseRow({ verdict }: { verdict: CaseVerdict }) {
  const status = STATUS[verdict.status];
  return (
    <li className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm dark:border-slate-800" data-testid="hidden-case" data-status={verdict.status}>
      <span aria-hidden="true" className={`w-4 text-center font-bold ${status.cls}`}>
        {status.icon}
      </span>
      <span className="font-medium">{verdict.name}</span>
      <span className="rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">hidden</span>
      <span className={`text-xs ${status.cls}`}>{verdict.status === 'passed' ? status.text : hiddenReason(verdict)}</span>
    </li>
  );
}

function CaseRow({ verdict, onRun }: { verdict: CaseVerdict; onRun?: () => void }) {
  const status = STATUS[verdict.status];
  const open = verdict.status !== 'passed' && verdict.status !== 'not-run';
  const showDiff = verdict.status === 'failed' && verdict.expected !== null && verdict.actual !== null;
  return (
    <li className="rounded-md border border-slate-200 dark:border-slate-800" data-testid="test-case" data-status={verdict.status}>
      <details open={open}>
        <summary className="flex cursor-pointer items-center gap-2 px-3 py-2 text-sm">
          <span aria-hidden="true" className={`w-4 text-center font-bold ${status.cls}`}>
            {status.icon}
          </span>
          <span className="font-medium">{verdict.name}</span>
          <span className={`text-xs ${status.cls}`}>{status.text}</span>
          {verdict.hidden ? <span className="rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">hidden</span> : null}
          <span className="ml-auto text-xs text-slate-500 dark:text-slate-400">{verdict.status !== 'not-run' ? formatMs(verdict.durationMs) : ''}</span>
        </summary>
        <div className="space-y-2 border-t border-slate-200 px-3 py-2 dark:border-slate-800">
          {verdict.message && verdict.status !== 'error' ? <p className="text-sm" data-testid="case-message">{verdict.message}</p> : null}
          <dl className="grid gap-2 sm:grid-cols-2">
            {verdict.input !== null ? <Field label={verdict.kind === 'io' ? 'Input (stdin)' : 'Call'} value={verdict.input} /> : null}
            {showDiff && verdict.expected !== null && verdict.actual !== null ? (
              <>
                <DiffField label="Expected" value={verdict.expected} other={verdict.actual} side="expected" testId="case-expected" />
                <DiffField label={verdict.kind === 'io' ? 'Your output' : 'Returned'} value={verdict.actual} other={verdict.expected} side="actual" testId="case-actual" />
              </>
            ) : (
              <>
                {verdict.expected !== null ? <Field label="Expected" value={verdict.expected} testId="case-expected" /> : null}
                {verdict.actual !== null ? <Field label={verdict.kind === 'io' ? 'Your output' : 'Returned'} value={verdict.actual} testId="case-actual" /> : null}
              </>
            )}
            {verdict.stdout ? <Field label="Printed" value={verdict.stdout} /> : null}
            {verdict.stderr ? <Field label="Printed to stderr" value={verdict.stderr} /> : null}
          </dl>
          {verdict.error ? <ErrorCard error={verdict.error} explanation={verdict.error.explanation} /> : null}
          {onRun ? (
            <button type="button" onClick={onRun} className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
              Run only this test
            </button>
          ) : null}
        </div>
      </details>
    </li>
  );
}

export function TestResults({
  verdict,
  ran = null,
  grading,
  problem,
  solvedBefore,
  onRunOne,
}: {
  verdict: Verdict | null;
  /** The problem's test indexes the verdict covers, in its order (null: every test, a Submit). */
  ran?: number[] | null;
  grading: boolean;
  problem: Problem;
  solvedBefore: boolean;
  /** Run one visible test (by its index in the problem). */
  onRunOne?: (index: number) => void;
}) {
  const testCount = problem.tests.length;
  if (grading) {
    return (
      <p className="p-3 text-sm text-slate-600 dark:text-slate-400" role="status">
        Running tests…
      </p>
    );
  }
  if (!verdict) {
    return (
      <p className="p-3 text-sm text-slate-600 dark:text-slate-400">
        Press <strong>Submit</strong> (<kbd className="rounded border px-1 text-xs">Ctrl</kbd>+<kbd className="rounded border px-1 text-xs">Shift</kbd>+
        <kbd className="rounded border px-1 text-xs">Enter</kbd>) to run all {testCount} tests.
      </p>
    );
  }
  const partial = ran !== null || verdict.total < testCount;
  const single = partial && verdict.total === 1;
  const solved = verdict.status === 'passed' && !partial;
  const showHidden = solved || solvedBefore;
  const shown = verdict.cases.filter((c) => showHidden || !c.hidden);
  const hiddenCases = showHidden ? [] : verdict.cases.filter((c) => c.hidden);
  // In a partial run the verdict's case indexes are positions in that run.
  const indexOf = (c: CaseVerdict) => (!partial ? c.index : single ? -1 : (ran?.[c.index] ?? -1));
  const allVisible = ran !== null && ran.length === problem.tests.filter((t) => !t.hidden).length && ran.every((i) => !problem.tests[i]?.hidden);
  const headline = single
    ? `Ran 1 test: ${verdict.status === 'passed' ? 'passed' : 'failed'}.`
    : partial
      ? `Ran ${allVisible ? `the ${verdict.total} visible tests` : `${verdict.total} tests`}: ${verdict.status === 'passed' ? 'all passed' : `${verdict.passed} of ${verdict.total} passed`}.${allVisible ? ' Submit runs the hidden tests too.' : ''}`
      : solved
        ? `All ${verdict.total} tests passed. Solved!`
        : verdict.status === 'interrupted'
          ? `Stopped: ${verdict.passed} of ${verdict.total} tests passed before you pressed Stop.`
          : `${verdict.passed} of ${verdict.total} tests passed.`;
  return (
    <div className="space-y-3 p-3" data-testid="test-results" data-status={single ? 'single' : partial ? 'partial' : verdict.status}>
      <div
        role="status"
        className={
          'rounded-md px-3 py-2 text-sm font-medium ' +
          (verdict.status === 'passed'
            ? 'bg-brand-50 text-brand-700 dark:bg-brand-700/20 dark:text-brand-100'
            : 'bg-red-50 text-red-800 dark:bg-red-950/40 dark:text-red-300')
        }
        data-testid="verdict"
      >
        {headline}
        <span className="ml-2 font-normal">({formatMs(verdict.durationMs)})</span>
      </div>
      {verdict.loadError ? <ErrorCard error={verdict.loadError} explanation={verdict.loadError.explanation} /> : null}
      <ul className="space-y-2">
        {shown.map((c) => (
          <CaseRow key={c.index} verdict={c} onRun={!c.hidden && onRunOne && indexOf(c) >= 0 ? () => onRunOne(indexOf(c)) : undefined} />
        ))}
      </ul>
      {!showHidden && !partial && verdict.hidden.total > 0 ? (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="hidden-summary">
            Hidden tests: {verdict.hidden.passed} of {verdict.hidden.total} passed. Each is named by what it checks; their inputs and expected
            values show once every test passes.
          </p>
          <ul className="space-y-1" aria-label="Hidden tests">
            {hiddenCases.map((c) => (
              <HiddenCaseRow key={c.index} verdict={c} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

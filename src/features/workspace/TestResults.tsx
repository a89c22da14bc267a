'use client';
import { useTranslations } from 'use-intl';
import { diffMiddle, type CaseVerdict, type Verdict } from '@/core/grading';
import type { Problem } from '@/core/schemas/problem';
import { ErrorCard } from './ErrorCard';
import { formatMs } from './format';
import { RandomTests } from './RandomTests';

/** Texts are keys in the `workspace.TestResults.status` messages. */
const STATUS = {
  passed: { icon: '✓', text: 'passed', cls: 'text-brand-700 dark:text-brand-500' },
  failed: { icon: '✗', text: 'failed', cls: 'text-red-700 dark:text-red-400' },
  error: { icon: '!', text: 'error', cls: 'text-red-700 dark:text-red-400' },
  timeout: { icon: '⏱', text: 'timeout', cls: 'text-amber-700 dark:text-amber-400' },
  interrupted: { icon: '■', text: 'interrupted', cls: 'text-amber-700 dark:text-amber-400' },
  crashed: { icon: '!', text: 'crashed', cls: 'text-red-700 dark:text-red-400' },
  'not-run': { icon: '·', text: 'notRun', cls: 'text-slate-500 dark:text-slate-400' },
} as const;

type T = ReturnType<typeof useTranslations<'workspace.TestResults'>>;

/** A test's name: its own, or "Test 3" in the learner's language for a test without one. */
function caseName(verdict: CaseVerdict, t: T): string {
  return verdict.name === `Test ${verdict.index + 1}` ? t('testNumber', { number: verdict.index + 1 }) : verdict.name;
}

function DiffField({ label, value, other, side, testId }: { label: string; value: string; other: string; side: 'expected' | 'actual'; testId?: string }) {
  const t = useTranslations('workspace.TestResults');
  const diff = diffMiddle(side === 'expected' ? value : other, side === 'expected' ? other : value);
  const middle = side === 'expected' ? diff.expected : diff.actual;
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</dt>
      <dd>
        <pre className="mt-0.5 max-h-40 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-100 px-2 py-1 font-mono text-xs dark:bg-slate-800" data-testid={testId}>
          {value === '' ? (
            t('empty')
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
  const t = useTranslations('workspace.TestResults');
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</dt>
      <dd>
        <pre className="mt-0.5 max-h-40 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-100 px-2 py-1 font-mono text-xs dark:bg-slate-800" data-testid={testId}>
          {value === '' ? t('empty') : value}
        </pre>
      </dd>
    </div>
  );
}

/** What a failing hidden test may say: what went wrong, never its input or values. */
function hiddenReason(verdict: CaseVerdict, t: T): string {
  if (verdict.status === 'failed') return t(verdict.kind === 'io' ? 'hiddenReason.printedElse' : verdict.kind === 'assert' ? 'hiddenReason.assertionFailed' : 'hiddenReason.returnedElse');
  if (verdict.status === 'error') return verdict.error ? t('hiddenReason.raised', { type: verdict.error.type }) : t('hiddenReason.raisedError');
  return t(`status.${STATUS[verdict.status].text}`);
}

/** A hidden test before the problem is solved: its name (what it checks) and whether it passed. */
function HiddenCaseRow({ verdict }: { verdict: CaseVerdict }) {
  const t = useTranslations('workspace.TestResults');
  const status = STATUS[verdict.status];
  return (
    <li className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm dark:border-slate-800" data-testid="hidden-case" data-status={verdict.status}>
      <span aria-hidden="true" className={`w-4 text-center font-bold ${status.cls}`}>
        {status.icon}
      </span>
      <span className="font-medium">{caseName(verdict, t)}</span>
      <span className="rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">{t('hidden')}</span>
      <span className={`text-xs ${status.cls}`}>{verdict.status === 'passed' ? t(`status.${status.text}`) : hiddenReason(verdict, t)}</span>
    </li>
  );
}

function CaseRow({ verdict, onRun }: { verdict: CaseVerdict; onRun?: () => void }) {
  const t = useTranslations('workspace.TestResults');
  const status = STATUS[verdict.status];
  const message = verdict.reason ? t(`reason.${verdict.reason.key}`, verdict.reason.values) : verdict.message;
  const actualLabel = verdict.kind === 'io' ? t('yourOutput') : t('returned');
  const open = verdict.status !== 'passed' && verdict.status !== 'not-run';
  const showDiff = verdict.status === 'failed' && verdict.expected !== null && verdict.actual !== null;
  return (
    <li className="rounded-md border border-slate-200 dark:border-slate-800" data-testid="test-case" data-status={verdict.status}>
      <details open={open}>
        <summary className="flex cursor-pointer items-center gap-2 px-3 py-2 text-sm">
          <span aria-hidden="true" className={`w-4 text-center font-bold ${status.cls}`}>
            {status.icon}
          </span>
          <span className="font-medium">{caseName(verdict, t)}</span>
          <span className={`text-xs ${status.cls}`}>{t(`status.${status.text}`)}</span>
          {verdict.hidden ? <span className="rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">{t('hidden')}</span> : null}
          <span className="ml-auto text-xs text-slate-500 dark:text-slate-400">{verdict.status !== 'not-run' ? formatMs(verdict.durationMs) : ''}</span>
        </summary>
        <div className="space-y-2 border-t border-slate-200 px-3 py-2 dark:border-slate-800">
          {message && verdict.status !== 'error' ? <p className="text-sm" data-testid="case-message">{message}</p> : null}
          <dl className="grid gap-2 sm:grid-cols-2">
            {verdict.input !== null ? <Field label={verdict.kind === 'io' ? t('stdin') : t('call')} value={verdict.input} /> : null}
            {showDiff && verdict.expected !== null && verdict.actual !== null ? (
              <>
                <DiffField label={t('expected')} value={verdict.expected} other={verdict.actual} side="expected" testId="case-expected" />
                <DiffField label={actualLabel} value={verdict.actual} other={verdict.expected} side="actual" testId="case-actual" />
              </>
            ) : (
              <>
                {verdict.expected !== null ? <Field label={t('expected')} value={verdict.expected} testId="case-expected" /> : null}
                {verdict.actual !== null ? <Field label={actualLabel} value={verdict.actual} testId="case-actual" /> : null}
              </>
            )}
            {verdict.stdout ? <Field label={t('printed')} value={verdict.stdout} /> : null}
            {verdict.stderr ? <Field label={t('stderr')} value={verdict.stderr} /> : null}
          </dl>
          {verdict.error ? <ErrorCard error={verdict.error} explanation={verdict.error.explanation} /> : null}
          {onRun ? (
            <button type="button" onClick={onRun} className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
              {t('runOne')}
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
  const t = useTranslations('workspace.TestResults');
  const testCount = problem.tests.length;
  if (grading) {
    return (
      <p className="p-3 text-sm text-slate-600 dark:text-slate-400" role="status">
        {t('running')}
      </p>
    );
  }
  if (!verdict) {
    return (
      <p className="p-3 text-sm text-slate-600 dark:text-slate-400">
        {t.rich('prompt', {
          count: testCount,
          strong: (chunks) => <strong>{chunks}</strong>,
          kbd: (chunks) => <kbd className="rounded border px-1 text-xs">{chunks}</kbd>,
        })}
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
  const counts = { passed: verdict.passed, total: verdict.total };
  const headline = single
    ? t('ranOne', { result: verdict.status === 'passed' ? 'passed' : 'failed' })
    : partial
      ? t('ranSome', { ...counts, visible: allVisible ? 'yes' : 'no', allPassed: verdict.status === 'passed' ? 'yes' : 'no' })
      : solved
        ? t('solved', counts)
        : verdict.status === 'interrupted'
          ? t('stopped', counts)
          : verdict.random?.failure && verdict.passed === verdict.total
            ? t('randomFailed', counts)
            : t('passedOf', counts);
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
      {verdict.random && !partial ? <RandomTests random={verdict.random} /> : null}
      {!showHidden && !partial && verdict.hidden.total > 0 ? (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="hidden-summary">
            {t('hiddenSummary', { passed: verdict.hidden.passed, total: verdict.hidden.total })}
          </p>
          <ul className="space-y-1" aria-label={t('hiddenTests')}>
            {hiddenCases.map((c) => (
              <HiddenCaseRow key={c.index} verdict={c} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import type { RunResult } from '@/adapters/python/client';

/** The functions a run defined but never called, as the runtime reports them for a program that printed nothing. */
export function uncalledFunctions(result: RunResult): string[] {
  return result.status === 'ok' ? (result.uncalled ?? []) : [];
}

/** What the note can offer: the problem's visible tests, and calls taken from them to show as examples. */
export interface VisibleTests {
  count: number;
  /** Calls from the visible tests, e.g. `sum_evens([1, 2, 3, 4])`. */
  calls: string[];
  /** Grade the visible tests (absent while Python is busy). */
  onRun?: () => void;
}

const CODE = 'rounded bg-sky-100 px-1 font-mono text-[0.9em] dark:bg-sky-900/60';

function Names({ names }: { names: string[] }) {
  const t = useTranslations('workspace.UncalledNote');
  return (
    <>
      {names.map((name, i) => (
        <span key={name}>
          {i === 0 ? '' : i === names.length - 1 ? t('lastSeparator') : t('separator')}
          <code className={CODE}>{name}</code>
        </span>
      ))}
    </>
  );
}

/** A call worth showing: one from the visible tests when it is short, else the bare name. */
function exampleCall(names: string[], calls: string[]): string {
  const call = calls.find((c) => c.length <= 48 && names.some((name) => c.startsWith(`${name}(`)));
  return `print(${call ?? `${names[0]}(…)`})`;
}

/**
 * A run that printed nothing because it only defined functions: say so in
 * plain words, and offer the problem's visible tests (not a Submit).
 */
export function UncalledNote({ names, tests }: { names: string[]; tests: VisibleTests }) {
  const t = useTranslations('workspace.UncalledNote');
  return (
    <div className="mt-2 space-y-2 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100" data-testid="uncalled-note">
      <p className="font-medium">
        {t.rich('defined', { count: names.length, names: () => <Names names={names} /> })}
      </p>
      <p>
        {t.rich('addCall', {
          call: exampleCall(names, tests.calls),
          count: names.length,
          tests: tests.count > 0 ? 'yes' : 'no',
          code: (chunks) => <code className={`${CODE} break-all`}>{chunks}</code>,
        })}
      </p>
      {tests.count > 0 ? (
        <button
          type="button"
          onClick={tests.onRun}
          disabled={!tests.onRun}
          className="rounded-md bg-sky-700 px-3 py-1 font-medium text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-50"
          data-testid="run-visible-tests"
        >
          {t('runVisible')}
        </button>
      ) : null}
    </div>
  );
}

'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import { checkProblem } from '@/core/pack-check';
import { describeIssues, ProblemPack } from '@/core/schemas/problem';
import type { PythonRuntime } from '@/adapters/python/runtime';
import { usePythonWhenMade } from '@/features/runtime';
import { usePacks } from '@/stores/packs';

const MAX_BYTES = 5_000_000;

/** Why an import failed: a key of `modules.PackImport.errors`. */
type ErrorReason = 'tooLarge' | 'notJson' | 'notPack' | 'packIdTaken' | 'problemIdTaken' | 'notReady' | 'failedTests';

export type PackImportStatus =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number; total: number }
  /** `details`: the checker's own lines (JSON paths and messages), shown as they are; `values`: the reason's explanation (its `detail` message) takes these. */
  | { kind: 'error'; reason: ErrorReason; details: string[]; values?: Record<string, string | number> }
  | { kind: 'done'; title: string; id: string; count: number };

/**
 * Importing a pack: validate it, run its reference solutions in a grading
 * interpreter, then keep it. Used by the pack import on the Modules page and
 * by a pack challenge opened from a share link.
 */
export function usePackImport(builtIn: Catalog) {
  const whenMade = usePythonWhenMade();
  const add = usePacks((s) => s.add);
  const [status, setStatus] = useState<PackImportStatus>({ kind: 'idle' });

  /** The imported pack, or null when it was refused (the status says why). */
  const importText = async (source: string): Promise<ProblemPack | null> => {
    if (source.length > MAX_BYTES) {
      setStatus({ kind: 'error', reason: 'tooLarge', details: [], values: { megabytes: MAX_BYTES / 1_000_000 } });
      return null;
    }
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (error) {
      setStatus({ kind: 'error', reason: 'notJson', details: [(error as Error).message] });
      return null;
    }
    const parsed = ProblemPack.safeParse(json);
    if (!parsed.success) {
      setStatus({ kind: 'error', reason: 'notPack', details: describeIssues(parsed.error, 12) });
      return null;
    }
    const pack = parsed.data;
    if (builtIn.modules.some((m) => m.id === pack.id)) {
      setStatus({ kind: 'error', reason: 'packIdTaken', details: [], values: { id: pack.id } });
      return null;
    }
    const clash = pack.problems.findIndex((p) => builtIn.problems.some((b) => b.id === p.id));
    if (clash !== -1) {
      setStatus({ kind: 'error', reason: 'problemIdTaken', details: [], values: { index: clash, id: pack.problems[clash].id } });
      return null;
    }
    // Pressed as the page opens, the import waits for the page's Python to be made.
    setStatus({ kind: 'checking', done: 0, total: pack.problems.length });
    let python: PythonRuntime;
    try {
      python = await whenMade();
    } catch {
      setStatus({ kind: 'error', reason: 'notReady', details: [], values: {} });
      return null;
    }
    const failures: string[] = [];
    // One grading interpreter for the whole pack, discarded afterwards.
    await python.session(async (grade) => {
      for (const [index, problem] of pack.problems.entries()) {
        setStatus({ kind: 'checking', done: index, total: pack.problems.length });
        const result = await checkProblem(problem, (code, cases, load) => grade(code, cases, { load }));
        for (const line of result.problems) failures.push(`problems[${index}] (${problem.id}): ${line}`);
      }
    });
    if (failures.length > 0) {
      setStatus({ kind: 'error', reason: 'failedTests', details: failures.slice(0, 12) });
      return null;
    }
    add(pack);
    setStatus({ kind: 'done', title: pack.title, id: pack.id, count: pack.problems.length });
    return pack;
  };

  return { status, importText };
}

/** Where an import stands: progress, the reason it was refused, or the pack it added. */
export function PackImportStatusView({ status, testId = 'pack-import-status' }: { status: PackImportStatus; testId?: string }) {
  const t = useTranslations('modules.PackImport');

  /** The explanation of a reason the pack itself does not state. */
  const errorDetail = (reason: ErrorReason, values: Record<string, string | number>): string => {
    switch (reason) {
      case 'tooLarge':
        return t('errors.tooLarge.detail', values);
      case 'packIdTaken':
        return t('errors.packIdTaken.detail', values);
      case 'problemIdTaken':
        return t('errors.problemIdTaken.detail', values);
      case 'notReady':
        return t('errors.notReady.detail');
      default:
        return '';
    }
  };

  return (
    <div role="status" aria-live="polite" className="mt-3 text-sm" data-testid={testId}>
      {status.kind === 'checking' ? <p>{t('checking', { done: status.done, total: status.total })}</p> : null}
      {status.kind === 'error' ? (
        <div className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-200">
          <p className="font-semibold">{t(`errors.${status.reason}.title`)}</p>
          <ul className="mt-1 list-disc pl-5 font-mono text-xs">
            {status.values ? <li>{errorDetail(status.reason, status.values)}</li> : null}
            {status.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {status.kind === 'done' ? (
        <p className="text-brand-700 dark:text-brand-500">
          {t('imported', { title: status.title, count: status.count })}{' '}
          <Link href={`/modules/imported?pack=${encodeURIComponent(status.id)}`} className="underline">
            {t('openIt')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

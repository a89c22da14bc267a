'use client';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import { checkProblem } from '@/core/pack-check';
import { describeIssues, ProblemPack } from '@/core/schemas/problem';
import { usePython } from '@/features/runtime';
import { usePacks } from '@/stores/packs';

const MAX_BYTES = 5_000_000;
/** The shape of a pack, as a hint in the empty text box: code, the same in every language. */
const PACK_EXAMPLE = '{"format": "pydojo-pack", "version": 1, …}';

/** Why an import failed: a key of `modules.PackImport.errors`. */
type ErrorReason = 'tooLarge' | 'notJson' | 'notPack' | 'packIdTaken' | 'problemIdTaken' | 'notReady' | 'failedTests';

type Status =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number; total: number }
  /** `details`: the checker's own lines (JSON paths and messages), shown as they are; `values`: the reason's explanation (its `detail` message) takes these. */
  | { kind: 'error'; reason: ErrorReason; details: string[]; values?: Record<string, string | number> }
  | { kind: 'done'; title: string; id: string; count: number };

/** Import a problem pack: validate, run its reference solutions, then keep it. */
export function PackImport({ builtIn }: { builtIn: Catalog }) {
  const t = useTranslations('modules.PackImport');
  const python = usePython();
  const packs = usePacks((s) => s.packs);
  const add = usePacks((s) => s.add);
  const remove = usePacks((s) => s.remove);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  const importText = async (source: string) => {
    if (source.length > MAX_BYTES) {
      setStatus({ kind: 'error', reason: 'tooLarge', details: [], values: { megabytes: MAX_BYTES / 1_000_000 } });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (error) {
      setStatus({ kind: 'error', reason: 'notJson', details: [(error as Error).message] });
      return;
    }
    const parsed = ProblemPack.safeParse(json);
    if (!parsed.success) {
      setStatus({ kind: 'error', reason: 'notPack', details: describeIssues(parsed.error, 12) });
      return;
    }
    const pack = parsed.data;
    if (builtIn.modules.some((m) => m.id === pack.id)) {
      setStatus({ kind: 'error', reason: 'packIdTaken', details: [], values: { id: pack.id } });
      return;
    }
    const clash = pack.problems.findIndex((p) => builtIn.problems.some((b) => b.id === p.id));
    if (clash !== -1) {
      setStatus({ kind: 'error', reason: 'problemIdTaken', details: [], values: { index: clash, id: pack.problems[clash].id } });
      return;
    }
    if (!python) {
      setStatus({ kind: 'error', reason: 'notReady', details: [], values: {} });
      return;
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
      return;
    }
    add(pack);
    setText('');
    setStatus({ kind: 'done', title: pack.title, id: pack.id, count: pack.problems.length });
  };

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

  const busy = status.kind === 'checking';
  return (
    <section aria-labelledby="import-heading" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="pack-import">
      <h2 id="import-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t.rich('intro', {
          help: (chunks) => (
            <Link href="/support/help#packs" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          id="pack-file"
          aria-label={t('fileLabel')}
          tabIndex={-1}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) await importText(await file.text());
          }}
        />
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800">
          {t('chooseFile')}
        </button>
        <span className="text-sm text-slate-600 dark:text-slate-400">{t('orPaste')}</span>
      </div>
      <label htmlFor="pack-json" className="sr-only">
        {t('jsonLabel')}
      </label>
      <textarea
        id="pack-json"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={4}
        spellCheck={false}
        placeholder={PACK_EXAMPLE}
        className="mt-2 w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
      />
      <button
        type="button"
        disabled={busy || text.trim() === ''}
        onClick={() => importText(text)}
        className="mt-2 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
      >
        {t('importPasted')}
      </button>

      <div role="status" aria-live="polite" className="mt-3 text-sm" data-testid="pack-import-status">
        {status.kind === 'checking' ? (
          <p>{t('checking', { done: status.done, total: status.total })}</p>
        ) : null}
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

      {packs.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">{t('importedPacks')}</h3>
          <ul className="mt-1 divide-y divide-slate-200 text-sm dark:divide-slate-800">
            {packs.map(({ pack }) => (
              <li key={pack.id} className="flex items-center gap-3 py-2">
                <Link href={`/modules/imported?pack=${encodeURIComponent(pack.id)}`} className="flex-1 underline">
                  {pack.title}
                </Link>
                <span className="text-xs text-slate-600 dark:text-slate-400">{t('problemCount', { count: pack.problems.length })}</span>
                <button type="button" onClick={() => remove(pack.id)} className="rounded border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-600" aria-label={t('removeLabel', { title: pack.title })}>
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

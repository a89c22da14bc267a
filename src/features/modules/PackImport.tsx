'use client';
import Link from 'next/link';
import { useRef, useState } from 'react';
import type { Catalog } from '@/core/catalog';
import { checkProblem } from '@/core/pack-check';
import { describeIssues, ProblemPack } from '@/core/schemas/problem';
import { usePython } from '@/features/runtime';
import { usePacks } from '@/stores/packs';

const MAX_BYTES = 5_000_000;

type Status =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'error'; title: string; details: string[] }
  | { kind: 'done'; title: string; id: string; count: number };

/** Import a problem pack: validate, run its reference solutions, then keep it. */
export function PackImport({ builtIn }: { builtIn: Catalog }) {
  const python = usePython();
  const packs = usePacks((s) => s.packs);
  const add = usePacks((s) => s.add);
  const remove = usePacks((s) => s.remove);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  const importText = async (source: string) => {
    if (source.length > MAX_BYTES) {
      setStatus({ kind: 'error', title: 'This file is too large', details: [`Packs can be up to ${MAX_BYTES / 1_000_000} MB.`] });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (error) {
      setStatus({ kind: 'error', title: 'This is not valid JSON', details: [(error as Error).message] });
      return;
    }
    const parsed = ProblemPack.safeParse(json);
    if (!parsed.success) {
      setStatus({ kind: 'error', title: 'This is not a valid problem pack', details: describeIssues(parsed.error, 12) });
      return;
    }
    const pack = parsed.data;
    if (builtIn.modules.some((m) => m.id === pack.id)) {
      setStatus({ kind: 'error', title: 'The pack id is taken', details: [`id: "${pack.id}" is the id of a built-in module; choose another one.`] });
      return;
    }
    const clash = pack.problems.findIndex((p) => builtIn.problems.some((b) => b.id === p.id));
    if (clash !== -1) {
      setStatus({
        kind: 'error',
        title: 'A problem id is taken',
        details: [`problems[${clash}].id: "${pack.problems[clash].id}" is already used by a built-in problem; choose another one.`],
      });
      return;
    }
    if (!python) {
      setStatus({ kind: 'error', title: 'Python is not ready yet', details: ['Wait for Python to load, then import again.'] });
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
      setStatus({ kind: 'error', title: 'The pack did not pass its own tests', details: failures.slice(0, 12) });
      return;
    }
    add(pack);
    setText('');
    setStatus({ kind: 'done', title: pack.title, id: pack.id, count: pack.problems.length });
  };

  const busy = status.kind === 'checking';
  return (
    <section aria-labelledby="import-heading" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="pack-import">
      <h2 id="import-heading" className="text-lg font-semibold">
        Import a problem pack
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        A pack is a JSON file of problems written by a teacher or author (see the <Link href="/support/help#packs" className="underline">help page</Link>). PyDojo checks it and runs every
        reference solution against its tests before adding it; it stays in this browser.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          id="pack-file"
          aria-label="Problem pack file"
          tabIndex={-1}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) await importText(await file.text());
          }}
        />
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800">
          Choose a file…
        </button>
        <span className="text-sm text-slate-600 dark:text-slate-400">or paste it below</span>
      </div>
      <label htmlFor="pack-json" className="sr-only">
        Pack JSON
      </label>
      <textarea
        id="pack-json"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={4}
        spellCheck={false}
        placeholder='{"format": "pydojo-pack", "version": 1, …}'
        className="mt-2 w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
      />
      <button
        type="button"
        disabled={busy || text.trim() === ''}
        onClick={() => importText(text)}
        className="mt-2 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
      >
        Import pasted pack
      </button>

      <div role="status" aria-live="polite" className="mt-3 text-sm" data-testid="pack-import-status">
        {status.kind === 'checking' ? (
          <p>
            Checking reference solutions… {status.done} of {status.total}
          </p>
        ) : null}
        {status.kind === 'error' ? (
          <div className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-200">
            <p className="font-semibold">{status.title}</p>
            <ul className="mt-1 list-disc pl-5 font-mono text-xs">
              {status.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {status.kind === 'done' ? (
          <p className="text-brand-700 dark:text-brand-500">
            Imported “{status.title}” with {status.count} problem{status.count === 1 ? '' : 's'}.{' '}
            <Link href={`/modules/imported?pack=${encodeURIComponent(status.id)}`} className="underline">
              Open it
            </Link>
          </p>
        ) : null}
      </div>

      {packs.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">Imported packs</h3>
          <ul className="mt-1 divide-y divide-slate-200 text-sm dark:divide-slate-800">
            {packs.map(({ pack }) => (
              <li key={pack.id} className="flex items-center gap-3 py-2">
                <Link href={`/modules/imported?pack=${encodeURIComponent(pack.id)}`} className="flex-1 underline">
                  {pack.title}
                </Link>
                <span className="text-xs text-slate-600 dark:text-slate-400">{pack.problems.length} problems</span>
                <button type="button" onClick={() => remove(pack.id)} className="rounded border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-600" aria-label={`Remove ${pack.title}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

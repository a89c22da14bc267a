'use client';
import Link from 'next/link';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import type { ProblemPack } from '@/core/schemas/problem';
import { usePacks } from '@/stores/packs';
import { PackImportStatusView, usePackImport } from './use-pack-import';

/** The shape of a pack, as a hint in the empty text box: code, the same in every language. */
const PACK_EXAMPLE = '{"format": "pydojo-pack", "version": 1, …}';

/** Import a problem pack: validate, run its reference solutions, then keep it. */
export function PackImport({ builtIn, packAction }: { builtIn: Catalog; packAction?: (pack: ProblemPack) => ReactNode }) {
  const t = useTranslations('modules.PackImport');
  const packs = usePacks((s) => s.packs);
  const remove = usePacks((s) => s.remove);
  const [text, setText] = useState('');
  const { status, importText } = usePackImport(builtIn);
  const fileInput = useRef<HTMLInputElement>(null);

  const importPasted = async () => {
    if (await importText(text)) setText('');
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
        onClick={importPasted}
        className="mt-2 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
      >
        {t('importPasted')}
      </button>

      <PackImportStatusView status={status} />

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
                {packAction?.(pack)}
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

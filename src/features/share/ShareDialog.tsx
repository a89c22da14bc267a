'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { encodeShare, LINK_LIMIT, shareFileText, shareUrl, type Share } from '@/core/share';

const BUTTON = 'inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium';
const QUIET = `${BUTTON} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`;
const PRIMARY = `${BUTTON} bg-brand-600 text-white hover:bg-brand-700`;

/** One thing the dialog can make a link for. `make` is called when it is chosen, so it reads the code at that moment. */
export interface ShareChoice {
  id: string;
  label: string;
  /** Shown under the choices while this one is chosen (e.g. "not solved yet"). */
  note?: string;
  /** The file name without its `.pydojo-share.json` ending. */
  fileName: string;
  make(): Share;
}

type Link = { fragment: string; url: string };

/**
 * A modal (native <dialog>: focus stays inside, Escape closes, focus returns
 * to the button that opened it) with the link for the chosen share, its size,
 * a copy button, and a file download when the link is too long to pass around.
 */
export function ShareDialog({ title, choices, onClose }: { title: string; choices: ShareChoice[]; onClose(): void }) {
  const t = useTranslations('share.ShareDialog');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [chosen, setChosen] = useState(choices[0].id);
  // The link made for a choice; a link for another choice is not shown while the new one is made.
  const [made, setMade] = useState<(Link & { choice: string }) | null>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const choice = choices.find((c) => c.id === chosen) ?? choices[0];
  const link = made?.choice === chosen ? made : null;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => opener?.focus();
  }, []);

  // `make` is read when the choice changes, not on every render: the code it reads is the editor's at that moment.
  const make = useRef(choice.make);
  useEffect(() => {
    make.current = choice.make;
  });
  useEffect(() => {
    let live = true;
    void encodeShare(make.current()).then((fragment) => {
      if (live) setMade({ choice: chosen, fragment, url: shareUrl(window.location.origin, fragment) });
    });
    return () => {
      live = false;
    };
  }, [chosen]);

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('yes');
    } catch {
      // No clipboard permission (or an old browser): the learner can still select the link.
      setCopied('failed');
    }
  };

  const download = () => {
    if (!link) return;
    const url = URL.createObjectURL(new Blob([shareFileText(link.fragment)], { type: 'application/json' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `${choice.fileName}.pydojo-share.json`;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  const tooLong = link !== null && link.url.length > LINK_LIMIT;
  return (
    <dialog
      ref={ref}
      onCancel={onClose}
      aria-labelledby={titleId}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      data-testid="share-dialog"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      {choices.length > 1 ? (
        <fieldset className="mt-3">
          <legend className="text-sm font-medium">{t('what')}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {choices.map((c) => (
              <label key={c.id} className="flex items-center gap-1.5 text-sm">
                <input type="radio" name={`${titleId}-choice`} checked={c.id === chosen} onChange={() => {
                    setChosen(c.id);
                    setCopied('no');
                  }} />
                {c.label}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {choice.note ? (
        <p className="mt-2 text-sm text-amber-800 dark:text-amber-300" data-testid="share-note">
          {choice.note}
        </p>
      ) : null}

      <label htmlFor={`${titleId}-link`} className="mt-3 block text-sm font-medium">
        {t('link')}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={`${titleId}-link`}
          readOnly
          value={link?.url ?? ''}
          placeholder={t('making')}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
          data-testid="share-link"
        />
        <button type="button" onClick={copy} disabled={!link} className={PRIMARY} data-testid="share-copy">
          {t('copy')}
        </button>
      </div>
      <p role="status" className="mt-1 min-h-5 text-xs text-slate-600 dark:text-slate-400" data-testid="share-size">
        {link ? t('size', { size: link.url.length }) : null}
        {copied === 'yes' ? ` ${t('copied')}` : copied === 'failed' ? ` ${t('copyFailed')}` : null}
      </p>
      {tooLong ? (
        <div className="mt-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700/50 dark:bg-amber-950 dark:text-amber-100" data-testid="share-too-long">
          <p>{t('tooLong', { limit: LINK_LIMIT })}</p>
          <button type="button" onClick={download} className={`${QUIET} mt-2`} data-testid="share-download">
            {t('download')}
          </button>
        </div>
      ) : null}
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">{t('readable')}</p>
      <div className="mt-4 flex justify-end">
        <button type="button" onClick={onClose} className={QUIET} autoFocus>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}

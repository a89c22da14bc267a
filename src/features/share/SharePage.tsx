'use client';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import type { Share } from '@/core/share';
import { Page } from '@/features/shell';
import { SharedChallengeView } from './SharedChallengeView';
import { SharedProblemView } from './SharedProblemView';
import { SharedSolutionView } from './SharedSolutionView';
import { usePractise } from './use-practise';
import { useReceivedShare, type Refusal } from './use-received-share';

/** The /share page: reads the link's fragment on this device, checks it, then shows what it holds. */
export function SharePage({ builtIn }: { builtIn: Catalog }) {
  const t = useTranslations('share.SharePage');
  const { state, receiveFile } = useReceivedShare();
  return (
    <Page title={t('title')}>
      <div className="space-y-4">
        {state.step === 'reading' ? <p role="status">{t('reading')}</p> : null}
        {state.step === 'checking' ? (
          <p role="status" data-testid="share-checking">
            {t('checking', { title: state.share.kind === 'challenge' ? state.share.data.pack.title : state.share.data.problem.title })}
          </p>
        ) : null}
        {state.step === 'refused' ? <RefusalNote refusal={state.refusal} /> : null}
        {state.step === 'ready' ? <Shown share={state.share} builtIn={builtIn} /> : null}
        {state.step === 'refused' ? <FileDrop onFile={receiveFile} /> : null}
      </div>
    </Page>
  );
}

function Shown({ share, builtIn }: { share: Share; builtIn: Catalog }) {
  const practise = usePractise(builtIn);
  switch (share.kind) {
    case 'problem':
      return <SharedProblemView problem={share.data.problem} onPractise={() => practise(share.data.problem)} />;
    case 'solution':
      return <SharedSolutionView problem={share.data.problem} code={share.data.code} solved={share.data.solved} onTry={() => practise(share.data.problem)} />;
    case 'challenge':
      return <SharedChallengeView pack={share.data.pack} builtIn={builtIn} />;
    default: {
      const never: never = share;
      return never;
    }
  }
}

function RefusalNote({ refusal }: { refusal: Refusal }) {
  const t = useTranslations('share.SharePage');
  if (refusal.reason === 'empty') return <p className="text-slate-700 dark:text-slate-300">{t('empty')}</p>;
  const message = (() => {
    switch (refusal.reason) {
      case 'tooNew':
        return t('refused.tooNew', { version: refusal.version });
      case 'invalid':
        return t('refused.invalid', { detail: refusal.detail });
      default:
        return t(`refused.${refusal.reason}`);
    }
  })();
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-200" data-testid="share-refused" data-reason={refusal.reason}>
      <p className="font-semibold">{t('refusedTitle')}</p>
      <p className="mt-1">{message}</p>
      {refusal.reason === 'failedCheck' ? (
        <ul className="mt-1 list-disc pl-5 font-mono text-xs">
          {refusal.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A `.pydojo-share.json` file (a link too long to send as one), chosen or dropped. */
function FileDrop({ onFile }: { onFile(file: File): void }) {
  const t = useTranslations('share.SharePage');
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={`rounded-lg border-2 border-dashed p-4 text-sm ${over ? 'border-brand-600 bg-brand-50 dark:bg-brand-700/20' : 'border-slate-300 dark:border-slate-700'}`}
    >
      <p>{t('fileIntro')}</p>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-label={t('fileLabel')}
        data-testid="share-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <button type="button" onClick={() => input.current?.click()} className="mt-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
        {t('chooseFile')}
      </button>
    </div>
  );
}

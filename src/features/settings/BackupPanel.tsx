'use client';
import { useRef, useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { makeBackup, mergeBackup, readBackup } from '@/core/backup';
import { Card } from '@/features/shell';
import { applyData, currentData, EMPTY_DATA } from './backup-data';

const BUTTON = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
const MAX_BYTES = 50_000_000;
/** Typed to confirm a reset (the same word in every language). */
const RESET_WORD = 'reset';

/** What the last action did, kept as a key and values so it follows the language. */
type Message =
  | { tone: 'ok'; key: 'downloaded' | 'deleted' }
  | { tone: 'ok'; key: 'merged' | 'replaced'; at: number; solved: number; events: number }
  | { tone: 'error'; key: 'tooLarge' | 'notBackup' }
  | { tone: 'error'; key: 'notJson'; error: string }
  | { tone: 'error'; key: 'wrongVersion'; version: string; supported: number }
  | null;

export function BackupPanel() {
  const t = useTranslations('settings.BackupPanel');
  const format = useFormatter();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [message, setMessage] = useState<Message>(null);
  const [confirm, setConfirm] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const exportAll = () => {
    const backup = makeBackup(currentData(), Date.now());
    const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 1)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `pydojo-backup-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(url);
    setMessage({ tone: 'ok', key: 'downloaded' });
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setMessage({ tone: 'error', key: 'tooLarge' });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (error) {
      setMessage({ tone: 'error', key: 'notJson', error: (error as Error).message });
      return;
    }
    const { backup, error } = readBackup(json);
    if (!backup) {
      setMessage(error.code === 'version' ? { tone: 'error', key: 'wrongVersion', version: error.version, supported: error.supported } : { tone: 'error', key: 'notBackup' });
      return;
    }
    applyData(mode === 'replace' ? backup.data : mergeBackup(currentData(), backup.data));
    const solved = Object.values(backup.data.progress.problems).filter((p) => p.solvedAt !== null).length;
    setMessage({ tone: 'ok', key: mode === 'replace' ? 'replaced' : 'merged', at: backup.exportedAt, solved, events: backup.data.history.events.length });
  };

  const status = (shown: NonNullable<Message>): string => {
    switch (shown.key) {
      case 'merged':
      case 'replaced':
        return t(`status.${shown.key}`, {
          date: format.dateTime(shown.at, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }),
          solved: shown.solved,
          events: shown.events,
        });
      case 'notJson':
        return t('status.notJson', { error: shown.error });
      case 'wrongVersion':
        return t('status.wrongVersion', { version: shown.version, supported: shown.supported });
      default:
        return t(`status.${shown.key}`);
    }
  };

  return (
    <Card>
      <h2 id="backup" className="font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t('intro')}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" className={BUTTON} onClick={exportAll}>
          {t('export')}
        </button>
      </div>
      <fieldset className="mt-4">
        <legend className="text-sm font-medium">{t('import')}</legend>
        <div className="mt-2 flex flex-wrap items-center gap-4 text-sm">
          <label className="flex items-center gap-1.5">
            <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('merge')}
          </label>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('replace')}
          </label>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            aria-label={t('file')}
            tabIndex={-1}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
          <button type="button" className={BUTTON} onClick={() => fileInput.current?.click()}>
            {t('choose')}
          </button>
        </div>
      </fieldset>
      <form
        className="mt-5 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (confirm !== RESET_WORD) return;
          applyData(EMPTY_DATA);
          setConfirm('');
          setMessage({ tone: 'ok', key: 'deleted' });
        }}
      >
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('resetLabel', { word: RESET_WORD })}</span>
          <input
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            autoComplete="off"
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
          />
        </label>
        <button type="submit" disabled={confirm !== RESET_WORD} className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-50">
          {t('delete')}
        </button>
      </form>
      <p role="status" aria-live="polite" className={`mt-3 text-sm ${message?.tone === 'error' ? 'text-red-700 dark:text-red-400' : 'text-brand-700 dark:text-brand-500'}`} data-testid="backup-status">
        {message ? status(message) : null}
      </p>
    </Card>
  );
}

'use client';
import { useRef, useState } from 'react';
import { makeBackup, mergeBackup, readBackup } from '@/core/backup';
import { Card } from '@/features/shell';
import { applyData, currentData, EMPTY_DATA } from './backup-data';

const BUTTON = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
const MAX_BYTES = 50_000_000;

type Message = { tone: 'ok' | 'error'; text: string } | null;

export function BackupPanel() {
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
    setMessage({ tone: 'ok', text: 'Backup downloaded.' });
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setMessage({ tone: 'error', text: 'This file is too large to be a PyDojo backup.' });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (error) {
      setMessage({ tone: 'error', text: `This file is not valid JSON: ${(error as Error).message}` });
      return;
    }
    const { backup, error } = readBackup(json);
    if (!backup) {
      setMessage({ tone: 'error', text: error ?? 'This is not a PyDojo backup.' });
      return;
    }
    applyData(mode === 'replace' ? backup.data : mergeBackup(currentData(), backup.data));
    const solved = Object.values(backup.data.progress.problems).filter((p) => p.solvedAt !== null).length;
    setMessage({
      tone: 'ok',
      text: `${mode === 'replace' ? 'Replaced your data with' : 'Merged'} the backup from ${new Date(backup.exportedAt).toLocaleString()} (${solved} solved problems, ${backup.data.history.events.length} history events).`,
    });
  };

  return (
    <Card>
      <h2 id="backup" className="font-semibold">
        Backup and reset
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Your progress lives only in this browser. Export it to a file to keep it safe or move it to another browser.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" className={BUTTON} onClick={exportAll}>
          Export all progress
        </button>
      </div>
      <fieldset className="mt-4">
        <legend className="text-sm font-medium">Import a backup</legend>
        <div className="mt-2 flex flex-wrap items-center gap-4 text-sm">
          <label className="flex items-center gap-1.5">
            <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge with this browser’s data
          </label>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace this browser’s data
          </label>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            aria-label="Backup file"
            tabIndex={-1}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
          <button type="button" className={BUTTON} onClick={() => fileInput.current?.click()}>
            Choose a backup file…
          </button>
        </div>
      </fieldset>
      <form
        className="mt-5 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (confirm !== 'reset') return;
          applyData(EMPTY_DATA);
          setConfirm('');
          setMessage({ tone: 'ok', text: 'All progress, history, drafts and imported packs were deleted from this browser.' });
        }}
      >
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Reset everything: type “reset” to confirm</span>
          <input
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            autoComplete="off"
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
          />
        </label>
        <button type="submit" disabled={confirm !== 'reset'} className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-50">
          Delete all my data
        </button>
      </form>
      <p role="status" aria-live="polite" className={`mt-3 text-sm ${message?.tone === 'error' ? 'text-red-700 dark:text-red-400' : 'text-brand-700 dark:text-brand-500'}`} data-testid="backup-status">
        {message?.text}
      </p>
    </Card>
  );
}

'use client';
import Link from 'next/link';
import { useEffect } from 'react';
import { RECOVERY_PREFIX } from '@/adapters/durable-storage';
import { useNotices } from '@/stores/notices';

const NAMES: Record<string, string> = {
  'pydojo:progress': 'your progress',
  'pydojo:history': 'your history',
  'pydojo:stats': 'your statistics',
  'pydojo:drafts': 'your drafts',
  'pydojo:packs': 'your imported packs',
  'pydojo:settings': 'your settings',
};

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** Tells the learner about damaged or unsaved data, and offers the damaged copy. */
export function StorageNotices() {
  const issues = useNotices((s) => s.issues);
  const add = useNotices((s) => s.add);
  const dismiss = useNotices((s) => s.dismiss);

  // Damaged copies from an earlier visit are still offered until discarded.
  useEffect(() => {
    try {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (key?.startsWith(RECOVERY_PREFIX)) add({ kind: 'corrupted', key: key.slice(RECOVERY_PREFIX.length), recoveryKey: key, saved: false, at: Date.now() });
      }
    } catch {
      // storage unavailable
    }
  }, [add]);

  if (issues.length === 0) return null;
  return (
    <div className="space-y-2 px-4 pt-3" data-testid="storage-notices">
      {issues.map((issue) => {
        const what = NAMES[issue.key] ?? issue.key;
        return (
          <div
            key={`${issue.kind}-${issue.key}`}
            role="alert"
            className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
            data-kind={issue.kind}
          >
            <p className="flex-1">
              {issue.kind === 'corrupted'
                ? `The saved copy of ${what} was damaged and could not be read, so it started fresh. ${issue.recoveryKey ? 'The damaged data is kept for you.' : ''}`
                : issue.saved
                  ? `Browser storage is full: PyDojo removed your oldest history to keep saving ${what}. Your statistics and drafts are kept.`
                  : `Browser storage is full: ${what} could not be saved. Export a backup, then free some space.`}
            </p>
            {issue.kind === 'corrupted' && issue.recoveryKey ? (
              <>
                <button
                  type="button"
                  className="rounded border border-amber-400 px-2 py-0.5 font-medium dark:border-amber-700"
                  onClick={() => download(`${issue.key.replace(/[^a-z0-9]+/gi, '-')}-damaged.json`, localStorage.getItem(issue.recoveryKey ?? '') ?? '')}
                >
                  Download damaged data
                </button>
                <button
                  type="button"
                  className="rounded border border-amber-400 px-2 py-0.5 dark:border-amber-700"
                  onClick={() => {
                    localStorage.removeItem(issue.recoveryKey ?? '');
                    dismiss(issue.key, issue.kind);
                  }}
                >
                  Discard it
                </button>
              </>
            ) : (
              <>
                <Link href="/support/settings#backup" className="rounded border border-amber-400 px-2 py-0.5 font-medium dark:border-amber-700">
                  Export a backup
                </Link>
                <button type="button" className="rounded border border-amber-400 px-2 py-0.5 dark:border-amber-700" onClick={() => dismiss(issue.key, issue.kind)}>
                  Dismiss
                </button>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}

'use client';
import { lazy, Suspense, useEffect } from 'react';
import { RECOVERY_PREFIX } from '@/adapters/durable-storage';
import { useNotices } from '@/stores/notices';

/** Loaded only when there is something to say: most visits have no notice. */
const NoticeList = lazy(() => import('./NoticeList'));

/**
 * Tells the learner about damaged or unsaved data (see NoticeList). Damaged
 * copies kept from an earlier visit are offered again until discarded.
 */
export function StorageNotices() {
  const any = useNotices((s) => s.issues.length > 0);
  const add = useNotices((s) => s.add);

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

  return any ? (
    <Suspense fallback={null}>
      <NoticeList />
    </Suspense>
  ) : null;
}

'use client';
import { useTranslations } from 'use-intl';
import { OfflineWords } from './OfflineWords';
import { useCompiledRuntime, useServiceWorker } from './use-service-worker';

/**
 * Registers the service worker and, when a new version of PyDojo is waiting,
 * offers it in a small banner. Nothing reloads until the learner presses
 * Reload, so no typing is ever lost to an update.
 */
export function UpdateBanner() {
  return (
    <OfflineWords>
      <Banner />
    </OfflineWords>
  );
}

function Banner() {
  const t = useTranslations('offline');
  const { updateReady, applyUpdate } = useServiceWorker();
  useCompiledRuntime();
  if (!updateReady) return null;
  return (
    <div
      role="status"
      data-testid="update-ready"
      className="fixed bottom-4 right-4 z-50 flex max-w-sm items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      <p>{t('updateReady')}</p>
      <button
        type="button"
        onClick={applyUpdate}
        className="shrink-0 rounded-md bg-emerald-700 px-3 py-1.5 font-medium text-white hover:bg-emerald-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
      >
        {t('reload')}
      </button>
    </div>
  );
}

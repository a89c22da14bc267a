'use client';
import { useTranslations } from 'use-intl';
import { Card } from '@/features/shell';
import { OfflineWords } from './OfflineWords';
import { useOfflineReadiness } from './use-service-worker';

/** Whether PyDojo works offline in this browser yet (Settings). */
export function OfflineStatus() {
  return (
    <OfflineWords>
      <Status />
    </OfflineWords>
  );
}

function Status() {
  const t = useTranslations('offline');
  const state = useOfflineReadiness();
  return (
    <Card className="mt-6 space-y-2">
      <h2 className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p data-testid="offline-status" data-state={state} role="status">
        {t(`status.${state}`)}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('explain')}</p>
    </Card>
  );
}

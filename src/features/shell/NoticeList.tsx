'use client';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { useNotices } from '@/stores/notices';
import { damagedText, downloadName, fullText, groupIssues } from './storage-notices';

const NOTICE =
  'rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100';
const ACTION = 'rounded border border-amber-400 px-2 py-0.5 dark:border-amber-700';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The notices themselves: one for every damaged store (each damaged copy can
 * be downloaded), one per store a full storage stopped.
 */
export default function NoticeList() {
  const issues = useNotices((s) => s.issues);
  const dismiss = useNotices((s) => s.dismiss);
  const t = useTranslations('shell');

  if (issues.length === 0) return null;
  const { damaged, full } = groupIssues(issues);
  const discardAll = () => {
    for (const item of damaged) {
      if (item.recoveryKey) localStorage.removeItem(item.recoveryKey);
      dismiss(item.key, 'corrupted');
    }
  };
  return (
    <div className="space-y-2 px-4 pt-3" data-testid="storage-notices">
      {damaged.length > 0 ? (
        <div role="alert" className={NOTICE} data-kind="corrupted" data-count={damaged.length}>
          <p>{damagedText(t, damaged)}</p>
          {damaged.some((d) => d.recoveryKey) ? (
            <ul className="mt-2 flex flex-wrap gap-2">
              {damaged
                .filter((d) => d.recoveryKey)
                .map((item) => (
                  <li key={item.key}>
                    <button
                      type="button"
                      className={`${ACTION} font-medium`}
                      onClick={() => download(downloadName(item.key), localStorage.getItem(item.recoveryKey ?? '') ?? '')}
                      aria-label={t('storageNotices.downloadLabel', { name: t(`savedData.${item.name}`) })}
                    >
                      {t('storageNotices.download', { name: t(`savedData.${item.name}`) })}
                    </button>
                  </li>
                ))}
            </ul>
          ) : null}
          <button type="button" className={`${ACTION} mt-2`} onClick={discardAll}>
            {damaged.some((d) => d.recoveryKey) ? t('storageNotices.discard', { count: damaged.length }) : t('storageNotices.dismiss')}
          </button>
        </div>
      ) : null}
      {full.map((issue) => (
        <div key={`quota-${issue.key}`} role="alert" className={`flex flex-wrap items-center gap-3 ${NOTICE}`} data-kind="quota">
          <p className="flex-1">{fullText(t, issue)}</p>
          <Link href="/support/settings#backup" className={`${ACTION} font-medium`}>
            {t('storageNotices.exportBackup')}
          </Link>
          <button type="button" className={ACTION} onClick={() => dismiss(issue.key, issue.kind)}>
            {t('storageNotices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import type { ProblemPack } from '@/core/schemas/problem';
import { DifficultyBadge } from '@/features/catalog';
import { PackImportStatusView, usePackImport } from '@/features/modules';
import { Markdown } from '@/features/shell';
import { PRIMARY } from './SharedProblemView';

/** A pack challenge: what the pack holds, and Accept, which imports it as any pack is imported (checked in Python) and opens its first problem. */
export function SharedChallengeView({ pack, builtIn }: { pack: ProblemPack; builtIn: Catalog }) {
  const t = useTranslations('share.SharedChallenge');
  const router = useRouter();
  const { status, importText } = usePackImport(builtIn);
  const accept = async () => {
    const imported = await importText(JSON.stringify(pack));
    if (imported) router.push(`/practice?problem=${encodeURIComponent(imported.problems[0].id)}`);
  };
  return (
    <article className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" aria-labelledby="challenge-title" data-testid="shared-challenge">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('intro')}</p>
      <h2 id="challenge-title" className="text-lg font-semibold">
        {pack.title}
      </h2>
      {pack.author ? <p className="text-sm text-slate-600 dark:text-slate-400">{t('by', { author: pack.author })}</p> : null}
      {pack.description ? <Markdown source={pack.description} /> : null}
      <h3 className="text-sm font-semibold">{t('problems', { count: pack.problems.length })}</h3>
      <ol className="list-decimal space-y-1 pl-6 text-sm">
        {pack.problems.map((problem) => (
          <li key={problem.id}>
            <span className="mr-2">{problem.title}</span>
            <DifficultyBadge difficulty={problem.difficulty} />
          </li>
        ))}
      </ol>
      <button type="button" onClick={accept} disabled={status.kind === 'checking'} className={PRIMARY} data-testid="accept-challenge">
        {t('accept')}
      </button>
      <PackImportStatusView status={status} testId="challenge-status" />
    </article>
  );
}

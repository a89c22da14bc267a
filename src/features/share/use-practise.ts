'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import type { Catalog } from '@/core/catalog';
import type { Problem } from '@/core/schemas/problem';
import { placeShared } from '@/core/share';
import { usePacks } from '@/stores/packs';

/** Opens a shared (and checked) problem in the workspace, keeping it in "Shared with you" unless the bank has it. */
export function usePractise(builtIn: Catalog) {
  const t = useTranslations('share.sharedPack');
  const router = useRouter();
  return (problem: Problem) => {
    const ids = new Set(builtIn.problems.map((p) => p.id));
    const placement = placeShared(problem, ids, usePacks.getState().packs, { title: t('title'), description: t('description') });
    if (placement.kind === 'add') usePacks.getState().add(placement.pack);
    router.push(`/practice?problem=${encodeURIComponent(placement.id)}`);
  };
}

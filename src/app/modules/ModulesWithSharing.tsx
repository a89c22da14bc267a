'use client';
import type { Catalog } from '@/core/catalog';
import { ModulesBrowser } from '@/features/modules';
import { SharePackButton } from '@/features/share';

/** The modules browser with a challenge link beside each imported pack (composed here: sharing uses the pack import). */
export function ModulesWithSharing({ catalog }: { catalog: Catalog }) {
  return <ModulesBrowser catalog={catalog} packAction={(pack) => <SharePackButton pack={pack} />} />;
}

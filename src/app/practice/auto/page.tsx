import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AutoRuns } from '@/features/auto';
import { builtInCatalog } from '@/features/catalog/builtin';
import { Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Auto mode' };

export default function AutoPracticePage() {
  return (
    <Page title="Auto mode" intro="Adaptive runs that choose your next question from how you are doing, and tell you why.">
      <Suspense>
        <AutoRuns catalog={builtInCatalog()} />
      </Suspense>
    </Page>
  );
}

import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AutoRuns } from '@/features/auto';
import { builtInCatalog } from '@/features/catalog/builtin';
import { Msg, Page } from '@/features/shell';
import { AutoWords } from './AutoWords';

export const metadata: Metadata = { title: 'Auto mode' };

export default function AutoPracticePage() {
  return (
    <Page title={{ k: 'pages.auto.title' }} intro={<Msg k="pages.auto.intro" />}>
      <Suspense>
        <AutoWords>
          <AutoRuns catalog={builtInCatalog()} />
        </AutoWords>
      </Suspense>
    </Page>
  );
}

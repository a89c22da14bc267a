import type { Metadata } from 'next';
import { Msg, Page } from '@/features/shell';
import { UsageMessages, UsageView } from '@/features/usage';

export const metadata: Metadata = { title: 'AI usage' };

export default function ApiUsagePage() {
  return (
    <Page title={{ k: 'pages.apiUsage.title' }} intro={<Msg k="pages.apiUsage.intro" />}>
      <UsageMessages>
        <UsageView />
      </UsageMessages>
    </Page>
  );
}

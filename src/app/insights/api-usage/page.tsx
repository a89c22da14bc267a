import type { Metadata } from 'next';
import { Page } from '@/features/shell';
import { UsageView } from '@/features/usage';

export const metadata: Metadata = { title: 'AI usage' };

export default function ApiUsagePage() {
  return (
    <Page title="AI usage" intro="Calls, tokens and estimated cost of the AI features you use with your own Gemini key. Kept in this browser only.">
      <UsageView />
    </Page>
  );
}

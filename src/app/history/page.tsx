import type { Metadata } from 'next';
import { HistoryView } from '@/features/history';
import { Page } from '@/features/shell';

export const metadata: Metadata = { title: 'History' };

export default function HistoryPage() {
  return (
    <Page title="History" intro="Your runs, submits, hints and revealed solutions, by day and problem. Kept in this browser only.">
      <HistoryView />
    </Page>
  );
}

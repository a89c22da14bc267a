import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, Page } from '@/features/shell';

export const metadata: Metadata = { title: 'History' };

export default function HistoryPage() {
  return (
    <Page title="History" intro="Your past runs and submissions, kept in this browser.">
      <Card>
        <p className="text-sm">
          Attempt history is not recorded yet. Your work in the{' '}
          <Link href="/practice" className="text-brand-700 underline dark:text-brand-500">
            workspace
          </Link>{' '}
          stays on this device.
        </p>
      </Card>
    </Page>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Auto mode' };

export default function AutoPracticePage() {
  return (
    <Page title="Auto mode" intro="Adaptive runs that choose your next question from how you are doing.">
      <Card>
        <p className="text-sm">
          Auto mode is not available yet. Until it arrives, pick problems yourself on{' '}
          <Link href="/practice/manual" className="text-brand-700 underline dark:text-brand-500">
            Pick a topic
          </Link>
          .
        </p>
      </Card>
    </Page>
  );
}

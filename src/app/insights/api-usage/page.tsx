import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, Page } from '@/features/shell';

export const metadata: Metadata = { title: 'AI usage' };

export default function ApiUsagePage() {
  return (
    <Page title="AI usage" intro="Calls, tokens and estimated cost of the AI features you use with your own Gemini key.">
      <Card>
        <p className="text-sm">
          No AI calls have been made. AI features use your own Gemini API key and are not enabled yet; everything else in PyDojo works
          without one. See{' '}
          <Link href="/support/help#privacy" className="text-brand-700 underline dark:text-brand-500">
            privacy
          </Link>
          .
        </p>
      </Card>
    </Page>
  );
}

import type { Metadata } from 'next';
import { LearnPath } from '@/features/lessons';
import { pathModules } from '@/features/lessons/data';
import { Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Learn' };

export default function LearnPage() {
  return (
    <Page title="Learn Python" intro="Short lessons with examples you can run and change, pictures of what Python does, the mistakes everyone makes, and a quick check, then practice problems on the same topic.">
      <LearnPath modules={pathModules()} />
    </Page>
  );
}

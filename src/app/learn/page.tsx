import type { Metadata } from 'next';
import { LearnPath } from '@/features/lessons';
import { pathModules } from '@/features/lessons/data';
import { Msg, Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Learn' };

export default function LearnPage() {
  return (
    <Page title={{ k: 'pages.learn.title' }} intro={<Msg k="pages.learn.intro" />}>
      <LearnPath modules={pathModules()} />
    </Page>
  );
}

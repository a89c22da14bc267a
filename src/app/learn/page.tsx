import type { Metadata } from 'next';
import { LearnPath } from '@/features/lessons';
import { pathModules } from '@/features/lessons/data';
import { ByLocale, Msg, Page } from '@/features/shell';
import { LearnWords } from './LearnWords';

export const metadata: Metadata = { title: 'Learn' };

export default function LearnPage() {
  return (
    <Page title={{ k: 'pages.learn.title' }} intro={<Msg k="pages.learn.intro" />}>
      <LearnWords>
        <ByLocale en={<LearnPath modules={pathModules()} />} ja={<LearnPath modules={pathModules('ja')} />} />
      </LearnWords>
    </Page>
  );
}

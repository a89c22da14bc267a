import type { Metadata } from 'next';
import { builtInCatalog } from '@/features/catalog/builtin';
import { DashboardMessages, slimCatalog, StatsDetail } from '@/features/dashboard';
import { builtInLessonPath } from '@/features/progress/lesson-path';
import { Msg, Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Stats' };

export default function StatsPage() {
  const catalog = builtInCatalog();
  return (
    <Page title={{ k: 'pages.stats.title' }} intro={<Msg k="pages.stats.intro" />}>
      <DashboardMessages>
        <StatsDetail catalog={slimCatalog(catalog)} lessons={builtInLessonPath(catalog.modules)} />
      </DashboardMessages>
    </Page>
  );
}

import type { Metadata } from 'next';
import { builtInCatalog } from '@/features/catalog/builtin';
import { HistoryMessages, HistoryView } from '@/features/history';
import { ProjectHistory } from '@/features/projects';
import { projectSummaries } from '@/features/projects/data';
import { builtInLessonPath } from '@/features/progress/lesson-path';
import { Msg, Page } from '@/features/shell';
import { HistoryPageWords } from './HistoryPageWords';

export const metadata: Metadata = { title: 'History' };

export default function HistoryPage() {
  return (
    <Page title={{ k: 'pages.history.title' }} intro={<Msg k="pages.history.intro" />}>
      <HistoryMessages>
        <HistoryView lessons={builtInLessonPath(builtInCatalog().modules)} />
      </HistoryMessages>
      <HistoryPageWords>
        <ProjectHistory projects={projectSummaries()} />
      </HistoryPageWords>
    </Page>
  );
}

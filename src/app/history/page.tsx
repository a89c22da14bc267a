import type { Metadata } from 'next';
import { builtInCatalog } from '@/features/catalog/builtin';
import { HistoryView } from '@/features/history';
import { ProjectHistory } from '@/features/projects';
import { projectSummaries } from '@/features/projects/data';
import { builtInLessonPath } from '@/features/progress/lesson-path';
import { Page } from '@/features/shell';

export const metadata: Metadata = { title: 'History' };

export default function HistoryPage() {
  return (
    <Page title="History" intro="Your runs, submits, hints and revealed solutions, by day and problem, with the lessons you started and completed and your guided projects. Kept in this browser only.">
      <HistoryView lessons={builtInLessonPath(builtInCatalog().modules)} />
      <ProjectHistory projects={projectSummaries()} />
    </Page>
  );
}

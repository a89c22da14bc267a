import type { Metadata } from 'next';
import { builtInCatalog } from '@/features/catalog/builtin';
import { slimCatalog, StatsDetail } from '@/features/dashboard';
import { builtInLessonPath } from '@/features/progress/lesson-path';
import { Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Stats' };

export default function StatsPage() {
  const catalog = builtInCatalog();
  return (
    <Page title="Statistics" intro="Lessons, active time, attempts, solves and mastery per module, subtopic, problem type and difficulty. Kept in this browser only.">
      <StatsDetail catalog={slimCatalog(catalog)} lessons={builtInLessonPath(catalog.modules)} />
    </Page>
  );
}

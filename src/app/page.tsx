import { builtInCatalog } from '@/features/catalog/builtin';
import { Dashboard, DashboardMessages, slimCatalog } from '@/features/dashboard';
import { ProjectsDashboardCard } from '@/features/projects';
import { projectSummaries } from '@/features/projects/data';
import { builtInLessonPath } from '@/features/progress/lesson-path';
import { HomeWords } from './HomeWords';

export default function DashboardPage() {
  const catalog = builtInCatalog();
  return (
    <DashboardMessages>
      <HomeWords>
        <Dashboard catalog={slimCatalog(catalog)} lessons={builtInLessonPath(catalog.modules)} projects={<ProjectsDashboardCard projects={projectSummaries()} />} />
      </HomeWords>
    </DashboardMessages>
  );
}

import { builtInCatalog } from '@/features/catalog/builtin';
import { Dashboard, slimCatalog } from '@/features/dashboard';
import { projectSummaries } from '@/features/projects/data';
import { builtInLessonPath } from '@/features/progress/lesson-path';
import { HomeProjects } from './HomeProjects';

export default function DashboardPage() {
  const catalog = builtInCatalog();
  return <Dashboard catalog={slimCatalog(catalog)} lessons={builtInLessonPath(catalog.modules)} projects={<HomeProjects projects={projectSummaries()} />} />;
}

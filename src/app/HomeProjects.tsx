'use client';
import { lazyAfterLoad, PageMessages } from '@/features/shell';
import type { ProjectSummary } from '@/features/projects/data';

/** The home page's guided-projects card, with its words; shown inside the dashboard, and loaded after the page's load event as the dashboard is. */
export const HomeProjects = lazyAfterLoad(() =>
  Promise.all([import('@/features/projects/ProjectActivity'), import('../../data/messages/en/projects.json')]).then(([module, words]) => {
    const english = { projects: words.default };
    const ProjectsCard = ({ projects }: { projects: ProjectSummary[] }) => (
      <PageMessages english={english}>
        <module.ProjectsDashboardCard projects={projects} />
      </PageMessages>
    );
    return ProjectsCard;
  }),
);

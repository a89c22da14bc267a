import type { Metadata } from 'next';
import { ProjectsIndex } from '@/features/projects';
import { projectsIndexData } from '@/features/projects/data';
import { ByLocale, Msg, Page } from '@/features/shell';
import { ProjectsWords } from './ProjectsWords';

export const metadata: Metadata = { title: 'Projects' };

export default function ProjectsPage() {
  return (
    <Page title={{ k: 'pages.projects.title' }} intro={<Msg k="pages.projects.intro" />}>
      <ProjectsWords>
        <ByLocale en={<ProjectsIndex data={projectsIndexData()} />} ja={<ProjectsIndex data={projectsIndexData('ja')} />} />
      </ProjectsWords>
    </Page>
  );
}

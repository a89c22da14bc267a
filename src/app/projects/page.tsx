import type { Metadata } from 'next';
import { ProjectsIndex } from '@/features/projects';
import { projectsIndexData } from '@/features/projects/data';
import { Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Projects' };

export default function ProjectsPage() {
  return (
    <Page title="Guided projects" intro="Build a whole program one step at a time. Each step asks for one new thing and is checked by tests, and the tests of earlier steps keep running so nothing breaks unnoticed.">
      <ProjectsIndex data={projectsIndexData()} />
    </Page>
  );
}

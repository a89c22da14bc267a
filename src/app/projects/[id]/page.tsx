import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadProjectTranslation } from '@/adapters/translations';
import { localizeProject } from '@/core/i18n/content';
import { ProjectPage } from '@/features/projects';
import { projectIds, projectPageData } from '@/features/projects/data';
import { ByLocale, UntranslatedNote } from '@/features/shell';
import { ProjectWords } from './ProjectWords';

type Params = Promise<{ id: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return projectIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const data = projectPageData((await params).id);
  return { title: data?.project.title ?? 'Project', description: data?.project.summary };
}

export default async function ProjectRoute({ params }: { params: Params }) {
  const data = projectPageData((await params).id);
  if (!data) notFound();
  const translation = loadProjectTranslation('ja', data.project.id);
  if (!translation) {
    return (
      <ProjectWords>
        <UntranslatedNote kind="project" className="mx-auto w-full max-w-3xl px-4 pt-4 sm:px-6 lg:max-w-none" />
        <ProjectPage data={data} />
      </ProjectWords>
    );
  }
  return (
    <ProjectWords>
      <ByLocale en={<ProjectPage data={data} />} ja={<ProjectPage data={{ ...data, project: localizeProject(data.project, translation) }} />} />
    </ProjectWords>
  );
}

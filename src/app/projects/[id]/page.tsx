import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProjectPage } from '@/features/projects';
import { projectIds, projectPageData } from '@/features/projects/data';

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
  return <ProjectPage data={data} />;
}

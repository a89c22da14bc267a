import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { builtInCatalog } from '@/features/catalog/builtin';
import { LessonView, PendingLesson } from '@/features/lessons';
import { builtInPath, lessonPageData } from '@/features/lessons/data';
import { lessonAssist } from './assist';

type Params = Promise<{ module: string; subtopic: string }>;

export const dynamicParams = false;

/** Every subtopic has a page, written or not. */
export function generateStaticParams() {
  return builtInPath().map((stop) => ({ module: stop.module, subtopic: stop.subtopic }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { module: moduleId, subtopic } = await params;
  const data = lessonPageData(moduleId, subtopic, []);
  return { title: data ? (data.lesson?.title ?? data.stop.subtopicName) : 'Lesson', description: data?.lesson?.goal };
}

export default async function LessonPage({ params }: { params: Params }) {
  const { module: moduleId, subtopic } = await params;
  const data = lessonPageData(moduleId, subtopic, builtInCatalog().problems);
  if (!data) notFound();
  return data.lesson ? <LessonView data={data} lesson={data.lesson} assist={lessonAssist(data, data.lesson)} /> : <PendingLesson data={data} />;
}

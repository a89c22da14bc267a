import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadBankTranslation, loadLessonTranslation } from '@/adapters/translations';
import { localizeSummary } from '@/core/i18n/content';
import { builtInCatalog } from '@/features/catalog/builtin';
import { LessonView, PendingLesson } from '@/features/lessons';
import { builtInPath, lessonPageData, type LessonPageData } from '@/features/lessons/data';
import { ByLocale, UntranslatedNote } from '@/features/shell';
import { lessonAssist } from './assist';
import { LessonPageWords } from './LessonPageWords';

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

/** The page's data in Japanese: the lesson, its neighbours' titles and its problems' titles, where they are translated. */
function japaneseData(data: LessonPageData): LessonPageData {
  const bank = loadBankTranslation('ja');
  const neighbour = (entry: LessonPageData['previous']) => (entry ? { ...entry, title: loadLessonTranslation('ja', entry.stop.module, entry.stop.subtopic)?.title ?? entry.title } : null);
  return {
    ...data,
    lesson: loadLessonTranslation('ja', data.stop.module, data.stop.subtopic),
    previous: neighbour(data.previous),
    next: neighbour(data.next),
    problems: data.problems.map((problem) => localizeSummary(problem, bank)),
  };
}

export default async function LessonPage({ params }: { params: Params }) {
  const { module: moduleId, subtopic } = await params;
  const data = lessonPageData(moduleId, subtopic, builtInCatalog().problems);
  if (!data) notFound();
  if (!data.lesson) {
    return (
      <LessonPageWords>
        <PendingLesson data={data} />
      </LessonPageWords>
    );
  }
  const english = <LessonView data={data} lesson={data.lesson} assist={lessonAssist(data, data.lesson)} />;
  const ja = japaneseData(data);
  if (!ja.lesson) {
    return (
      <LessonPageWords>
        <UntranslatedNote kind="lesson" />
        {english}
      </LessonPageWords>
    );
  }
  return (
    <LessonPageWords>
      <ByLocale en={english} ja={<LessonView data={ja} lesson={ja.lesson} assist={lessonAssist(ja, ja.lesson)} />} />
    </LessonPageWords>
  );
}

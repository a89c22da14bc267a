import type { Metadata } from 'next';
import { Suspense } from 'react';
import { builtInCatalog } from '@/features/catalog/builtin';
import { builtInLessonPath } from '@/features/progress/lesson-path';
import { Msg } from '@/features/shell';
import { PracticeWorkspace } from './PracticeWorkspace';
import { PracticeWords } from './PracticeWords';

export const metadata: Metadata = { title: 'Workspace' };

export default function PracticePage() {
  const catalog = builtInCatalog();
  return (
    <Suspense fallback={<p className="p-6 text-sm text-slate-600 dark:text-slate-400"><Msg k="pages.practice.loading" /></p>}>
      <PracticeWords>
        <PracticeWorkspace catalog={catalog} lessons={builtInLessonPath(catalog.modules).map((lesson) => lesson.id)} />
      </PracticeWords>
    </Suspense>
  );
}

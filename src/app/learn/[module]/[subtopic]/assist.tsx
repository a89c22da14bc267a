import { loadLessons } from '@/adapters/lessons';
import { lessonContext, sectionContext } from '@/core/lesson-ai';
import type { Lesson } from '@/core/schemas/lesson';
import { ExplainExample, ExplainSection } from '@/features/ai';
import type { LessonAssist } from '@/features/lessons';
import { builtInPath, type LessonPageData } from '@/features/lessons/data';

/** The AI help of a lesson page (it shows only with a key), with the lesson and what earlier lessons introduced as its context. */
export function lessonAssist(data: LessonPageData, lesson: Lesson): LessonAssist {
  const lessons = new Map(loadLessons().map((l) => [`${l.module}/${l.subtopic}`, l]));
  const earlier = builtInPath()
    .slice(0, data.stop.index)
    .flatMap((stop) => lessons.get(stop.id) ?? []);
  const context = lessonContext(lesson, { ...data.stop, total: data.total }, earlier);
  return {
    section: (i) => <ExplainSection lesson={context} section={sectionContext(lesson.sections[i])} />,
    example: (i) => {
      const { heading, example } = lesson.sections[i];
      return example ? <ExplainExample lesson={context} section={heading} example={{ code: example.code, output: example.output, stdin: example.stdin ?? [] }} /> : null;
    },
  };
}

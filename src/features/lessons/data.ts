/**
 * What the lesson pages need, computed at build time from data/ (server
 * only): the learning path with every lesson written so far, and for one
 * lesson its place, neighbours and practice problems. Imported by app pages
 * directly (never by client code: it reads files).
 */
import { loadContent } from '@/adapters/content';
import { loadLessons } from '@/adapters/lessons';
import { loadProjects } from '@/adapters/projects';
import { loadLessonTranslation, type ContentLocale } from '@/adapters/translations';
import type { ProblemSummary } from '@/core/catalog';
import { learningPath, type PathStop } from '@/core/lessons/path';
import { outlineOf, type LessonOutline } from '@/core/lessons/progress';
import type { Lesson } from '@/core/schemas/lesson';

/** One stop of the path as /learn lists it: the outline is null until the lesson is written. */
export interface PathEntry {
  stop: PathStop;
  title: string;
  goal: string | null;
  outline: LessonOutline | null;
}

export interface PathModule {
  id: string;
  name: string;
  entries: PathEntry[];
}

function lessonsById(): Map<string, Lesson> {
  return new Map(loadLessons().map((lesson) => [`${lesson.module}/${lesson.subtopic}`, lesson]));
}

export function builtInPath(): PathStop[] {
  return learningPath(loadContent().modules);
}

/** The whole learning path, module by module. */
/** The learning path; with a language, each lesson translated into it is titled in it. */
export function pathModules(locale?: ContentLocale): PathModule[] {
  const lessons = lessonsById();
  const modules: PathModule[] = [];
  for (const stop of builtInPath()) {
    let current = modules[modules.length - 1];
    if (!current || current.id !== stop.module) {
      current = { id: stop.module, name: stop.moduleName, entries: [] };
      modules.push(current);
    }
    const lesson = (locale ? loadLessonTranslation(locale, stop.module, stop.subtopic) : null) ?? lessons.get(stop.id);
    current.entries.push({ stop, title: lesson?.title ?? stop.subtopicName, goal: lesson?.goal ?? null, outline: lesson ? outlineOf(lesson) : null });
  }
  return modules;
}

const DIFFICULTY_RANK: Record<ProblemSummary['difficulty'], number> = { beginner: 0, intermediate: 1, advanced: 2 };

/** A subtopic's problems, easiest first. */
export function practiceProblems(problems: readonly ProblemSummary[], module: string, subtopic: string): ProblemSummary[] {
  return problems
    .filter((p) => p.module === module && p.subtopic === subtopic)
    .sort((a, b) => DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty] || (a.estimatedMinutes ?? 0) - (b.estimatedMinutes ?? 0) || a.title.localeCompare(b.title));
}

export interface LessonPageData {
  stop: PathStop;
  /** Null while the lesson is being written. */
  lesson: Lesson | null;
  total: number;
  previous: { stop: PathStop; title: string } | null;
  next: { stop: PathStop; title: string } | null;
  problems: ProblemSummary[];
  /** The subtopic's overview from the curriculum (Markdown). */
  overview: string;
  /** Guided projects that list this lesson among what they need. */
  projects: Array<{ id: string; title: string; summary: string }>;
}

/** Everything a lesson page shows; `problems` is the built-in catalogue's (see features/catalog/builtin). */
export function lessonPageData(module: string, subtopic: string, problems: readonly ProblemSummary[]): LessonPageData | null {
  const path = builtInPath();
  const index = path.findIndex((stop) => stop.module === module && stop.subtopic === subtopic);
  if (index === -1) return null;
  const lessons = lessonsById();
  const titled = (stop: PathStop | undefined) => (stop ? { stop, title: lessons.get(stop.id)?.title ?? stop.subtopicName } : null);
  const overview = loadContent().modules.find((m) => m.id === module)?.subtopics.find((s) => s.id === subtopic)?.overview ?? '';
  return {
    stop: path[index],
    lesson: lessons.get(path[index].id) ?? null,
    total: path.length,
    previous: titled(path[index - 1]),
    next: titled(path[index + 1]),
    problems: practiceProblems(problems, module, subtopic),
    overview,
    projects: loadProjects()
      .filter((p) => p.requires.lessons.includes(`${module}/${subtopic}`))
      .map((p) => ({ id: p.id, title: p.title, summary: p.summary })),
  };
}

export function lessonHref(stop: Pick<PathStop, 'module' | 'subtopic'>): string {
  return `/learn/${stop.module}/${stop.subtopic}`;
}

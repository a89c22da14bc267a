/**
 * Lesson progress: sections read, examples run, the check passed and the
 * latest visit, per lesson; what "continue learning" offers next; the
 * milestones history shows. Pure updates; the lesson-progress store only
 * calls them. The saved shape and its reading back: schemas/lesson-progress.
 */
import type { Lesson } from '../schemas/lesson';
import type { LessonProgress, LessonProgressState } from '../schemas/lesson-progress';

export type { LessonProgress, LessonProgressState };

export const EMPTY_LESSON_PROGRESS: LessonProgressState = { lessons: {} };

/** What progress needs to know about a lesson: its place, title, sections and which of them have an example. */
export type LessonOutline = Pick<Lesson, 'module' | 'subtopic' | 'title'> & {
  /** "module/subtopic". */
  id: string;
  sections: number;
  /** Positions of the sections that have a runnable example. */
  examples: number[];
};

export function lessonId(place: { module: string; subtopic: string }): string {
  return `${place.module}/${place.subtopic}`;
}

/** The outline of a lesson. */
export function outlineOf(lesson: Lesson): LessonOutline {
  return {
    id: lessonId(lesson),
    module: lesson.module,
    subtopic: lesson.subtopic,
    title: lesson.title,
    sections: lesson.sections.length,
    examples: lesson.sections.flatMap((section, i) => (section.example ? [i] : [])),
  };
}

/**
 * Lessons in the order of the learning path: modules as the curriculum
 * orders them, then subtopics within each module. Lessons of a place the
 * curriculum does not list come last, by id.
 */
export function pathOrder<T extends Pick<LessonOutline, 'module' | 'subtopic' | 'id'>>(
  lessons: readonly T[],
  modules: ReadonlyArray<{ id: string; subtopics: ReadonlyArray<{ id: string }> }>,
): T[] {
  const rank = new Map<string, number>();
  modules.forEach((m, mi) => m.subtopics.forEach((s, si) => rank.set(`${m.id}/${s.id}`, mi * 1_000 + si)));
  const of = (l: T) => rank.get(l.id) ?? Number.MAX_SAFE_INTEGER;
  return [...lessons].sort((a, b) => of(a) - of(b) || a.id.localeCompare(b.id));
}

const fresh = (now: number): LessonProgress => ({ startedAt: now, visitedAt: now, sectionsRead: [], examplesRun: [], checkAnswers: 0, checkPassedAt: null });

function update(state: LessonProgressState, id: string, now: number, change: (current: LessonProgress) => LessonProgress): LessonProgressState {
  const current = state.lessons[id] ?? fresh(now);
  return { lessons: { ...state.lessons, [id]: change(current) } };
}

const withPosition = (positions: number[], position: number): number[] =>
  positions.includes(position) ? positions : [...positions, position].sort((a, b) => a - b);

/** The learner opened the lesson: a visit starts now. */
export function lessonVisited(state: LessonProgressState, id: string, now: number): LessonProgressState {
  return update(state, id, now, (p) => ({ ...p, visitedAt: now }));
}

/** The learner read a section (its end came into view). */
export function sectionRead(state: LessonProgressState, id: string, section: number, now: number): LessonProgressState {
  const current = state.lessons[id];
  if (current?.sectionsRead.includes(section)) return state;
  return update(state, id, now, (p) => ({ ...p, sectionsRead: withPosition(p.sectionsRead, section) }));
}

/** The learner ran the example of a section (as written or edited). */
export function exampleRan(state: LessonProgressState, id: string, section: number, now: number): LessonProgressState {
  const current = state.lessons[id];
  if (current?.examplesRun.includes(section)) return state;
  return update(state, id, now, (p) => ({ ...p, examplesRun: withPosition(p.examplesRun, section) }));
}

/** One answer to a question of the check, right or wrong. */
export function checkAnswered(state: LessonProgressState, id: string, now: number): LessonProgressState {
  return update(state, id, now, (p) => ({ ...p, checkAnswers: p.checkAnswers + 1 }));
}

/** Every question of the check was answered right: the lesson is complete (the first time counts). */
export function checkPassed(state: LessonProgressState, id: string, now: number): LessonProgressState {
  if (state.lessons[id]?.checkPassedAt != null) return state;
  return update(state, id, now, (p) => ({ ...p, checkPassedAt: now }));
}

/** A lesson is complete once its check is passed. */
export function isComplete(progress: LessonProgress | undefined): boolean {
  return progress?.checkPassedAt !== null && progress?.checkPassedAt !== undefined;
}

export interface LessonCompletion {
  sectionsRead: number;
  sections: number;
  examplesRun: number;
  examples: number;
  checkPassed: boolean;
  /** 0..1: sections read, examples run and the check, each counting one step. */
  share: number;
}

/** How far the learner is through a lesson (positions the lesson no longer has are ignored). */
export function completion(progress: LessonProgress | undefined, outline: LessonOutline): LessonCompletion {
  const sectionsRead = (progress?.sectionsRead ?? []).filter((i) => i < outline.sections).length;
  const examplesRun = (progress?.examplesRun ?? []).filter((i) => outline.examples.includes(i)).length;
  const checkPassed = isComplete(progress);
  const steps = outline.sections + outline.examples.length + 1;
  const done = sectionsRead + examplesRun + (checkPassed ? 1 : 0);
  return { sectionsRead, sections: outline.sections, examplesRun, examples: outline.examples.length, checkPassed, share: checkPassed ? 1 : Math.min(1, done / steps) };
}

export interface ContinueLesson {
  outline: LessonOutline;
  /** `in-progress`: the lesson visited most recently, not complete yet; `next`: the first lesson of the path not complete after the last one completed; `first`: nothing started yet. */
  reason: 'in-progress' | 'next' | 'first';
  completion: LessonCompletion;
  visitedAt: number | null;
}

/**
 * "Continue learning": the lesson in progress that was visited last, else the
 * next lesson of the path after the furthest one completed (or the first one
 * not complete), else null when every lesson is complete.
 * `path` is in path order (see pathOrder).
 */
export function continueLearning(state: LessonProgressState, path: readonly LessonOutline[]): ContinueLesson | null {
  const known = new Map(path.map((o) => [o.id, o]));
  const inProgress = Object.entries(state.lessons)
    .filter(([id, p]) => known.has(id) && !isComplete(p))
    .sort((a, b) => b[1].visitedAt - a[1].visitedAt)[0];
  if (inProgress) {
    const outline = known.get(inProgress[0]) as LessonOutline;
    return { outline, reason: 'in-progress', completion: completion(inProgress[1], outline), visitedAt: inProgress[1].visitedAt };
  }
  const furthest = path.reduce((last, o, i) => (isComplete(state.lessons[o.id]) ? i : last), -1);
  const next = path.slice(furthest + 1).find((o) => !isComplete(state.lessons[o.id])) ?? path.find((o) => !isComplete(state.lessons[o.id]));
  if (!next) return null;
  const progress = state.lessons[next.id];
  return { outline: next, reason: furthest < 0 && Object.keys(state.lessons).length === 0 ? 'first' : 'next', completion: completion(progress, next), visitedAt: progress?.visitedAt ?? null };
}

export interface LearningSummary {
  lessons: number;
  started: number;
  completed: number;
  sectionsRead: number;
  examplesRun: number;
}

/** Totals over these lessons (all of the path, or one module's). */
export function learningSummary(state: LessonProgressState, lessons: readonly LessonOutline[]): LearningSummary {
  const summary: LearningSummary = { lessons: lessons.length, started: 0, completed: 0, sectionsRead: 0, examplesRun: 0 };
  for (const outline of lessons) {
    const progress = state.lessons[outline.id];
    if (!progress) continue;
    const c = completion(progress, outline);
    summary.started += 1;
    summary.completed += c.checkPassed ? 1 : 0;
    summary.sectionsRead += c.sectionsRead;
    summary.examplesRun += c.examplesRun;
  }
  return summary;
}

/** A moment worth showing in history: a lesson started, or its check passed. */
export interface LessonMilestone {
  lessonId: string;
  kind: 'started' | 'check-passed';
  at: number;
}

/** Every milestone, newest first. */
export function lessonMilestones(state: LessonProgressState): LessonMilestone[] {
  return Object.entries(state.lessons)
    .flatMap(([lessonId, p]): LessonMilestone[] => [
      { lessonId, kind: 'started', at: p.startedAt },
      ...(p.checkPassedAt !== null ? [{ lessonId, kind: 'check-passed' as const, at: p.checkPassedAt }] : []),
    ])
    .sort((a, b) => b.at - a.at || (a.kind === 'check-passed' ? -1 : 1));
}

const union = (a: number[], b: number[]) => [...new Set([...a, ...b])].sort((x, y) => x - y);
const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/** Two copies (two tabs, a backup): per lesson, keep what either knows. Merging the same copy again changes nothing. */
export function mergeLessonProgress(a: LessonProgressState, b: LessonProgressState): LessonProgressState {
  const lessons: Record<string, LessonProgress> = { ...a.lessons };
  for (const [id, theirs] of Object.entries(b.lessons)) {
    const ours = lessons[id];
    lessons[id] = ours
      ? {
          startedAt: Math.min(ours.startedAt, theirs.startedAt),
          visitedAt: Math.max(ours.visitedAt, theirs.visitedAt),
          sectionsRead: union(ours.sectionsRead, theirs.sectionsRead),
          examplesRun: union(ours.examplesRun, theirs.examplesRun),
          checkAnswers: Math.max(ours.checkAnswers, theirs.checkAnswers),
          checkPassedAt: earliest(ours.checkPassedAt, theirs.checkPassedAt),
        }
      : theirs;
  }
  return { lessons };
}

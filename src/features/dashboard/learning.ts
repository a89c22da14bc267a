/**
 * What the dashboard, the statistics and history show about lessons and
 * active time (pure functions over the stores' data).
 */
import type { HistoryEvent } from '@/core/history';
import type { LessonCompletion, LessonMilestone, LessonOutline } from '@/core/lessons/progress';
import type { StatsState } from '@/core/stats';
import type { ActiveTime } from '@/core/time/active-time';

export function lessonHref(lesson: Pick<LessonOutline, 'module' | 'subtopic'>): string {
  return `/learn/${lesson.module}/${lesson.subtopic}`;
}

/** The messages `completionWords` needs (the `dashboard.ContinueLearning.completion` messages). */
export type CompletionWords = (
  key: 'sectionsRead' | 'examplesRun' | 'checkPassed' | 'checkNotPassed',
  values?: { read?: number; run?: number; total?: number },
) => string;

/** "2 of 4 sections read · 1 of 3 examples run · check not passed yet", in the words `words` gives. */
export function completionWords(c: LessonCompletion, words: CompletionWords): string {
  const parts = [words('sectionsRead', { read: c.sectionsRead, total: c.sections })];
  if (c.examples > 0) parts.push(words('examplesRun', { run: c.examplesRun, total: c.examples }));
  parts.push(words(c.checkPassed ? 'checkPassed' : 'checkNotPassed'));
  return parts.join(' · ');
}

export type RecentItem =
  | { kind: 'attempt'; at: number; event: HistoryEvent }
  | { kind: 'lesson'; at: number; milestone: LessonMilestone; lesson: LessonOutline | null };

/** The newest runs, submits, hints and reveals, and lesson milestones, together. */
export function recentItems(events: readonly HistoryEvent[], milestones: readonly LessonMilestone[], lessons: readonly LessonOutline[], count: number): RecentItem[] {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const items: RecentItem[] = [
    ...events.map((event): RecentItem => ({ kind: 'attempt', at: event.at, event })),
    ...milestones.map((milestone): RecentItem => ({ kind: 'lesson', at: milestone.at, milestone, lesson: byId.get(milestone.lessonId) ?? null })),
  ];
  return items.sort((a, b) => b.at - a.at).slice(0, count);
}

export interface DayTimeRow {
  day: string;
  learnMs: number;
  practiseMs: number;
  /** Time the learner's code ran and was graded (the statistics' day totals). */
  runMs: number;
}

/** Active time (learning, practising) and run time for each day of `range`. */
export function timeByDay(time: ActiveTime, stats: StatsState, range: readonly string[]): DayTimeRow[] {
  return range.map((day) => ({
    day,
    learnMs: time.days[day]?.learnMs ?? 0,
    practiseMs: time.days[day]?.practiseMs ?? 0,
    runMs: stats.days[day]?.timeMs ?? 0,
  }));
}

/** A lesson's title for a milestone, from its outline or its id. */
export function lessonTitle(lesson: LessonOutline | null, lessonId: string): string {
  if (lesson) return lesson.title;
  const words = (lessonId.split('/')[1] ?? lessonId).replace(/-/g, ' ');
  return words ? words[0].toUpperCase() + words.slice(1) : lessonId;
}

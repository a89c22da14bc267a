export { LessonEventsProvider, useLessonEvents } from './events';
export type { ExampleRunOutcome, LessonEvents, LessonKey } from './events';
export { useExampleAttempt } from './example-attempt';
export { LearnPath } from './LearnPath';
export { LessonView, PendingLesson, type LessonAssist } from './LessonView';

export { LessonEventsProvider, useLessonEvents } from './events';
export type { ExampleRunOutcome, LessonEvents, LessonKey } from './events';

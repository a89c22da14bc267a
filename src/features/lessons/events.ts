'use client';
import { createContext, createElement, useContext, type ReactNode } from 'react';

/**
 * What a lesson page reports as the learner works through it. The lesson
 * components call these; whoever keeps progress (stores, time tracking)
 * supplies the handlers through <LessonEventsProvider>, composed in the app
 * layer, so the lesson feature never imports a store.
 *
 * Every handler is optional and called synchronously from an event handler
 * or effect; it must be cheap and must not throw. `lesson` is the lesson id
 * "module/subtopic"; `section` and `question` are 0-based positions.
 */
export type LessonKey = `${string}/${string}`;

export interface LessonEvents {
  /** The lesson page was opened (once per mount, after hydration). */
  opened?(lesson: LessonKey): void;
  /** The learner reached the end of a section (at most once per section per visit). */
  sectionRead?(lesson: LessonKey, section: number): void;
  /** An example finished running (any outcome); `edited` when its code differs from the lesson's. */
  exampleRun?(lesson: LessonKey, section: number, outcome: ExampleRunOutcome): void;
  /** A check question was answered (every answer, right or wrong). */
  checkAnswered?(lesson: LessonKey, question: number, correct: boolean): void;
  /** Every question of the check has been answered right (at most once per visit). */
  checkPassed?(lesson: LessonKey): void;
  /** The page was left (unmounted), for time tracking. */
  left?(lesson: LessonKey): void;
}

export interface ExampleRunOutcome {
  /** How the run ended: the runtime's RunStatus ('ok', 'error', 'timeout', ...). */
  status: string;
  edited: boolean;
  durationMs: number;
}

const NONE: LessonEvents = {};
const LessonEventsContext = createContext<LessonEvents>(NONE);

export function LessonEventsProvider({ value, children }: { value: LessonEvents; children: ReactNode }) {
  return createElement(LessonEventsContext.Provider, { value }, children);
}

/** The handlers supplied above this component (none: every event is ignored). */
export function useLessonEvents(): LessonEvents {
  return useContext(LessonEventsContext);
}

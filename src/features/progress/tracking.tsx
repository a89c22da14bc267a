'use client';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { pageVisible, watchActivity } from '@/adapters/activity';
import { createTracker, step, type ActivityContext, type Signal } from '@/core/time/tracker';
import { LessonEventsProvider, type LessonEvents } from '@/features/lessons';
import type { ActiveTimeStore } from '@/stores/active-time';
import type { LessonProgressStore } from '@/stores/lesson-progress';

interface Persisted {
  persist: { hasHydrated(): boolean; onFinishHydration(listener: () => void): () => void };
}

interface Store<T> extends Persisted {
  getState(): T;
}

/**
 * A store loaded on first use, so pages that never show a lesson or a
 * problem do not load it: `use` runs at once when it is loaded (a time
 * span saved as the page is left), else when it arrives, in call order.
 */
function lazyStore<T>(load: () => Promise<Store<T>>) {
  let store: Store<T> | null = null;
  let loading: Promise<Store<T>> | null = null;
  const start = () =>
    (loading ??= load().then((loaded) => {
      store = loaded;
      return loaded;
    }));
  return {
    preload: () => void start(),
    use(action: (store: Store<T>) => void) {
      if (store) action(store);
      else void start().then(action);
    },
  };
}

const activeTime = lazyStore<ActiveTimeStore>(() => import('@/stores/active-time').then((m) => m.useActiveTime));
const lessonProgress = lazyStore<LessonProgressStore>(() => import('@/stores/lesson-progress').then((m) => m.useLessonProgress));

/** Run `action` once the store has read what this browser saved (so an early action never overwrites it). */
function whenHydrated(store: Persisted, action: () => void): void {
  if (store.persist.hasHydrated()) {
    action();
    return;
  }
  const stop = store.persist.onFinishHydration(() => {
    stop();
    action();
  });
}

const FocusContext = createContext<(context: ActivityContext | null) => void>(() => {});

/**
 * Keeps lesson progress and active time for the pages inside it: a lesson
 * page reports its events (opened, section read, example run, check
 * answered and passed, left), and a page that shows a lesson or a problem
 * names it with useTimeOn. One tracker for the page, fed by the browser's
 * activity signals; the time it hands out is added to the active-time store.
 */
export function ProgressTracking({ children }: { children: ReactNode }) {
  const tracker = useRef(createTracker(false));

  const signal = useCallback((input: Signal) => {
    const next = step(tracker.current, input);
    tracker.current = next.tracker;
    if (next.spans.length > 0) activeTime.use((store) => whenHydrated(store, () => store.getState().add(next.spans)));
  }, []);

  useEffect(() => {
    signal({ type: 'visibility', visible: pageVisible(), at: Date.now() });
    const stop = watchActivity(signal);
    return () => {
      stop();
      signal({ type: 'tick', at: Date.now() });
    };
  }, [signal]);

  const focus = useCallback(
    (context: ActivityContext | null) => {
      // Time on a lesson or a problem will be saved: load the store while it accrues.
      if (context) activeTime.preload();
      signal({ type: 'context', context, at: Date.now() });
    },
    [signal],
  );

  const events = useMemo<LessonEvents>(() => {
    const lessons = (action: (store: LessonProgressStore) => void) => lessonProgress.use((store) => whenHydrated(store, () => action(store.getState())));
    return {
      opened: (lesson) => {
        focus({ kind: 'lesson', id: lesson });
        lessons((s) => s.visit(lesson));
      },
      sectionRead: (lesson, section) => lessons((s) => s.readSection(lesson, section)),
      exampleRun: (lesson, section) => lessons((s) => s.runExample(lesson, section)),
      checkAnswered: (lesson) => lessons((s) => s.answerCheck(lesson)),
      checkPassed: (lesson) => lessons((s) => s.passCheck(lesson)),
      left: (lesson) => {
        const current = tracker.current.context;
        if (current?.kind === 'lesson' && current.id === lesson) focus(null);
      },
    };
  }, [focus]);

  return (
    <FocusContext.Provider value={focus}>
      <LessonEventsProvider value={events}>{children}</LessonEventsProvider>
    </FocusContext.Provider>
  );
}

/** Count active time on this lesson or problem while the component is shown. */
export function useTimeOn(context: ActivityContext | null): void {
  const focus = useContext(FocusContext);
  const kind = context?.kind ?? null;
  const id = context?.id ?? null;
  useEffect(() => {
    if (kind === null || id === null) return;
    focus({ kind, id });
    return () => focus(null);
  }, [focus, kind, id]);
}

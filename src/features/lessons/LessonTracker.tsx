'use client';
import { useEffect, useRef } from 'react';
import { useLessonEvents, type LessonKey } from './events';

/** Reports the lesson opened (after hydration) and left (on unmount). */
export function LessonTracker({ lesson }: { lesson: LessonKey }) {
  const events = useLessonEvents();
  const latest = useRef(events);
  useEffect(() => {
    latest.current = events;
  }, [events]);
  useEffect(() => {
    latest.current.opened?.(lesson);
    return () => latest.current.left?.(lesson);
  }, [lesson]);
  return null;
}

/** Placed at the end of a section: reports it read once its end has been on screen. */
export function SectionEnd({ lesson, section }: { lesson: LessonKey; section: number }) {
  const events = useLessonEvents();
  const marker = useRef<HTMLSpanElement>(null);
  const latest = useRef(events);
  useEffect(() => {
    latest.current = events;
  }, [events]);
  useEffect(() => {
    const element = marker.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        latest.current.sectionRead?.(lesson, section);
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [lesson, section]);
  return <span ref={marker} aria-hidden="true" className="block h-px" data-section-end={section} />;
}

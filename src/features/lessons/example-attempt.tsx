'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { ExampleAttempt } from '@/core/lesson-ai';

/**
 * An example's latest finished run (null before one, and while one runs),
 * for whatever the page plugs in under the example (see LessonAssist).
 */
const ExampleAttemptContext = createContext<ExampleAttempt | null>(null);

export function ExampleAttemptProvider({ value, children }: { value: ExampleAttempt | null; children: ReactNode }) {
  return <ExampleAttemptContext.Provider value={value}>{children}</ExampleAttemptContext.Provider>;
}

export function useExampleAttempt(): ExampleAttempt | null {
  return useContext(ExampleAttemptContext);
}

'use client';
import type { ReactNode } from 'react';
import lessons from '../../../data/messages/en/lessons.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { lessons };

/** The learning path's words (see PageMessages). */
export function LearnWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

'use client';
import type { ReactNode } from 'react';
import lessons from '../../../../../data/messages/en/lessons.json';
import visualiser from '../../../../../data/messages/en/visualiser.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { lessons, visualiser };

/** A lesson page's words: the lesson, its examples' output and the visualiser; error explanations (RunOutcome), the block workspace (BlocksArea) and AI help bring their own (see PageMessages). */
export function LessonPageWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

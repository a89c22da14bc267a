'use client';
import type { ReactNode } from 'react';
import projects from '../../../data/messages/en/projects.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { projects };

/** The history page's words beyond its own: project activity (see PageMessages). */
export function HistoryPageWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

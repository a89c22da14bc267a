'use client';
import type { ReactNode } from 'react';
import projects from '../../../data/messages/en/projects.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { projects };

/** The projects list's words (see PageMessages). */
export function ProjectsWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

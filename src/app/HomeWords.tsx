'use client';
import type { ReactNode } from 'react';
import projects from '../../data/messages/en/projects.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { projects };

/** The home page's words beyond the dashboard's: its guided-projects card (see PageMessages). */
export function HomeWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

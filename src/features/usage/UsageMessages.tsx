'use client';
import type { ReactNode } from 'react';
import { PageMessages } from '@/features/shell';
import english from '../../../data/messages/en/usage.json';

const ENGLISH = { usage: english };

/** The AI usage page's words, bundled with the page that shows them (see PageMessages). */
export function UsageMessages({ children }: { children: ReactNode }) {
  return (
    <PageMessages english={ENGLISH}>
      {children}
    </PageMessages>
  );
}

'use client';
import type { ReactNode } from 'react';
import { PageMessages } from '@/features/shell';
import english from '../../../data/messages/en/history.json';

const ENGLISH = { history: english };

/** The history page's words, bundled with the page that shows them (see PageMessages). */
export function HistoryMessages({ children }: { children: ReactNode }) {
  return (
    <PageMessages english={ENGLISH}>
      {children}
    </PageMessages>
  );
}

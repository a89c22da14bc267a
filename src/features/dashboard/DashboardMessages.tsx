'use client';
import type { ReactNode } from 'react';
import { PageMessages } from '@/features/shell';
import english from '../../../data/messages/en/dashboard.json';

const ENGLISH = { dashboard: english };

/** The dashboard's and the stats page's words, bundled with the pages that show them (see PageMessages). */
export function DashboardMessages({ children }: { children: ReactNode }) {
  return (
    <PageMessages english={ENGLISH}>
      {children}
    </PageMessages>
  );
}

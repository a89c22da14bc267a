'use client';
import type { ReactNode } from 'react';
import { PageMessages } from '@/features/shell';
import english from '../../../../data/messages/en/help.json';

/** The help page's words, bundled with the page that shows them (see PageMessages). */
export function HelpMessages({ children }: { children: ReactNode }) {
  return (
    <PageMessages namespace="help" english={english}>
      {children}
    </PageMessages>
  );
}

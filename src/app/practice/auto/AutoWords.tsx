'use client';
import type { ReactNode } from 'react';
import auto from '../../../../data/messages/en/auto.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { auto };

/** Auto mode's words (see PageMessages). */
export function AutoWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

'use client';
import type { ReactNode } from 'react';
import picker from '../../../../data/messages/en/picker.json';
import ai from '../../../../data/messages/en/ai.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { picker, ai };

/** The problem picker's words, with AI question generation (see PageMessages). */
export function ManualWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

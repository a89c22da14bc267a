'use client';
import type { ReactNode } from 'react';
import { PageMessages } from '@/features/shell';
import offline from '../../../data/messages/en/offline.json';

const ENGLISH = { offline };

/** The words of offline use (Settings' status, the update banner), bundled with them (see PageMessages). */
export function OfflineWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

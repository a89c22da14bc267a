'use client';
import type { ReactNode } from 'react';
import settings from '../../../../data/messages/en/settings.json';
import ai from '../../../../data/messages/en/ai.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { settings, ai };

/** The settings page's words, with the AI key's (see PageMessages). */
export function SettingsWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

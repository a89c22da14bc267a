'use client';
import type { ReactNode } from 'react';
import { PageMessages } from '@/features/shell';
import ai from '../../../../data/messages/en/ai.json';
import auto from '../../../../data/messages/en/auto.json';
import help from '../../../../data/messages/en/help.json';
import projects from '../../../../data/messages/en/projects.json';

// Help explains auto mode, guided projects and the AI features in their own words.
const ENGLISH = { help, auto, projects, ai };

/** The help page's words, bundled with the page that shows them (see PageMessages). */
export function HelpMessages({ children }: { children: ReactNode }) {
  return (
    <PageMessages english={ENGLISH}>
      {children}
    </PageMessages>
  );
}

'use client';
import type { ReactNode } from 'react';
import projects from '../../../../data/messages/en/projects.json';
import workspace from '../../../../data/messages/en/workspace.json';
import errors from '../../../../data/messages/en/errors.json';
import runtime from '../../../../data/messages/en/runtime.json';
import blocks from '../../../../data/messages/en/blocks.json';
import ai from '../../../../data/messages/en/ai.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { projects, workspace, errors, runtime, blocks, ai };

/** A guided project's words: its steps and the workspace it runs in (see PageMessages). */
export function ProjectWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

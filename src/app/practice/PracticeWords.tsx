'use client';
import type { ReactNode } from 'react';
import workspace from '../../../data/messages/en/workspace.json';
import runtime from '../../../data/messages/en/runtime.json';
import blocks from '../../../data/messages/en/blocks.json';
import visualiser from '../../../data/messages/en/visualiser.json';
import ai from '../../../data/messages/en/ai.json';
import share from '../../../data/messages/en/share.json';
import growth from '../../../data/messages/en/growth.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { workspace, runtime, blocks, visualiser, ai, share, growth };

/** The workspace's words: editor, results, runtime, blocks, visualiser, AI panels, sharing and growth (see PageMessages); auto mode's and the error explanations' come with their parts. */
export function PracticeWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

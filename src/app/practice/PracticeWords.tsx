'use client';
import type { ReactNode } from 'react';
import workspace from '../../../data/messages/en/workspace.json';
import errors from '../../../data/messages/en/errors.json';
import runtime from '../../../data/messages/en/runtime.json';
import blocks from '../../../data/messages/en/blocks.json';
import visualiser from '../../../data/messages/en/visualiser.json';
import ai from '../../../data/messages/en/ai.json';
import share from '../../../data/messages/en/share.json';
import auto from '../../../data/messages/en/auto.json';
import growth from '../../../data/messages/en/growth.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { workspace, errors, runtime, blocks, visualiser, ai, share, auto, growth };

/** The workspace's words: editor, results, errors, runtime, blocks, visualiser, AI panels, sharing, auto mode and growth (see PageMessages). */
export function PracticeWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

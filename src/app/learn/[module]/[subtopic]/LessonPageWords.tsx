'use client';
import type { ReactNode } from 'react';
import lessons from '../../../../../data/messages/en/lessons.json';
import visualiser from '../../../../../data/messages/en/visualiser.json';
import errors from '../../../../../data/messages/en/errors.json';
import blocks from '../../../../../data/messages/en/blocks.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { lessons, visualiser, errors, blocks };

/** A lesson page's words: the lesson, its examples' output and errors, blocks and the visualiser; AI help brings its own (see PageMessages). */
export function LessonPageWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

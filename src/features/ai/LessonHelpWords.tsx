'use client';
import type { ComponentProps } from 'react';
import ai from '../../../data/messages/en/ai.json';
import { PageMessages } from '@/features/shell';
import * as Help from './LessonHelp';

// A lesson page brings no AI words of its own: they come with this code, which only a learner with a key downloads.
const ENGLISH = { ai };

export function ExplainSection(props: ComponentProps<typeof Help.ExplainSection>) {
  return (
    <PageMessages english={ENGLISH}>
      <Help.ExplainSection {...props} />
    </PageMessages>
  );
}

export function ExplainExample(props: ComponentProps<typeof Help.ExplainExample>) {
  return (
    <PageMessages english={ENGLISH}>
      <Help.ExplainExample {...props} />
    </PageMessages>
  );
}

'use client';
import type { ReactNode } from 'react';
import share from '../../../data/messages/en/share.json';
import workspace from '../../../data/messages/en/workspace.json';
import errors from '../../../data/messages/en/errors.json';
import modules from '../../../data/messages/en/modules.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { share, workspace, errors, modules };

/** A shared link's words: the shared problem, solution or challenge, its results and import (see PageMessages). */
export function ShareWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

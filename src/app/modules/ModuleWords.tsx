'use client';
import type { ReactNode } from 'react';
import modules from '../../../data/messages/en/modules.json';
import errors from '../../../data/messages/en/errors.json';
import share from '../../../data/messages/en/share.json';
import { PageMessages } from '@/features/shell';

const ENGLISH = { modules, errors, share };

/** The module pages' words: the module list and detail, pack import and its errors, sharing (see PageMessages). */
export function ModuleWords({ children }: { children: ReactNode }) {
  return <PageMessages english={ENGLISH}>{children}</PageMessages>;
}

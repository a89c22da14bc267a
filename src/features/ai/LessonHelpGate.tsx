'use client';
import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { useAiKey } from '@/stores/ai-key';
import { aiOnThisHost } from './host';
import type * as Help from './LessonHelp';

/**
 * A lesson page's AI help shows only with a key: without one (most
 * visits) its code, the AI client and the usage records are never loaded.
 */

const Section = dynamic(() => import('./LessonHelpWords').then((m) => m.ExplainSection));
const Example = dynamic(() => import('./LessonHelpWords').then((m) => m.ExplainExample));

export function ExplainSection(props: ComponentProps<typeof Help.ExplainSection>) {
  const hasKey = useAiKey((s) => aiOnThisHost && Boolean(s.key));
  return hasKey ? <Section {...props} /> : null;
}

export function ExplainExample(props: ComponentProps<typeof Help.ExplainExample>) {
  const hasKey = useAiKey((s) => aiOnThisHost && Boolean(s.key));
  return hasKey ? <Example {...props} /> : null;
}

/**
 * For tests: why a run chose a problem, in the English words the learner
 * reads (the `auto.why` messages of data/messages/en), so tests check the
 * sentences and not only the keys.
 */
import { createTranslator } from 'use-intl/core';
import auto from '../../../data/messages/en/auto.json';
import type { WhyPart } from './run';

const t = createTranslator({ locale: 'en', messages: { auto }, namespace: 'auto.why' });

export function whyInEnglish(item: { why: readonly WhyPart[]; explanation?: string }): string {
  return [...item.why.map((part) => t(part.key, part.values)), ...(item.explanation ? [item.explanation] : [])].join(' ');
}

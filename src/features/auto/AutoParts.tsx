'use client';
import type { ComponentType } from 'react';
import { PageMessages } from '@/features/shell';
import auto from '../../../data/messages/en/auto.json';
import { BadgeNotice } from './BadgeNotice';
import { HelpOfferCard } from './HelpOfferCard';
import { RunBanner } from './RunBanner';

/**
 * What auto mode shows in a problem's workspace only now and then (the run
 * banner, an offer of help, new badges), with its words: loaded by lazy.tsx
 * when one of them first shows.
 */
const WORDS = { auto };

/** A part wrapped in auto mode's words. */
function withWords<P extends object>(Part: ComponentType<P>) {
  return function WithAutoWords(props: P) {
    return (
      <PageMessages english={WORDS}>
        <Part {...props} />
      </PageMessages>
    );
  };
}

export const RunBannerPart = withWords(RunBanner);
export const HelpOfferPart = withWords(HelpOfferCard);
export const BadgeNoticePart = withWords(BadgeNotice);

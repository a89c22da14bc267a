'use client';
import type { ComponentProps } from 'react';
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

export function RunBannerPart(props: ComponentProps<typeof RunBanner>) {
  return (
    <PageMessages english={WORDS}>
      <RunBanner {...props} />
    </PageMessages>
  );
}

export function HelpOfferPart(props: ComponentProps<typeof HelpOfferCard>) {
  return (
    <PageMessages english={WORDS}>
      <HelpOfferCard {...props} />
    </PageMessages>
  );
}

export function BadgeNoticePart(props: ComponentProps<typeof BadgeNotice>) {
  return (
    <PageMessages english={WORDS}>
      <BadgeNotice {...props} />
    </PageMessages>
  );
}

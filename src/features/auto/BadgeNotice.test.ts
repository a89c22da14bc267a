import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'use-intl';
import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '@/adapters/messages-en';
import { BadgeNotice } from './BadgeNotice';
import { BadgeToast } from './lazy';

const withWords = (element: ReturnType<typeof createElement>) =>
  renderToStaticMarkup(createElement(IntlProvider, { locale: 'en', messages: MESSAGES_EN, timeZone: 'UTC' } as ComponentProps<typeof IntlProvider>, element));
const render = (ids: Parameters<typeof BadgeNotice>[0]['ids']) => withWords(createElement(BadgeNotice, { ids, onClose: () => {} }));

describe('BadgeNotice', () => {
  it('takes its own place in the page instead of floating over the results', () => {
    const html = render(['first-solve']);
    expect(html).toContain('First solve');
    // Fixed, absolute or sticky positioning would lay it over whatever is beneath (the test results, on a phone the editor).
    expect(html).not.toMatch(/class="[^"]*\b(fixed|absolute|sticky)\b/);
  });

  it('is announced: the live region is on the page before a badge arrives', () => {
    expect(withWords(createElement(BadgeToast, { ids: [], onClose: () => {} }))).toMatch(/^<div role="status" aria-live="polite"[^>]*><\/div>$/);
    const html = render(['first-solve', 'streak-3']);
    expect(html).toContain('Badges unlocked');
    expect(html).toContain('Three in a row');
  });

  it('can be dismissed', () => {
    expect(render(['first-solve'])).toMatch(/<button type="button"[^>]*aria-label="Close the badge message"[^>]*>Close<\/button>/);
  });
});

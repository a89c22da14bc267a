import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'use-intl';
import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '@/adapters/messages-en';
import { BadgeToast } from './BadgeToast';

const render = (ids: Parameters<typeof BadgeToast>[0]['ids']) =>
  renderToStaticMarkup(
    createElement(IntlProvider, { locale: 'en', messages: MESSAGES_EN, timeZone: 'UTC' } as ComponentProps<typeof IntlProvider>, createElement(BadgeToast, { ids, onClose: () => {} })),
  );

describe('BadgeToast', () => {
  it('takes its own place in the page instead of floating over the results', () => {
    const html = render(['first-solve']);
    expect(html).toContain('First solve');
    // Fixed, absolute or sticky positioning would lay it over whatever is beneath (the test results, on a phone the editor).
    expect(html).not.toMatch(/class="[^"]*\b(fixed|absolute|sticky)\b/);
  });

  it('is announced: the live region is there before and after a badge arrives', () => {
    expect(render([])).toMatch(/^<div role="status" aria-live="polite"[^>]*><\/div>$/);
    const html = render(['first-solve', 'streak-3']);
    expect(html).toMatch(/^<div role="status" aria-live="polite"/);
    expect(html).toContain('Badges unlocked');
    expect(html).toContain('Three in a row');
  });

  it('can be dismissed', () => {
    expect(render(['first-solve'])).toMatch(/<button type="button"[^>]*aria-label="Close the badge message"[^>]*>Close<\/button>/);
  });
});

import { createElement, type ComponentProps, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'use-intl';
import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '@/adapters/messages-en';
import { MESSAGES_JA } from '@/adapters/messages-ja';
import { InlineMarkdown, Markdown, safeUrl } from './Markdown';

const render = (element: ReactElement, locale: 'en' | 'ja' = 'en') => {
  const config = { locale, messages: locale === 'en' ? MESSAGES_EN : MESSAGES_JA, timeZone: 'UTC' } as ComponentProps<typeof IntlProvider>;
  return renderToStaticMarkup(createElement(IntlProvider, config, element));
};
const html = (source: string) => render(createElement(Markdown, { source }));
const inline = (text: string) => render(createElement(InlineMarkdown, { text }));

describe('Markdown', () => {
  it('renders paragraphs, emphasis, code and fenced code', () => {
    expect(html('Use **`len`** to *count*.\n\n```python\nprint(1)\n```')).toBe(
      '<div class="prose-dojo "><p>Use <strong><code>len</code></strong> to <em>count</em>.</p>\n<pre tabindex="0"><code class="language-python">print(1)\n</code></pre></div>',
    );
  });

  it('renders GitHub tables in a scrollable region, block quotes and task lists', () => {
    const out = html('| x | x ** 2 |\n| - | -: |\n| 3 | 9 |\n\n> Errors are friends.\n\n- [x] read\n- [ ] run');
    expect(out).toContain('<div class="md-table" role="region" aria-label="Table" tabindex="0"><table>');
    expect(out).toContain('<th>x</th>');
    expect(out).toContain('<td style="text-align:right">9</td>');
    expect(out).toContain('<blockquote>\n<p>Errors are friends.</p>\n</blockquote>');
    expect(out).toContain('<ul class="contains-task-list">');
    expect(out).toContain('<li class="task-list-item"><input type="checkbox" readOnly="" disabled="" aria-label="Done" checked=""/> read</li>');
    expect(out).toContain('<li class="task-list-item"><input type="checkbox" readOnly="" disabled="" aria-label="Not done"/> run</li>');
  });

  it('shows raw HTML as text instead of rendering it', () => {
    const out = html('Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> <b>bold</b>');
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;b&gt;bold&lt;/b&gt;');
  });

  it('keeps only safe links, opening external ones in a new tab', () => {
    const out = html('[a](https://docs.python.org) [b](/learn) [c](javascript:alert(1)) [d](data:text/html,x) [e](mailto:a@b.c)');
    expect(out).toContain('<a href="https://docs.python.org" target="_blank" rel="noreferrer noopener">a</a>');
    expect(out).toContain('<a href="/learn">b</a>');
    expect(out).toContain('<span>c</span>');
    expect(out).toContain('<span>d</span>');
    expect(out).toContain('<a href="mailto:a@b.c">e</a>');
    expect(out).not.toContain('javascript:');
  });

  it('shows an image as its alt text, never loading it', () => {
    expect(html('![a cat](https://example.com/cat.png)')).toBe('<div class="prose-dojo "><p><span class="md-image">[image: a cat]</span></p></div>');
    expect(render(createElement(Markdown, { source: '![a cat](https://example.com/cat.png)' }), 'ja')).toContain('<span class="md-image">[画像: a cat]</span>');
  });

  it('starts headings at h3 under the page headings', () => {
    expect(html('# One\n## Two\n### Three')).toBe('<div class="prose-dojo "><h3>One</h3>\n<h3>Two</h3>\n<h4>Three</h4></div>');
  });
});

describe('InlineMarkdown', () => {
  it('renders inline code, emphasis and links without block elements', () => {
    expect(inline('Call `int(text)` **first**, see [docs](https://docs.python.org).')).toBe(
      'Call <code>int(text)</code> <strong>first</strong>, see <a href="https://docs.python.org" target="_blank" rel="noreferrer noopener">docs</a>.',
    );
    expect(inline('# not a heading')).toBe('not a heading');
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://x.org/a?b#c', 'https://x.org/a?b#c'],
    ['HTTP://X.ORG', 'HTTP://X.ORG'],
    ['mailto:a@b.c', 'mailto:a@b.c'],
    ['/practice?topic=a', '/practice?topic=a'],
    ['#section', '#section'],
    ['../x', '../x'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,x', null],
    ['vbscript:x', null],
  ])('%s → %s', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});

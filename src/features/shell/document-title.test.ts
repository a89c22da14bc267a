// @vitest-environment jsdom
import { act, createElement, type ComponentProps } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { IntlProvider } from 'use-intl';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '@/adapters/messages-en';
import { MESSAGES_JA } from '@/adapters/messages-ja';
import { PageTitle, type Words } from './PageTitle';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

function show(locale: 'en' | 'ja', title: Words = { k: 'pages.help.title' }) {
  const config = { locale, messages: locale === 'en' ? MESSAGES_EN : MESSAGES_JA, timeZone: 'UTC' } as ComponentProps<typeof IntlProvider>;
  act(() => root.render(createElement(IntlProvider, config, createElement(PageTitle, { title }))));
}

/** What Next's metadata does: a <title> element in <head>. */
function metadataTitle(text: string) {
  document.head.querySelectorAll('title').forEach((element) => element.remove());
  const element = document.createElement('title');
  element.textContent = text;
  document.head.append(element);
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => {
  metadataTitle('Help · PyDojo');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('page title', () => {
  it('shows the heading in the language and leaves the English tab title alone in English', () => {
    show('en');
    expect(container.querySelector('h1')?.textContent).toBe('Help');
    expect(document.title).toBe('Help · PyDojo');
  });

  it('puts the translated title on the tab, keeps it when the metadata arrives later, and gives the English back', async () => {
    show('ja');
    expect(container.querySelector('h1')?.textContent).toBe('ヘルプ');
    expect(document.title).toBe('ヘルプ · PyDojo');
    metadataTitle('Help · PyDojo');
    await settle();
    expect(document.title).toBe('ヘルプ · PyDojo');
    show('en');
    expect(document.title).toBe('Help · PyDojo');
  });

  it('takes words already translated, and leaves the tab alone once the page has gone', async () => {
    show('ja', 'モジュール');
    expect(document.title).toBe('モジュール · PyDojo');
    // Navigating away: the heading leaves the page before the next page's metadata arrives.
    container.remove();
    metadataTitle('Workspace · PyDojo');
    await settle();
    expect(document.title).toBe('Workspace · PyDojo');
  });
});

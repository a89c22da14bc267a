// @vitest-environment jsdom
import { act, createElement, type ComponentProps } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { IntlProvider, useTranslations } from 'use-intl';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHARED_MESSAGES_EN, type Messages } from '@/adapters/messages';
import { MESSAGES_EN } from '@/adapters/messages-en';
import { MESSAGES_JA } from '@/adapters/messages-ja';
import { PageMessages } from './PageMessages';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

function HistoryHeading() {
  const t = useTranslations('history');
  return createElement('p', null, t('kinds.submit'));
}

function SharedWords() {
  const t = useTranslations('common');
  return createElement('p', null, t('loading'));
}

function WorkspaceWords() {
  const t = useTranslations('workspace');
  return createElement('p', null, t('WorkspaceToolbar.run'));
}

function show(locale: 'en' | 'ja', messages: object) {
  const props = { english: { history: MESSAGES_EN.history, workspace: MESSAGES_EN.workspace } } as ComponentProps<typeof PageMessages>;
  const page = createElement(PageMessages, props, createElement(HistoryHeading), createElement(SharedWords), createElement(WorkspaceWords));
  const config = { locale, messages: messages as Messages, timeZone: 'UTC' } as ComponentProps<typeof IntlProvider>;
  act(() => root.render(createElement(IntlProvider, config, page)));
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('PageMessages', () => {
  it('the shell bundles only the words every page shows', () => {
    expect(Object.keys(SHARED_MESSAGES_EN).sort()).toEqual(['catalog', 'common', 'content', 'pages', 'progress', 'shell']);
    for (const namespace of Object.keys(SHARED_MESSAGES_EN)) expect(MESSAGES_EN).toHaveProperty(namespace);
  });

  it('adds the page’s English words to the shell’s shared ones', () => {
    show('en', SHARED_MESSAGES_EN);
    const [page, shared, feature] = [...container.querySelectorAll('p')].map((p) => p.textContent);
    expect(page).toBe(MESSAGES_EN.history.kinds.submit);
    expect(shared).toBe(MESSAGES_EN.common.loading);
    expect(feature).toBe(MESSAGES_EN.workspace.WorkspaceToolbar.run);
  });

  it('keeps a whole catalogue of another language as it is', () => {
    show('ja', MESSAGES_JA);
    const [page, shared, feature] = [...container.querySelectorAll('p')].map((p) => p.textContent);
    expect(feature).toBe(MESSAGES_JA.workspace.WorkspaceToolbar.run);
    expect(page).toBe(MESSAGES_JA.history.kinds.submit);
    expect(page).not.toBe(MESSAGES_EN.history.kinds.submit);
    expect(shared).toBe(MESSAGES_JA.common.loading);
  });
});

// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useLocale } from 'use-intl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettings } from '@/stores/settings';
import { I18nProvider } from './I18nProvider';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function ShowLocale() {
  return <p data-testid="locale">{useLocale()}</p>;
}

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  // The early script chose Japanese; the saved settings are not read yet.
  document.documentElement.lang = 'ja';
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  useSettings.setState({ language: 'auto' });
});

const shown = () => host.querySelector('[data-testid="locale"]')?.textContent;
// The Japanese catalogue is a dynamic import: wait for what is shown to settle on `locale`.
const shows = (locale: string) =>
  vi.waitFor(async () => {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(shown()).toBe(locale);
  }, { timeout: 5_000 });

describe('I18nProvider before the saved settings are read', () => {
  it("keeps the early script's language, then follows a language the learner picks at once", async () => {
    expect(useSettings.persist.hasHydrated()).toBe(false);
    act(() =>
      root.render(
        <I18nProvider>
          <ShowLocale />
        </I18nProvider>,
      ),
    );
    await shows('ja');
    act(() => useSettings.getState().setLanguage('en'));
    await shows('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

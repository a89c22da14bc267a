import { describe, expect, it } from 'vitest';
import { localeFromBrowser, resolveLocale } from './locale';

describe('locale', () => {
  it('follows the first browser language PyDojo has', () => {
    expect(localeFromBrowser(['ja-JP', 'en-US'])).toBe('ja');
    expect(localeFromBrowser(['fr-FR', 'JA'])).toBe('ja');
    expect(localeFromBrowser(['en-GB', 'ja'])).toBe('en');
    expect(localeFromBrowser(['de', 'fr'])).toBe('en');
    expect(localeFromBrowser([])).toBe('en');
  });

  it('a fixed choice wins over the browser', () => {
    expect(resolveLocale('en', ['ja-JP'])).toBe('en');
    expect(resolveLocale('ja', ['en-US'])).toBe('ja');
    expect(resolveLocale('auto', ['ja-JP'])).toBe('ja');
  });
});

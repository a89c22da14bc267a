// The UI's words: both catalogues complete and matching, none written outside them.
import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '@/adapters/messages-en';
import { MESSAGES_JA } from '@/adapters/messages-ja';
import { catalogue, checkCatalogues, hardcodedTextIn } from '../scripts/check-i18n';
import { THEME_SCRIPT } from '@/features/shell/theme-script';

describe('catalogues', () => {
  it('English and Japanese have the same keys, valid ICU messages and the same arguments', () => {
    expect(checkCatalogues()).toEqual([]);
  });

  it('every namespace on disk is in both bundles', () => {
    const namespaces = (language: string) => [...catalogue(language).keys()].filter((key) => key.endsWith('.')).map((key) => key.slice(0, -1));
    expect(Object.keys(MESSAGES_EN).sort()).toEqual(namespaces('en').sort());
    expect(Object.keys(MESSAGES_JA).sort()).toEqual(namespaces('ja').sort());
  });

  it('the Japanese catalogue is Japanese', () => {
    const ja = [...catalogue('ja').entries()].filter(([key]) => !key.endsWith('.'));
    const japanese = ja.filter(([, message]) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(message));
    // Some messages are only a code word or a symbol; nearly all are Japanese.
    expect(japanese.length / ja.length).toBeGreaterThan(0.9);
  });
});

describe('components', () => {
  it('write no UI text outside the catalogues', () => {
    expect(hardcodedTextIn(['src'])).toEqual([]);
  });

  it('the checker finds text, text attributes and rendered literals, and lets code and decorations pass', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'i18n-'));
    const file = path.join(dir, 'Sample.tsx');
    writeFileSync(
      file,
      [
        'export const A = () => <p>Hello there</p>;',
        'export const B = () => <button aria-label="Close">×</button>;',
        "export const C = ({ ok }: { ok: boolean }) => <span>{ok ? 'Passed' : 'Failed'}</span>;",
        'export const D = () => <code>print("hi")</code>;',
        'export const E = () => <span aria-hidden="true">文A</span>;',
        'export const F = () => <p>{42} · PyDojo</p>;',
      ].join('\n'),
    );
    const found = hardcodedTextIn([file]).map((line) => line.replace(/^.*Sample\.tsx:/, ''));
    expect(found).toEqual(['1: "Hello there"', '2: "Close"', '3: "Passed Failed"']);
  });
});

describe('the early language script', () => {
  function runScript(stored: unknown, languages: string[]) {
    const classes = new Set<string>();
    const html = {
      lang: 'en',
      classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)), add: (name: string) => classes.add(name), remove: (name: string) => classes.delete(name) },
    };
    const scope = {
      document: { documentElement: html },
      localStorage: { getItem: () => (stored === undefined ? null : JSON.stringify(stored)) },
      navigator: { languages, language: languages[0] },
      matchMedia: () => ({ matches: false }),
      setTimeout: () => 0,
    };
    new Function(...Object.keys(scope), THEME_SCRIPT)(...Object.values(scope));
    return { lang: html.lang, pending: classes.has('i18n-pending') };
  }

  it('follows the browser, or the saved choice, as resolveLocale does', () => {
    expect(runScript(undefined, ['ja-JP', 'en'])).toEqual({ lang: 'ja', pending: true });
    expect(runScript(undefined, ['en-US'])).toEqual({ lang: 'en', pending: false });
    expect(runScript({ state: { language: 'en' } }, ['ja-JP'])).toEqual({ lang: 'en', pending: false });
    expect(runScript({ state: { language: 'ja' } }, ['en-US'])).toEqual({ lang: 'ja', pending: true });
    expect(runScript({ state: { language: 'auto' } }, ['fr', 'ja'])).toEqual({ lang: 'ja', pending: true });
  });
});

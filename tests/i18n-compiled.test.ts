// The browser formats messages compiled at build time (scripts/messages-loader.cjs,
// icu-minify) with use-intl's small formatter; tests and scripts format the JSON as
// written with the full ICU formatter. Every message must read the same both ways.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import compile from 'icu-minify/compile';
import format from 'icu-minify/format';
import { IntlMessageFormat } from 'intl-messageformat';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nextConfig from '../next.config';
import { catalogue } from '../scripts/check-i18n';

type Values = Record<string, unknown>;

/** Values for every argument of a message: each plural as `count`, each select on its first case. */
function valuesFor(elements: MessageFormatElement[], count: number, values: Values = {}): Values {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        values[element.value] ??= `‹${element.value}›`;
        break;
      case TYPE.number:
        values[element.value] ??= 1234.5;
        break;
      case TYPE.date:
      case TYPE.time:
        values[element.value] ??= new Date(Date.UTC(2026, 11, 6, 12, 30));
        break;
      case TYPE.select: {
        const first = Object.keys(element.options).find((key) => key !== 'other') ?? 'other';
        values[element.value] ??= first;
        for (const option of Object.values(element.options)) valuesFor(option.value, count, values);
        break;
      }
      case TYPE.plural:
        values[element.value] ??= count;
        for (const option of Object.values(element.options)) valuesFor(option.value, count, values);
        break;
      case TYPE.tag:
        values[element.value] ??= (chunks: unknown[]) => `<${element.value}>${chunks.join('')}</${element.value}>`;
        valuesFor(element.children, count, values);
        break;
      default:
        break;
    }
  }
  return values;
}

const FORMATTERS = {
  formatters: {
    getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
    getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
    getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
  },
};

const flat = (output: unknown): string => (Array.isArray(output) ? output.map(flat).join('') : String(output));

describe('messages compiled for the browser', () => {
  it('the build compiles data/messages and aliases the formatter to the one that reads compiled messages', () => {
    const formatOnly = createRequire(import.meta.url).resolve('use-intl/format-message/format-only');
    const alias = nextConfig.turbopack?.resolveAlias?.['use-intl/format-message'];
    expect(typeof alias === 'string' && path.resolve(import.meta.dirname, '..', alias)).toBe(formatOnly);
    const rule = nextConfig.turbopack?.rules?.['*.json'] as { loaders: string[]; condition: { path: RegExp } };
    expect(rule.loaders).toEqual(['./scripts/messages-loader.cjs']);
    expect(rule.condition.path.test(path.join(import.meta.dirname, '../data/messages/ja/lessons.json'))).toBe(true);
    expect(rule.condition.path.test(path.join(import.meta.dirname, '../data/bank/lists.json'))).toBe(false);
  });

  for (const language of ['en', 'ja'] as const) {
    it(`read the same as the ICU text in ${language}, for every message, plural and select`, () => {
      const differences: string[] = [];
      let checked = 0;
      for (const [key, message] of catalogue(language)) {
        if (key.endsWith('.')) continue;
        const compiled = compile(message);
        for (const count of [0, 1, 2, 5]) {
          const values = valuesFor(parse(message), count);
          const expected = flat(new IntlMessageFormat(message, language).format(values as never));
          const actual = flat(format(compiled, language, values as never, FORMATTERS));
          checked++;
          if (actual !== expected) differences.push(`${key} (${count}): ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
        }
      }
      expect(checked).toBeGreaterThan(4_000);
      expect(differences).toEqual([]);
    });
  }
});

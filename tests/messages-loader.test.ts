// The build compiles the UI's words (scripts/messages-loader.cjs) and pages
// format them with use-intl's format-only formatter. Every message of both
// catalogues must come out exactly as the full ICU formatter (what tests and
// scripts use) writes it, for every branch of its plurals and selects.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { _createCache, _createIntlFormatters } from 'use-intl/core';
import formatFull from 'use-intl/format-message';
import formatCompiled from 'use-intl/format-message/format-only';

const require = createRequire(import.meta.url);
const messagesLoader = require('../scripts/messages-loader.cjs') as (this: LoaderContext, source: string) => void;
type LoaderContext = { resourcePath: string; async(): (error: Error | null, output?: string) => void };

const MESSAGES_DIR = path.join(import.meta.dirname, '..', 'data', 'messages');

function runLoader(resourcePath: string, source: string): Promise<string> {
  return new Promise((resolve, reject) => {
    messagesLoader.call({ resourcePath, async: () => (error, output) => (error ? reject(error) : resolve(output ?? '')) }, source);
  });
}

/** The module the loader writes is `export default JSON.parse("…")`: read its value back. */
function exported(moduleSource: string): unknown {
  const match = /^export default JSON\.parse\((".*")\);$/s.exec(moduleSource);
  if (!match) throw new Error(`unexpected loader output: ${moduleSource.slice(0, 80)}`);
  return JSON.parse(JSON.parse(match[1]) as string);
}

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

function at(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
}

/** Value sets that visit every branch of a message: each plural count and select option. */
function sampleValues(elements: MessageFormatElement[]): Array<Record<string, unknown>> {
  const choices = new Map<string, unknown[]>();
  const visit = (nodes: MessageFormatElement[]) => {
    for (const node of nodes) {
      if (node.type === TYPE.argument) choices.set(node.value, choices.get(node.value) ?? ['Ada']);
      if (node.type === TYPE.number) choices.set(node.value, [1234.5]);
      if (node.type === TYPE.date || node.type === TYPE.time) choices.set(node.value, [new Date(Date.UTC(2026, 0, 2, 3, 4))]);
      if (node.type === TYPE.plural) choices.set(node.value, [0, 1, 2, 5, 21]);
      if (node.type === TYPE.select) choices.set(node.value, [...Object.keys(node.options), 'something-else']);
      if (node.type === TYPE.tag) choices.set(node.value, [(chunks: unknown[]) => `<${node.value}>${chunks.join('')}</${node.value}>`]);
      if (node.type === TYPE.plural || node.type === TYPE.select) for (const option of Object.values(node.options)) visit(option.value);
      if (node.type === TYPE.tag) visit(node.children);
    }
  };
  visit(elements);
  const sets: Array<Record<string, unknown>> = [{}];
  for (const [name, values] of choices) {
    // Vary one argument at a time around the first choice of every other.
    const base = sets[0];
    base[name] = values[0];
    for (const value of values.slice(1)) sets.push({ ...base, [name]: value });
  }
  for (const set of sets) for (const [name, values] of choices) if (!(name in set)) set[name] = values[0];
  return sets;
}

const options = (locale: string) => {
  const cache = _createCache();
  return { cache, formatters: _createIntlFormatters(cache), locale, timeZone: 'UTC', formats: undefined, globalFormats: undefined };
};

describe('compiled messages', () => {
  for (const locale of readdirSync(MESSAGES_DIR).sort()) {
    it(`${locale}: every message formats as the full ICU formatter writes it`, async () => {
      let compared = 0;
      for (const file of readdirSync(path.join(MESSAGES_DIR, locale)).filter((name) => name.endsWith('.json'))) {
        const resourcePath = path.join(MESSAGES_DIR, locale, file);
        const source = readFileSync(resourcePath, 'utf8');
        const compiled = exported(await runLoader(resourcePath, source));
        for (const [key, message] of leaves(JSON.parse(source) as Tree)) {
          for (const values of sampleValues(parse(message, { ignoreTag: false }))) {
            const label = `${locale}/${file} ${key} with ${JSON.stringify(values)}`;
            const full = formatFull(key, message, values as never, options(locale));
            const fast = formatCompiled(key, at(compiled, key) as never, values as never, options(locale));
            expect(joined(fast), label).toBe(joined(full));
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(500);
    });
  }

  it('leaves other JSON files as they are', async () => {
    const output = await runLoader('/app/data/lessons/basics/x.json', '{"text": "{not a message"}');
    expect(exported(output)).toEqual({ text: '{not a message' });
  });

  it('names the file and key of a broken message', async () => {
    await expect(runLoader('/app/data/messages/en/broken.json', '{"a": {"b": "Hello {name"}}')).rejects.toThrow(/broken\.json\.a\.b: not a valid ICU message/);
  });
});

/** Rich messages come back as arrays of parts; compare their text. */
function joined(value: unknown): string {
  return Array.isArray(value) ? value.map(joined).join('') : String(value);
}

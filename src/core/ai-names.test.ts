import { describe, expect, it } from 'vitest';
import { asGeminiKey, isModelName, isModelSetting } from './ai-names';
import { GeminiKey, ModelName, ModelSetting } from './schemas/ai-model';

const KEY = `AIza${'x'.repeat(35)}`;
const TEXTS = [
  KEY,
  `  ${KEY}\n`,
  'abc/def+ghi=',
  'abc/def+ghi==',
  'short',
  'sevenxx',
  'eightxxx',
  'x'.repeat(200),
  'x'.repeat(201),
  ` ${'x'.repeat(200)} `,
  'has space inside',
  '{bad json',
  '"quoted"',
  'a=b=c=d=e',
  '',
  '   ',
  'auto',
  'gemini-3.5-flash',
  'gemini-flash-latest',
  'gemma-3-27b-it',
  'gemini-',
  'Gemini-3.5-flash',
  'gemini-3.5-flash/../x',
  'models/gemini-3.5-flash',
  `gemini-${'a'.repeat(61)}`,
  `gemini-${'a'.repeat(62)}`,
];

describe('the plain checks agree with the schemas built from them', () => {
  it.each(TEXTS)('%j', (text) => {
    const key = GeminiKey.safeParse(text);
    expect(asGeminiKey(text)).toBe(key.success ? key.data : null);
    expect(isModelName(text)).toBe(ModelName.safeParse(text).success);
    expect(isModelSetting(text)).toBe(ModelSetting.safeParse(text).success);
  });

  it('turn away what is not text', () => {
    for (const value of [null, undefined, 42, {}, ['gemini-3.5-flash']]) {
      expect(asGeminiKey(value)).toBeNull();
      expect(isModelName(value)).toBe(false);
      expect(isModelSetting(value)).toBe(false);
    }
  });
});

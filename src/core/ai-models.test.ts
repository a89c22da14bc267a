import { describe, expect, it } from 'vitest';
import { defaultChoice, generationOf, isOfferedModel, migrateChoice, modelsFor, rankModels, temperatureFor, withoutModels } from './ai-models';

const TEXT = ['generateContent', 'countTokens'];

describe('which models are offered', () => {
  it('offers Gemini text models, including -latest aliases and previews', () => {
    for (const name of ['gemini-3.5-flash', 'gemini-2.5-flash-lite', 'gemini-flash-latest', 'gemini-3-flash-preview', 'gemini-3.1-pro-preview', 'gemini-2.5-flash-001']) {
      expect(isOfferedModel(name, TEXT), name).toBe(true);
    }
  });

  it('leaves out speech, image, embedding, live, agent and media models, Gemma, and models without generateContent', () => {
    const out: Array<[string, string[]]> = [
      ['gemini-2.5-flash-preview-tts', TEXT],
      ['gemini-2.5-flash-image', [...TEXT, 'batchGenerateContent']],
      ['gemini-2.0-flash-preview-image-generation', TEXT],
      ['gemini-embedding-001', ['embedContent', 'countTokens']],
      ['text-embedding-004', ['embedContent']],
      ['gemini-2.5-flash-native-audio-latest', ['countTokens', 'bidiGenerateContent']],
      ['gemini-live-2.5-flash-preview', TEXT],
      ['gemini-2.5-computer-use-preview-10-2025', TEXT],
      ['gemini-robotics-er-1.5-preview', TEXT],
      ['gemma-3-27b-it', TEXT],
      ['imagen-4.0-generate-001', ['predict']],
      ['veo-3.0-generate-001', ['predictLongRunning']],
      ['aqa', ['generateAnswer']],
      ['gemini-3.5-flash', ['countTokens']],
    ];
    for (const [name, methods] of out) expect(isOfferedModel(name, methods), name).toBe(false);
  });
});

describe('the automatic choice', () => {
  const listed = [
    'gemini-2.5-pro',
    'gemini-2.5-flash',
    'gemini-flash-lite-latest',
    'gemini-3-flash-preview',
    'gemini-3.5-flash-lite',
    'gemini-flash-latest',
    'gemini-2.5-flash-lite',
    'gemini-3.5-flash',
    'gemini-pro-latest',
    'gemini-3.1-pro-preview',
  ];

  it('ranks the newest stable Flash first, then the newest stable Flash-Lite, then the -latest aliases', () => {
    expect(rankModels(listed)).toEqual([
      'gemini-3.5-flash',
      'gemini-3.5-flash-lite',
      'gemini-flash-latest',
      'gemini-flash-lite-latest',
      'gemini-2.5-flash',
      'gemini-2.5-flash-lite',
      'gemini-3-flash-preview',
      'gemini-3.1-pro-preview',
      'gemini-2.5-pro',
      'gemini-pro-latest',
    ]);
    expect(defaultChoice(listed)).toEqual({ model: 'gemini-3.5-flash', fallbacks: ['gemini-3.5-flash-lite', 'gemini-flash-latest'] });
  });

  it('moves on with the list: a newer stable Flash wins, a preview never beats a stable one', () => {
    expect(defaultChoice([...listed, 'gemini-4-flash'])?.model).toBe('gemini-4-flash');
    expect(defaultChoice([...listed, 'gemini-4-flash-preview'])?.model).toBe('gemini-3.5-flash');
  });

  it('falls back to whatever the key has when it has no stable Flash', () => {
    expect(defaultChoice(['gemini-flash-latest', 'gemini-2.5-pro'])).toEqual({ model: 'gemini-flash-latest', fallbacks: ['gemini-2.5-pro'] });
    expect(defaultChoice(['gemini-3-flash-preview'])).toEqual({ model: 'gemini-3-flash-preview', fallbacks: [] });
    expect(defaultChoice([])).toBeNull();
  });

  it('asks the saved models as saved, or the ranking for auto', () => {
    expect(modelsFor({ model: 'gemini-2.5-pro', fallbacks: ['gemini-2.5-flash', 'gemini-2.5-pro'] }, null)).toEqual(['gemini-2.5-pro', 'gemini-2.5-flash']);
    expect(modelsFor({ model: 'auto', fallbacks: [] }, listed)).toEqual(['gemini-3.5-flash', 'gemini-3.5-flash-lite', 'gemini-flash-latest']);
    expect(modelsFor({ model: 'auto', fallbacks: [] }, null)).toEqual([]);
  });
});

describe('saved choices and retired models', () => {
  it('keeps a choice the key still lists, and returns to automatic when the chosen model is gone', () => {
    expect(migrateChoice({ model: 'gemini-2.5-pro', fallbacks: ['gemini-2.5-flash'] }, ['gemini-2.5-pro', 'gemini-2.5-flash'])).toEqual({
      model: 'gemini-2.5-pro',
      fallbacks: ['gemini-2.5-flash'],
      dropped: [],
    });
    expect(migrateChoice({ model: 'gemini-2.0-flash', fallbacks: ['gemini-2.0-flash-lite'] }, ['gemini-3.5-flash'])).toEqual({
      model: 'auto',
      fallbacks: [],
      dropped: ['gemini-2.0-flash', 'gemini-2.0-flash-lite'],
    });
    expect(migrateChoice({ model: 'auto', fallbacks: [] }, ['gemini-3.5-flash']).dropped).toEqual([]);
    expect(withoutModels({ model: 'gemini-2.5-pro', fallbacks: ['gemini-2.0-flash'] }, ['gemini-2.0-flash'])).toEqual({
      model: 'gemini-2.5-pro',
      fallbacks: [],
      dropped: ['gemini-2.0-flash'],
    });
  });
});

describe('temperature', () => {
  it('is never sent to Gemini 3 or later, nor to aliases whose generation is unknown', () => {
    for (const task of ['question', 'review', 'explain', 'optimize', 'hint', 'tutor', 'repair'] as const) {
      expect(temperatureFor('gemini-3.5-flash', task)).toBeUndefined();
      expect(temperatureFor('gemini-3-flash-preview', task)).toBeUndefined();
      expect(temperatureFor('gemini-flash-latest', task)).toBeUndefined();
    }
    expect(generationOf('gemini-3.1-pro-preview')).toBe(3.1);
  });

  it('steadies review, optimisation and repair on Gemini 2.x, and leaves questions, hints and chat at the default', () => {
    expect(temperatureFor('gemini-2.5-flash', 'review')).toBe(0.4);
    expect(temperatureFor('gemini-2.5-flash', 'repair')).toBe(0.2);
    expect(temperatureFor('gemini-2.5-flash', 'question')).toBeUndefined();
    expect(temperatureFor('gemini-2.5-flash', 'tutor')).toBeUndefined();
  });
});

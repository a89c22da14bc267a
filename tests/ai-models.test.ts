// @vitest-environment node
/**
 * Which models the routes offer and ask, through the real handlers and SDK
 * against the fake Gemini: the key's own model list decides the default,
 * retired ids (404) are replaced, and each answer names its model.
 */
import { describe, expect, it } from 'vitest';
import { POST as testConnection } from '@/app/api/ai/test-connection/route';
import { POST as generateQuestion } from '@/app/api/ai/generate-question/route';
import { POST as getHints } from '@/app/api/ai/get-hints/route';
import { POST as evaluateCode } from '@/app/api/ai/evaluate-code/route';
import { POST as tutor } from '@/app/api/ai/tutor/route';
import { code, configOf, generated, listModels, newKey, post, problem, question, readStream, results, sent, textOf, withFakeGemini } from './ai-helpers';

withFakeGemini();

const auto = { model: 'auto', fallbacks: [] };

describe('test-connection', () => {
  it('offers only text models that take a system instruction, best first', async () => {
    const res = await testConnection(post('test-connection', {}, newKey()));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data.models.map((m: { name: string }) => m.name)).toEqual([
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
    // Gemma, speech, image, embedding, audio, agent and media models were listed and left out.
    expect(body.data.listed).toBe(23);
    expect(body.data.models[0]).toMatchObject({ displayName: 'Gemini 3.5 Flash', inputTokenLimit: 1_048_576, outputTokenLimit: 65_536 });
  });

  it('reads every page of a long model list', async () => {
    const key = newKey();
    const many = Array.from({ length: 130 }, (_, i) => `gemini-3.5-flash-exp-${i}`);
    await listModels(key, ['gemini-3.5-flash', ...many]);
    const body = await (await testConnection(post('test-connection', {}, key))).json();
    expect(body.data.listed).toBe(131);
    expect(body.data.models[0].name).toBe('gemini-3.5-flash');
    const pages = (await sent(key)).map((r) => r.path);
    expect(pages).toEqual(['/v1beta/models', '/v1beta/models']);
  });
});

describe('the automatic model', () => {
  it('asks the newest stable Flash the key lists, after reading the list', async () => {
    const key = newKey();
    const res = await evaluateCode(post('evaluate-code', { ...auto, problem, code, results }, key));
    expect(res.status).toBe(200);
    expect((await res.json()).usage.model).toBe('gemini-3.5-flash');
    expect((await sent(key)).map((r) => r.model)).toEqual([null, 'gemini-3.5-flash']);
  });

  it('follows the key’s own list: without 3.5, its 2.5 Flash', async () => {
    const key = newKey();
    await listModels(key, ['gemma-3-27b-it', 'gemini-2.5-flash-lite', 'gemini-2.5-flash', 'gemini-2.5-flash-preview-tts']);
    const events = await readStream(await getHints(post('get-hints', { ...auto, problem, code, results, rung: 1 }, key)));
    expect(events.at(-1)).toMatchObject({ type: 'done', usage: { model: 'gemini-2.5-flash' } });
  });

  it('says so when the key lists no usable text model', async () => {
    const key = newKey();
    await listModels(key, ['gemma-3-27b-it', 'text-embedding-004']);
    const res = await evaluateCode(post('evaluate-code', { ...auto, problem, code, results }, key));
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({ code: 'model_unavailable', message: expect.stringMatching(/lists no Gemini text model/) });
  });
});

describe('retired models', () => {
  it('replaces saved ids that answer 404 with the key’s automatic pick, and names them', async () => {
    const key = newKey();
    const res = await generateQuestion(post('generate-question', { model: 'gemini-2.0-flash', fallbacks: ['gemini-2.0-flash-lite'], ...question }, key));
    expect(res.status).toBe(200);
    const { usage } = await res.json();
    expect(usage.model).toBe('gemini-3.5-flash');
    expect(usage.unavailable).toEqual(['gemini-2.0-flash', 'gemini-2.0-flash-lite']);
    expect(usage.steps.map((s: { model: string; outcome: string }) => `${s.model} ${s.outcome}`)).toEqual([
      'gemini-2.0-flash model_unavailable',
      'gemini-2.0-flash-lite model_unavailable',
      'gemini-3.5-flash ok',
    ]);
    expect((await sent(key)).map((r) => r.model)).toEqual(['gemini-2.0-flash', 'gemini-2.0-flash-lite', null, 'gemini-3.5-flash']);
  });

  it('uses a saved fallback that still exists before reading the list', async () => {
    const key = newKey();
    const res = await evaluateCode(post('evaluate-code', { model: 'gemini-2.0-flash', fallbacks: ['gemini-2.5-pro'], problem, code, results }, key));
    const { usage } = await res.json();
    expect(usage).toMatchObject({ model: 'gemini-2.5-pro', unavailable: ['gemini-2.0-flash'] });
    expect((await sent(key)).map((r) => r.model)).toEqual(['gemini-2.0-flash', 'gemini-2.5-pro']);
  });
});

describe('models that cannot take PyDojo’s prompts', () => {
  it('folds the system prompt into the first turn for a saved Gemma id', async () => {
    const key = newKey();
    const res = await tutor(post('tutor', { model: 'gemma-3-27b-it', problem, code, messages: [{ role: 'user', text: 'What is %?' }] }, key));
    expect(textOf(await readStream(res))).toMatch(/smallest possible input/);
    const [request] = await generated(key);
    const body = request.body as { systemInstruction?: unknown; contents: Array<{ parts: Array<{ text: string }> }> };
    expect(body.systemInstruction).toBeUndefined();
    expect(body.contents[0].parts[0].text).toMatch(/^PyDojo task: tutor[\s\S]*What is %\?$/);
  });

  it('moves on from a model that refuses JSON or text output to the automatic pick', async () => {
    for (const model of ['gemma-3-27b-it', 'gemini-2.5-flash-preview-tts']) {
      const key = newKey();
      const res = await evaluateCode(post('evaluate-code', { model, problem, code, results }, key));
      expect(res.status, model).toBe(200);
      expect((await res.json()).usage).toMatchObject({ model: 'gemini-3.5-flash', steps: [{ model, outcome: 'bad_request' }, { outcome: 'ok' }] });
    }
  });
});

describe('temperature', () => {
  it('is left out for Gemini 3 and aliases, sent to 2.5 only for steadier tasks', async () => {
    const asks: Array<[string, string, number | undefined]> = [];
    for (const model of ['gemini-3.5-flash', 'gemini-flash-latest', 'gemini-2.5-flash']) {
      const key = newKey();
      await evaluateCode(post('evaluate-code', { model, problem, code, results }, key));
      await readStream(await getHints(post('get-hints', { model, problem, code, rung: 1 }, key)));
      await generateQuestion(post('generate-question', { model, ...question }, key));
      for (const r of await generated(key)) asks.push([model, r.task ?? '', configOf(r).temperature]);
    }
    expect(asks).toEqual([
      ['gemini-3.5-flash', 'evaluate-code', undefined],
      ['gemini-3.5-flash', 'get-hints', undefined],
      ['gemini-3.5-flash', 'generate-question', undefined],
      ['gemini-flash-latest', 'evaluate-code', undefined],
      ['gemini-flash-latest', 'get-hints', undefined],
      ['gemini-flash-latest', 'generate-question', undefined],
      ['gemini-2.5-flash', 'evaluate-code', 0.4],
      ['gemini-2.5-flash', 'get-hints', undefined],
      ['gemini-2.5-flash', 'generate-question', undefined],
    ]);
  });
});

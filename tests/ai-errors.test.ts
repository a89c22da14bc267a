// @vitest-environment node
/**
 * Errors that say what happened, through the real handlers and SDK against
 * the fake Gemini: the most useful failure across models, 403 reasons told
 * apart, quota kinds and retry times (also from errors inside a stream),
 * timeouts never repeated on the same model, and cut-off streams.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { POST as testConnection } from '@/app/api/ai/test-connection/route';
import { POST as getHints } from '@/app/api/ai/get-hints/route';
import { POST as evaluateCode } from '@/app/api/ai/evaluate-code/route';
import { POST as tutor } from '@/app/api/ai/tutor/route';
import { code, generated, listModels, newKey, post, problem, readStream, results, script, sent, textOf, withFakeGemini, type Step } from './ai-helpers';

withFakeGemini();
afterEach(() => {
  delete process.env.GEMINI_TIMEOUT_MS;
});

const models = { model: 'gemini-3.5-flash', fallbacks: ['gemini-3.5-flash-lite'] };
const review = (key: string, choice: object = models) => evaluateCode(post('evaluate-code', { ...choice, problem, code, results }, key));
const hint = (key: string, choice: object = models) => getHints(post('get-hints', { ...choice, problem, code, results, rung: 1 }, key));

describe('the most useful error across models', () => {
  it('keeps a 429 and its retry time over a later model’s 404', async () => {
    const key = newKey();
    await listModels(key, ['gemini-3.5-flash']);
    await script(key, [{ error: 'rate-limit', retryDelay: 37 }]);
    const res = await review(key, { model: 'gemini-3.5-flash', fallbacks: ['gemini-2.0-flash'] });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('37');
    const { error } = await res.json();
    expect(error).toMatchObject({ code: 'rate_limited', retryAfter: 37, quotaKind: 'per-minute', unavailable: ['gemini-2.0-flash'] });
    expect(error.message).toMatch(/retry in 37 s/);
  });

  it('reports a rate limit with retry-after when every model is limited', async () => {
    const key = newKey();
    await script(key, [{ error: 'rate-limit', retryDelay: 30 }, { error: 'rate-limit', retryDelay: 30 }]);
    const res = await review(key);
    expect(res.status).toBe(429);
    expect((await res.json()).error).toMatchObject({ code: 'rate_limited', retryAfter: 30 });
  });
});

describe('quota kinds', () => {
  it.each<[Step['error'], string, string, RegExp]>([
    ['quota', 'quota', 'per-day', /daily Gemini quota/],
    ['no-free-tier', 'quota', 'no-free-tier', /limit 0/],
    ['tokens', 'rate_limited', 'tokens-per-minute', /tokens this key may send per minute/],
  ])('tells %s apart', async (kind, code, quotaKind, message) => {
    const key = newKey();
    await script(key, [{ error: kind }, { error: kind }]);
    const res = await review(key);
    expect(res.status).toBe(429);
    expect((await res.json()).error).toMatchObject({ code, quotaKind, message: expect.stringMatching(message) });
  });
});

describe('403 reasons', () => {
  it('tells an API that is switched off from a key that is not valid, and stops at once', async () => {
    const disabled = await testConnection(post('test-connection', {}, newKey('disabled')));
    expect(disabled.status).toBe(403);
    expect((await disabled.json()).error).toMatchObject({ code: 'service_disabled', message: expect.stringMatching(/switched off in this key's Google Cloud project/) });

    const key = newKey('disabled');
    const res = await review(key);
    expect((await res.json()).error.code).toBe('service_disabled');
    expect(await generated(key)).toHaveLength(1);

    const invalid = await testConnection(post('test-connection', {}, newKey('invalid')));
    expect((await invalid.json()).error).toMatchObject({ code: 'invalid_key', message: expect.stringMatching(/did not accept this API key/) });
  });

  it.each<[Step['error'], RegExp]>([
    ['leaked', /reported this key as leaked/],
    ['restricted', /restricted to other Google APIs/],
  ])('gives a %s key its own message and tries no other model', async (kind, message) => {
    const key = newKey();
    await script(key, [{ error: kind }]);
    const res = await review(key);
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatchObject({ code: 'permission_denied', message: expect.stringMatching(message) });
    expect(await generated(key)).toHaveLength(1);
  });

  it('moves on from a model this key may not use', async () => {
    const key = newKey();
    await script(key, [{ model: 'gemini-3.5-flash', error: 'permission-denied' }]);
    const res = await review(key);
    expect(res.status).toBe(200);
    expect((await res.json()).usage.model).toBe('gemini-3.5-flash-lite');
  });
});

describe('errors inside a stream', () => {
  it('keeps the retry time and quota kind of a rate limit that arrives mid-stream', async () => {
    const key = newKey();
    await script(key, [{ chunks: ['Look ', 'at '], streamError: 'rate-limit', retryDelay: 12 }]);
    const events = await readStream(await hint(key));
    expect(textOf(events)).toBe('Look at ');
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { code: 'rate_limited', retryAfter: 12, quotaKind: 'per-minute' } });
  });

  it('reads a daily quota mid-stream as a quota', async () => {
    const key = newKey();
    await script(key, [{ chunks: ['One ', 'two '], streamError: 'quota' }]);
    const events = await readStream(await tutor(post('tutor', { ...models, problem, code, messages: [{ role: 'user', text: 'hi' }] }, key)));
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { code: 'quota', quotaKind: 'per-day', retryAfter: 3_600 } });
  });

  it('falls back to the next model when the stream fails before its first piece', async () => {
    const key = newKey();
    await script(key, [{ model: 'gemini-3.5-flash', error: 'quota' }]);
    const events = await readStream(await hint(key));
    expect(events.at(-1)).toMatchObject({ type: 'done', usage: { model: 'gemini-3.5-flash-lite' } });
  });
});

describe('cut-off streams', () => {
  it.each(['MAX_TOKENS', 'RECITATION', 'SAFETY'])('marks a stream that finished with %s as cut off', async (finishReason) => {
    const key = newKey();
    await script(key, [{ chunks: ['The loop ', 'visits every '], finishReason }]);
    const events = await readStream(await hint(key));
    expect(textOf(events)).toBe('The loop visits every ');
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { code: 'truncated', finishReason, message: expect.stringMatching(/^The answer was cut off/) } });
  });

  it('finishes normally with STOP', async () => {
    const key = newKey();
    await script(key, [{ chunks: ['Done.'] }]);
    expect((await readStream(await hint(key))).at(-1)?.type).toBe('done');
  });
});

describe('timeouts', () => {
  it('never asks the same model again after a timeout: the next model answers', async () => {
    process.env.GEMINI_TIMEOUT_MS = '400';
    const key = newKey();
    await script(key, [{ model: 'gemini-3.5-flash', delayMs: 1_500 }]);
    const res = await review(key);
    expect(res.status).toBe(200);
    const { usage } = await res.json();
    expect(usage.steps.map((s: { model: string; outcome: string }) => `${s.model} ${s.outcome}`)).toEqual(['gemini-3.5-flash timeout', 'gemini-3.5-flash-lite ok']);
    expect((await sent(key)).map((r) => r.model)).toEqual(['gemini-3.5-flash', 'gemini-3.5-flash-lite']);
  });

  it('reports a timeout as such when the only model times out, after one request', async () => {
    process.env.GEMINI_TIMEOUT_MS = '400';
    const key = newKey();
    await script(key, [{ delayMs: 1_500 }]);
    const res = await review(key, { model: 'gemini-3.5-flash' });
    expect(res.status).toBe(504);
    expect((await res.json()).error.code).toBe('timeout');
    expect(await sent(key)).toHaveLength(1);
  });

  it('reads a 504 DEADLINE_EXCEEDED as a timeout and does not repeat it', async () => {
    const key = newKey();
    await script(key, [{ error: 'deadline' }]);
    const res = await review(key);
    expect(res.status).toBe(200);
    expect((await sent(key)).map((r) => r.model)).toEqual(['gemini-3.5-flash', 'gemini-3.5-flash-lite']);
  });
});

import { describe, expect, it } from 'vitest';
import { classifyUpstream, cutOff, failure, moreUseful, parseErrorText, shouldFallBack } from './errors';

const body = (code: number, status: string, message: string, details: unknown[] = []) => JSON.stringify({ error: { code, status, message, details } });

describe('reading Gemini error text', () => {
  it('reads the body inside a stream error as the SDK throws it', () => {
    const inner = { error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'quota', details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '7s' }] } };
    const text = `got status: RESOURCE_EXHAUSTED. ${JSON.stringify(inner)}`;
    expect(parseErrorText(text)).toEqual(inner);
    expect(classifyUpstream(429, text).toJSON()).toMatchObject({ code: 'rate_limited', retryAfter: 7 });
    expect(parseErrorText('got status: INTERNAL. {not json')).toEqual({});
    expect(parseErrorText('<html>Bad gateway</html>')).toEqual({});
  });

  it('takes the retry time from the message when there is no RetryInfo', () => {
    const message = 'You exceeded your current quota.\n* Quota exceeded for metric: x, limit: 10, model: m\nPlease retry in 45.578569677s.';
    expect(classifyUpstream(429, body(429, 'RESOURCE_EXHAUSTED', message)).retryAfter).toBe(45.6);
    const bare = classifyUpstream(429, body(429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).'));
    expect(bare.toJSON()).toEqual({ code: 'rate_limited', quotaKind: 'unknown', message: 'Gemini is rate limiting this key. Wait a moment and try again.' });
  });

  it('tells 403 reasons apart; only a model-level refusal lets another model try', () => {
    const disabled = classifyUpstream(403, body(403, 'PERMISSION_DENIED', 'Generative Language API has not been used in project 1 before or it is disabled.', [{ reason: 'SERVICE_DISABLED' }]));
    const leaked = classifyUpstream(403, body(403, 'PERMISSION_DENIED', 'Your API key was reported as leaked. Please use another API key.'));
    const referrer = classifyUpstream(403, body(403, 'PERMISSION_DENIED', 'Requests from referer <empty> are blocked.', [{ reason: 'API_KEY_HTTP_REFERRER_BLOCKED' }]));
    const suspended = classifyUpstream(403, body(403, 'PERMISSION_DENIED', 'Your project has been denied access. Please contact support.'));
    const model = classifyUpstream(403, body(403, 'PERMISSION_DENIED', 'You do not have permission to access model models/x.'));
    expect([disabled, leaked, referrer, suspended, model].map((f) => f.code)).toEqual(['service_disabled', 'permission_denied', 'permission_denied', 'permission_denied', 'permission_denied']);
    expect(new Set([disabled, leaked, referrer, suspended, model].map((f) => f.message)).size).toBe(5);
    expect([disabled, leaked, referrer, suspended, model].map(shouldFallBack)).toEqual([false, false, false, false, true]);
    expect(classifyUpstream(400, body(400, 'INVALID_ARGUMENT', 'API key expired. Please renew the API key.', [{ reason: 'API_KEY_INVALID' }])).code).toBe('invalid_key');
  });

  it('names 400s that another request or model can get past', () => {
    const schema = classifyUpstream(400, body(400, 'INVALID_ARGUMENT', 'The specified schema produces a constraint that has too many states for serving.'));
    expect(schema).toMatchObject({ code: 'bad_request', hint: 'schema' });
    expect(classifyUpstream(400, body(400, 'INVALID_ARGUMENT', 'Developer instruction is not enabled for models/gemma-3-27b-it'))).toMatchObject({ hint: 'unsupported' });
    expect(classifyUpstream(400, body(400, 'FAILED_PRECONDITION', 'User location is not supported for the API use.')).message).toMatch(/region/);
    expect(classifyUpstream(400, body(400, 'INVALID_ARGUMENT', 'The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).')).code).toBe('too_large');
    expect(classifyUpstream(404, body(404, 'NOT_FOUND', 'models/gemini-2.0-flash is not found for API version v1beta')).code).toBe('model_unavailable');
    expect(classifyUpstream(504, body(504, 'DEADLINE_EXCEEDED', 'Deadline expired')).code).toBe('timeout');
  });
});

describe('the most useful failure', () => {
  it('keeps a rate limit with its retry time over a later 404 or timeout, and a key problem over all', () => {
    const limited = failure('rate_limited', undefined, { retryAfter: 30 });
    expect(moreUseful(limited, failure('model_unavailable'))).toBe(limited);
    expect(moreUseful(limited, failure('timeout'))).toBe(limited);
    expect(moreUseful(failure('model_unavailable'), limited)).toBe(limited);
    const denied = failure('permission_denied');
    expect(moreUseful(limited, denied)).toBe(denied);
    expect(moreUseful(null, limited)).toBe(limited);
  });

  it('words a cut-off answer with its finish reason', () => {
    expect(cutOff('MAX_TOKENS').toJSON()).toMatchObject({ code: 'truncated', finishReason: 'MAX_TOKENS', message: expect.stringMatching(/^The answer was cut off \(MAX_TOKENS: .*output limit/) });
    expect(cutOff('RECITATION').message).toMatch(/reciting/);
    expect(cutOff('NONE').message).toMatch(/ended without a finish/);
  });
});

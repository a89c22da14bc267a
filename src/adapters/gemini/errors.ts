/**
 * Typed failures of an AI call and the mapping from Gemini's error bodies to
 * them. Messages are our own words: upstream text is never passed through, so
 * nothing the upstream echoes (including a key) can reach the learner.
 *
 * Gemini's errors arrive two ways: as an HTTP error body
 * (`{"error": {"code", "message", "status", "details": [...]}}`), or, once a
 * stream has started, as an SSE event holding the same body, which the SDK
 * throws as `got status: RESOURCE_EXHAUSTED. {json}`. Both are read here.
 */
import type { AiError, AiErrorCode, QuotaKind } from '@/core/schemas/ai';

/** What else a failure says about the next step, beyond its code. */
export type FailureHint =
  /** A 400 about the response schema: ask again as JSON without one. */
  | 'schema'
  /** This model cannot serve the request (no system instruction, no JSON mode, no text): try the next model. */
  | 'unsupported'
  /** A key-level refusal (leaked, restricted, suspended): no other model will do better. */
  | 'key'
  /** The caller went away. */
  | 'cancelled';

export interface FailureDetails {
  retryAfter?: number;
  issues?: string[];
  quotaKind?: QuotaKind;
  finishReason?: string;
  unavailable?: string[];
  hint?: FailureHint;
}

export class AiFailure extends Error {
  readonly retryAfter?: number;
  readonly issues?: string[];
  readonly quotaKind?: QuotaKind;
  readonly finishReason?: string;
  readonly hint?: FailureHint;
  unavailable?: string[];

  constructor(
    readonly code: AiErrorCode,
    message: string,
    details: FailureDetails = {},
  ) {
    super(message);
    this.name = 'AiFailure';
    Object.assign(this, details);
  }

  toJSON(): AiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.quotaKind ? { quotaKind: this.quotaKind } : {}),
      ...(this.finishReason ? { finishReason: this.finishReason } : {}),
      ...(this.unavailable?.length ? { unavailable: this.unavailable } : {}),
    };
  }
}

const MESSAGES: Record<AiErrorCode, string> = {
  missing_key: 'Add your Gemini API key in Settings to use AI features.',
  invalid_key: 'Gemini did not accept this API key. Check it in Settings (Google AI Studio → API keys).',
  service_disabled:
    "The Gemini API (Generative Language API) is switched off in this key's Google Cloud project. Enable it for that project in the Google Cloud console, or create a key in Google AI Studio, then try again in a few minutes.",
  permission_denied:
    "Gemini refused this key permission for this request. The model may not be available to your key's tier: pick another model in Settings, or check the key's project in Google Cloud.",
  rate_limited: 'Gemini is rate limiting this key. Wait a moment and try again.',
  quota: "This key's Gemini quota is used up for now. Try again later or pick another model in Settings.",
  safety: 'Gemini declined to answer this request (safety filter). Rephrase and try again.',
  bad_request: 'Gemini rejected the request.',
  model_unavailable: 'That model is not available to this key (it may have been retired). PyDojo picks another one from your key’s list.',
  too_large: 'The request is too large. Shorten the code or the conversation and try again.',
  bad_output: 'Gemini answered in an unexpected shape. Try again.',
  truncated: 'The answer was cut off before it was complete. Try again.',
  timeout: 'Gemini took too long to answer. Try again, or pick a faster model in Settings.',
  upstream: 'Gemini is not responding properly right now. Try again in a minute.',
};

export function failure(code: AiErrorCode, detail?: string, details: FailureDetails = {}): AiFailure {
  return new AiFailure(code, detail ? `${MESSAGES[code]} ${detail}` : MESSAGES[code], details);
}

/** A failure with a message of its own (still our words), instead of the code's standard one. */
function worded(code: AiErrorCode, message: string, details: FailureDetails = {}): AiFailure {
  return new AiFailure(code, message, details);
}

interface GoogleErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    details?: Array<{ '@type'?: string; reason?: string; retryDelay?: string; violations?: Array<{ quotaId?: string; quotaMetric?: string }> }>;
  };
}

function asBody(value: unknown): GoogleErrorBody {
  return typeof value === 'object' && value !== null ? (value as GoogleErrorBody) : {};
}

/** The error body inside an SDK error message: plain JSON, or `got status: STATUS. {json}` from a stream. */
export function parseErrorText(text: string): GoogleErrorBody {
  try {
    return asBody(JSON.parse(text));
  } catch {
    const streamed = /^got status: [A-Z_]*\.\s*(\{[\s\S]*\})\s*$/.exec(text);
    if (!streamed) return {};
    try {
      return asBody(JSON.parse(streamed[1]));
    } catch {
      return {};
    }
  }
}

/** "23s" or "1.5s" → seconds. */
export function parseDelay(delay: string | undefined): number | undefined {
  const match = delay ? /^(\d+(?:\.\d+)?)s$/.exec(delay) : null;
  return match ? Number(match[1]) : undefined;
}

function roundUp(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : Math.ceil(seconds * 10) / 10;
}

function quotaOf(body: NonNullable<GoogleErrorBody['error']>): { kind: QuotaKind; retryAfter?: number } {
  const details = body.details ?? [];
  const message = body.message ?? '';
  const fromInfo = parseDelay(details.find((d) => d.retryDelay)?.retryDelay);
  const fromText = /retry in (\d+(?:\.\d+)?)s/i.exec(message);
  const retryAfter = roundUp(fromInfo ?? (fromText ? Number(fromText[1]) : undefined));
  const ids = details.flatMap((d) => d.violations ?? []).map((v) => `${v.quotaId ?? ''} ${v.quotaMetric ?? ''}`);
  let kind: QuotaKind = 'unknown';
  if (/limit: 0\b/.test(message)) kind = 'no-free-tier';
  else if (ids.some((id) => /PerDay/i.test(id))) kind = 'per-day';
  else if (ids.some((id) => /token/i.test(id))) kind = 'tokens-per-minute';
  else if (ids.some((id) => /PerMinute/i.test(id))) kind = 'per-minute';
  return { kind, retryAfter };
}

function quotaFailure(body: NonNullable<GoogleErrorBody['error']>): AiFailure {
  const { kind, retryAfter } = quotaOf(body);
  const wait = retryAfter !== undefined ? ` Gemini says to retry in ${Math.ceil(retryAfter)} s.` : '';
  switch (kind) {
    case 'per-day':
      return worded('quota', `This key's daily Gemini quota for this model is used up. It resets each day; meanwhile pick another model in Settings.${wait}`, { retryAfter, quotaKind: kind });
    case 'no-free-tier':
      return worded('quota', "This model has no quota on this key's tier (limit 0). Pick another model in Settings, or enable billing for the key's project.", {
        retryAfter,
        quotaKind: kind,
      });
    case 'tokens-per-minute':
      return worded('rate_limited', `Gemini is limiting how many tokens this key may send per minute. Wait a moment and try again.${wait}`, { retryAfter, quotaKind: kind });
    case 'per-minute':
      return worded('rate_limited', `Gemini is rate limiting this key (requests per minute). Wait a moment and try again.${wait}`, { retryAfter, quotaKind: kind });
    default:
      return worded('rate_limited', `Gemini is rate limiting this key. Wait a moment and try again.${wait}`, { retryAfter, quotaKind: kind });
  }
}

const RESTRICTED = /^API_KEY_(HTTP_REFERRER|IP_ADDRESS|ANDROID_APP|IOS_APP)_BLOCKED$/;

function forbidden(reasons: string[], message: string): AiFailure {
  if (reasons.includes('SERVICE_DISABLED') || /has not been used in project|it is disabled/i.test(message)) {
    return failure('service_disabled', undefined, { hint: 'key' });
  }
  if (/reported as leaked/i.test(message)) {
    return worded('permission_denied', 'Google reported this key as leaked and blocked it. Create a new key in Google AI Studio and add it in Settings.', { hint: 'key' });
  }
  if (reasons.includes('API_KEY_SERVICE_BLOCKED')) {
    return worded(
      'permission_denied',
      "This key is restricted to other Google APIs. Allow the Generative Language API in the key's API restrictions (Google Cloud console), or create a key in Google AI Studio.",
      { hint: 'key' },
    );
  }
  if (reasons.some((r) => RESTRICTED.test(r))) {
    return worded(
      'permission_denied',
      "This key's application restrictions (websites, IP addresses or apps) block requests from PyDojo's server. Use a key without application restrictions.",
      { hint: 'key' },
    );
  }
  if (reasons.includes('CONSUMER_SUSPENDED') || /suspended|denied access/i.test(message)) {
    return worded('permission_denied', "Google has suspended or denied access for this key's project. Check the project in Google Cloud, or use another key.", { hint: 'key' });
  }
  return failure('permission_denied');
}

/** Turn an upstream HTTP status and error text (a JSON body, or a stream's `got status:` line) into a typed failure. */
export function classifyUpstream(status: number, text: string): AiFailure {
  const body = parseErrorText(text).error ?? {};
  const reasons = (body.details ?? []).map((d) => d.reason ?? '');
  const message = body.message ?? '';
  const code = body.code ?? status;
  if (reasons.includes('API_KEY_INVALID') || /api key (not valid|expired)/i.test(message) || code === 401) return failure('invalid_key', undefined, { hint: 'key' });
  if (code === 403 || body.status === 'PERMISSION_DENIED') return forbidden(reasons, message);
  if (code === 429 || body.status === 'RESOURCE_EXHAUSTED') return quotaFailure(body);
  if (code === 404) return failure('model_unavailable');
  if (code === 408 || code === 504 || body.status === 'DEADLINE_EXCEEDED') return failure('timeout');
  if (code === 413) return failure('too_large');
  if (code >= 400 && code < 500) {
    if (/too many states|schema/i.test(message)) return failure('bad_request', 'Its response schema was refused.', { hint: 'schema' });
    if (/developer instruction is not enabled|json mode is not enabled|response modalit/i.test(message)) {
      return failure('bad_request', 'This model cannot take PyDojo’s instructions; pick another model in Settings.', { hint: 'unsupported' });
    }
    if (/user location is not supported/i.test(message)) return worded('bad_request', 'Gemini is not offered in the region PyDojo’s server runs in.');
    if (/(input|prompt|request).{0,40}(too long|too large|exceeds)|token count/i.test(message)) return failure('too_large');
    return failure('bad_request');
  }
  if (code === 503 || code === 500 || code === 502) return failure('upstream');
  return failure('upstream');
}

/** Whether asking the same model again may help (never after a timeout: it would likely time out again). */
export function isRetryable(error: AiFailure): boolean {
  return error.code === 'rate_limited' || error.code === 'upstream';
}

/** Whether the next model may succeed where this one failed. */
export function shouldFallBack(error: AiFailure): boolean {
  if (error.hint === 'key' || error.hint === 'cancelled') return false;
  switch (error.code) {
    case 'rate_limited':
    case 'quota':
    case 'upstream':
    case 'timeout':
    case 'model_unavailable':
    case 'permission_denied':
    case 'truncated':
      return true;
    case 'bad_request':
      return error.hint === 'unsupported';
    default:
      return false;
  }
}

const USEFULNESS: Record<AiErrorCode, number> = {
  missing_key: 100,
  invalid_key: 100,
  service_disabled: 100,
  permission_denied: 90,
  quota: 80,
  rate_limited: 80,
  safety: 70,
  too_large: 70,
  truncated: 60,
  bad_output: 55,
  timeout: 50,
  upstream: 40,
  bad_request: 30,
  model_unavailable: 10,
};

function usefulness(error: AiFailure): number {
  return USEFULNESS[error.code] + (error.retryAfter !== undefined ? 5 : 0);
}

/**
 * Of two failures from different models, the one worth showing: a 429 with
 * its retry time outranks a later model's 404; on a tie the earlier stays.
 */
export function moreUseful(kept: AiFailure | null, next: AiFailure): AiFailure {
  return kept && usefulness(kept) >= usefulness(next) ? kept : next;
}

/** Why an answer stopped, in words, for a truncated answer. */
export function cutOff(finishReason: string): AiFailure {
  const why: Record<string, string> = {
    MAX_TOKENS: 'it reached the model’s output limit',
    RECITATION: 'Gemini stopped it for reciting existing text',
    SAFETY: 'Gemini’s safety filter stopped it',
    BLOCKLIST: 'it hit a blocked term',
    PROHIBITED_CONTENT: 'Gemini’s content policy stopped it',
    SPII: 'it touched sensitive personal information',
    LANGUAGE: 'it switched to an unsupported language',
  };
  const reason = why[finishReason] ?? (finishReason === 'NONE' ? 'the stream ended without a finish' : 'Gemini stopped early');
  return worded('truncated', `The answer was cut off (${finishReason}: ${reason}). Try again${finishReason === 'MAX_TOKENS' ? ', or ask for less' : ''}.`, {
    finishReason,
  });
}

/** Remove every occurrence of the key from a text (defence in depth for logs and messages). */
export function scrub(text: string, key: string | null | undefined): string {
  if (!key || key.length < 4) return text;
  return text.split(key).join('[redacted]');
}

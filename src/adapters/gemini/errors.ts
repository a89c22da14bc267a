/**
 * Typed failures of an AI call and the mapping from Gemini's error bodies to
 * them. Messages are our own words: upstream text is never passed through, so
 * nothing the upstream echoes (including a key) can reach the learner.
 */
import type { AiError, AiErrorCode } from '@/core/schemas/ai';

export class AiFailure extends Error {
  constructor(
    readonly code: AiErrorCode,
    message: string,
    readonly retryAfter?: number,
    readonly issues?: string[],
  ) {
    super(message);
    this.name = 'AiFailure';
  }

  toJSON(): AiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

const MESSAGES: Record<AiErrorCode, string> = {
  missing_key: 'Add your Gemini API key in Settings to use AI features.',
  invalid_key: 'Gemini did not accept this API key. Check it in Settings (Google AI Studio → API keys).',
  rate_limited: 'Gemini is rate limiting this key. Wait a moment and try again.',
  quota: "This key's Gemini quota is used up for now. Try again later or pick another model in Settings.",
  safety: 'Gemini declined to answer this request (safety filter). Rephrase and try again.',
  bad_request: 'Gemini rejected the request.',
  too_large: 'The request is too large. Shorten the code or the conversation and try again.',
  bad_output: 'Gemini answered in an unexpected shape. Try again.',
  upstream: 'Gemini is not responding properly right now. Try again in a minute.',
};

export function failure(code: AiErrorCode, detail?: string, retryAfter?: number): AiFailure {
  return new AiFailure(code, detail ? `${MESSAGES[code]} ${detail}` : MESSAGES[code], retryAfter);
}

interface GoogleErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    details?: Array<{ '@type'?: string; reason?: string; retryDelay?: string; violations?: Array<{ quotaId?: string }> }>;
  };
}

function parseBody(text: string): GoogleErrorBody {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as GoogleErrorBody) : {};
  } catch {
    return {};
  }
}

/** "23s" or "1.5s" → seconds. */
export function parseDelay(delay: string | undefined): number | undefined {
  const match = delay ? /^(\d+(?:\.\d+)?)s$/.exec(delay) : null;
  return match ? Number(match[1]) : undefined;
}

/** Turn an upstream HTTP status and error body into a typed failure. */
export function classifyUpstream(status: number, bodyText: string): AiFailure {
  const body = parseBody(bodyText).error ?? {};
  const details = body.details ?? [];
  const reasons = details.map((d) => d.reason ?? '');
  const message = body.message ?? '';
  if (reasons.includes('API_KEY_INVALID') || /api key not valid/i.test(message) || status === 401 || status === 403) {
    return failure('invalid_key');
  }
  if (status === 429) {
    const retryAfter = parseDelay(details.find((d) => d.retryDelay)?.retryDelay);
    const perDay = details.some((d) => d.violations?.some((v) => /PerDay/i.test(v.quotaId ?? '')));
    return perDay ? failure('quota', undefined, retryAfter) : failure('rate_limited', undefined, retryAfter);
  }
  if (status === 404) return failure('bad_request', 'That model is not available to this key.');
  if (status >= 400 && status < 500) return failure('bad_request');
  return failure('upstream');
}

/** Whether trying the same model again may help. */
export function isRetryable(error: AiFailure): boolean {
  return error.code === 'rate_limited' || error.code === 'upstream';
}

/** Whether the next configured model may succeed where this one failed. */
export function shouldFallBack(error: AiFailure): boolean {
  return error.code === 'rate_limited' || error.code === 'quota' || error.code === 'upstream' || error.code === 'bad_output' || /not available/.test(error.message);
}

/** Remove every occurrence of the key from a text (defence in depth for logs and messages). */
export function scrub(text: string, key: string | null | undefined): string {
  if (!key || key.length < 4) return text;
  return text.split(key).join('[redacted]');
}

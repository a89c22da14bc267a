/**
 * The browser side of the AI routes: POST to this app's own `/api/ai/*` with
 * the key in the `X-API-Key` header (never in the URL or the body), parse the
 * answer with the shared schemas, and read streamed answers line by line.
 * Every failure comes back as a typed error value, never a throw.
 */
import type * as z from 'zod/mini';
import { AI_ANSWERS, ErrorEnvelope, StreamEvent, Usage, successEnvelope, type AiError, type AiEndpoint, type StreamedEndpoint } from '@/core/schemas/ai';

export type JsonEndpoint = keyof typeof AI_ANSWERS;
export type AnswerOf<E extends JsonEndpoint> = z.output<(typeof AI_ANSWERS)[E]>;

/** A call's result; a failed stream keeps the text that arrived before the failure in `partial`. */
export type AiResult<T> = { ok: true; data: T; usage: Usage; latencyMs: number } | { ok: false; error: AiError; latencyMs: number; partial?: string };

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function post(endpoint: AiEndpoint, key: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch(`/api/ai/${endpoint}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': key },
    body: JSON.stringify(body),
    signal,
    cache: 'no-store',
    credentials: 'same-origin',
  });
}

async function errorOf(response: Response): Promise<AiError> {
  try {
    const parsed = ErrorEnvelope.safeParse(await response.json());
    if (parsed.success) return parsed.data.error;
  } catch {
    // fall through
  }
  return { code: 'upstream', message: `The AI service answered with HTTP ${response.status}. Try again in a minute.` };
}

function networkError(error: unknown): AiError {
  if (error instanceof DOMException && error.name === 'AbortError') return { code: 'upstream', message: 'Cancelled.' };
  return { code: 'upstream', message: 'Could not reach PyDojo’s AI service. Check your connection and try again.' };
}

export async function callAi<E extends JsonEndpoint>(endpoint: E, key: string, body: unknown, signal?: AbortSignal): Promise<AiResult<AnswerOf<E>>> {
  const started = now();
  try {
    const response = await post(endpoint, key, body, signal);
    if (!response.ok) return { ok: false, error: await errorOf(response), latencyMs: now() - started };
    const parsed = successEnvelope(AI_ANSWERS[endpoint]).safeParse(await response.json());
    if (!parsed.success) return { ok: false, error: { code: 'bad_output', message: 'The answer had an unexpected shape. Try again.' }, latencyMs: now() - started };
    return { ok: true, data: parsed.data.data as AnswerOf<E>, usage: parsed.data.usage, latencyMs: now() - started };
  } catch (error) {
    return { ok: false, error: networkError(error), latencyMs: now() - started };
  }
}

/** Stream a prose answer; `onText` gets each piece as it arrives. Resolves with the whole text. */
export async function streamAi(
  endpoint: StreamedEndpoint,
  key: string,
  body: unknown,
  onText: (piece: string) => void,
  signal?: AbortSignal,
): Promise<AiResult<string>> {
  const started = now();
  let text = '';
  try {
    const response = await post(endpoint, key, body, signal);
    if (!response.ok || !response.body) return { ok: false, error: await errorOf(response), latencyMs: now() - started };
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += value;
      let newline = buffer.indexOf('\n');
      while (newline !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
        if (!line.trim()) continue;
        let event: StreamEvent;
        try {
          event = StreamEvent.parse(JSON.parse(line));
        } catch {
          return { ok: false, error: { code: 'bad_output', message: 'The answer stream was garbled. Try again.' }, latencyMs: now() - started };
        }
        if (event.type === 'text') {
          text += event.text;
          onText(event.text);
        } else if (event.type === 'error') {
          return { ok: false, error: event.error, latencyMs: now() - started, ...(text ? { partial: text } : {}) };
        } else {
          return { ok: true, data: text, usage: event.usage, latencyMs: now() - started };
        }
      }
    }
    return {
      ok: false,
      error: { code: 'truncated', message: 'The answer was cut off: the connection closed before it was complete. Try again.' },
      latencyMs: now() - started,
      ...(text ? { partial: text } : {}),
    };
  } catch (error) {
    return { ok: false, error: networkError(error), latencyMs: now() - started, ...(text ? { partial: text } : {}) };
  }
}

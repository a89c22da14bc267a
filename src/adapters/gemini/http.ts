/**
 * The shared shape of every `/api/ai/*` route handler: read the key from the
 * `X-API-Key` header, read and size-check the body, parse it with the
 * endpoint's schema, call one adapter function, answer `{data, usage}`, a
 * newline-delimited JSON stream, or one typed error. Web-standard APIs only.
 */
import type * as z from 'zod/mini';
import { AI_ERROR_STATUS, AI_REQUESTS, GeminiKey, MAX_AI_BODY_BYTES, type AiEndpoint, type StreamEvent } from '@/core/schemas/ai';
import { describeIssues } from '@/core/schemas/problem';
import { AiFailure, failure, scrub } from './errors';
import { toFailure, type Answer, type CallOptions, type TextStream } from './server';

type Body<E extends AiEndpoint> = z.output<(typeof AI_REQUESTS)[E]>;

// no-transform: a compressing proxy or server must not hold streamed pieces back.
const NO_STORE = { 'Cache-Control': 'no-store, no-transform' };

export function errorResponse(error: AiFailure, key?: string | null): Response {
  const body = { error: { ...error.toJSON(), message: scrub(error.message, key) } };
  const headers: Record<string, string> = { ...NO_STORE };
  if (error.retryAfter !== undefined) headers['Retry-After'] = String(Math.ceil(error.retryAfter));
  return Response.json(body, { status: AI_ERROR_STATUS[error.code], headers });
}

async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_AI_BODY_BYTES) throw failure('too_large');
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_AI_BODY_BYTES) {
      await reader.cancel();
      throw failure('too_large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Everything before the upstream call: key, size, JSON, schema. */
async function prepare<E extends AiEndpoint>(endpoint: E, request: Request): Promise<{ key: string; body: Body<E> }> {
  const key = request.headers.get('x-api-key')?.trim() ?? '';
  if (!key) throw failure('missing_key');
  // The same check the browser makes before keeping a key; anything else is refused without being echoed.
  if (!GeminiKey.safeParse(key).success) throw failure('invalid_key');
  const text = await readBody(request);
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    throw new AiFailure('bad_request', 'The request body is not valid JSON.');
  }
  const parsed = AI_REQUESTS[endpoint].safeParse(json);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    throw new AiFailure('bad_request', `The request is not valid: ${issues[0]}`, { issues });
  }
  return { key, body: parsed.data as Body<E> };
}

function logFailure(endpoint: AiEndpoint, error: AiFailure): void {
  // Codes only: never the key, the body or upstream text.
  console.warn(`[ai] ${endpoint} failed: ${error.code}`);
}

/** A route that answers one JSON document. */
export function jsonRoute<E extends AiEndpoint, T>(endpoint: E, run: (body: Body<E>, options: CallOptions) => Promise<Answer<T>>) {
  return async function POST(request: Request): Promise<Response> {
    let key: string | null = null;
    try {
      const prepared = await prepare(endpoint, request);
      key = prepared.key;
      const answer = await run(prepared.body, { key, signal: request.signal });
      return Response.json(answer, { headers: NO_STORE });
    } catch (error) {
      const typed = toFailure(error);
      logFailure(endpoint, typed);
      return errorResponse(typed, key);
    }
  };
}

/**
 * A route that streams prose as newline-delimited JSON events: `text` pieces,
 * then `done` with the usage (or `error`). Failures before the first piece are
 * ordinary error responses.
 */
export function streamRoute<E extends AiEndpoint>(endpoint: E, run: (body: Body<E>, options: CallOptions) => Promise<TextStream>) {
  return async function POST(request: Request): Promise<Response> {
    let key: string | null = null;
    let stream: TextStream;
    try {
      const prepared = await prepare(endpoint, request);
      key = prepared.key;
      stream = await run(prepared.body, { key, signal: request.signal });
    } catch (error) {
      const typed = toFailure(error);
      logFailure(endpoint, typed);
      return errorResponse(typed, key);
    }
    const encoder = new TextEncoder();
    const line = (event: StreamEvent) => encoder.encode(`${JSON.stringify(event)}\n`);
    const iterator = stream.pieces[Symbol.asyncIterator]();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) {
            controller.enqueue(line({ type: 'done', usage: stream.usage() }));
            controller.close();
          } else {
            controller.enqueue(line({ type: 'text', text: next.value }));
          }
        } catch (error) {
          const typed = toFailure(error);
          logFailure(endpoint, typed);
          controller.enqueue(line({ type: 'error', error: { ...typed.toJSON(), message: scrub(typed.message, key) } }));
          controller.close();
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    return new Response(body, {
      headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...NO_STORE },
    });
  };
}

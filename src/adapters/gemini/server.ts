/**
 * The one module that talks to Gemini, through Google's SDK (web build: plain
 * fetch, no Node built-ins). It turns the SDK into an `Upstream` (calls.ts),
 * every SDK error into a typed failure (errors.ts), and offers one function
 * per route. The key is used for one call and never kept.
 *
 * Configuration, from the server's environment only:
 *   GEMINI_BASE_URL    where requests go (the fake server in tests)
 *   GEMINI_TIMEOUT_MS  how long one request may take (default 60 s); a timed-out request is never repeated on the same model
 */
import { ApiError, GoogleGenAI, type GenerateContentResponse } from '@google/genai/web';
import * as z from 'zod/mini';
import { acceptsSystemInstruction, isOfferedModel, rankModels } from '@/core/ai-models';
import type { ConnectionResult, Evaluation, Explanation, GeneratedQuestion, ModelInfo, Optimization } from '@/core/schemas/ai';
import { ModelInfo as ModelInfoSchema } from '@/core/schemas/ai';
import { structured, streamed, type Answer, type Ask, type CallOptions, type Reply, type TextStream, type Upstream } from './calls';
import { AiFailure, classifyUpstream, failure } from './errors';
import { evaluatePrompt, explainExamplePrompt, explainLessonPrompt, generateQuestionPrompt, hintPrompt, optimizePrompt, revealPrompt, tutorPrompt, type Parsed, type Prompt } from './prompts';

export type { Answer, CallOptions, TextStream } from './calls';

const DEFAULT_TIMEOUT_MS = 60_000;

function timeoutMs(): number {
  const configured = Number(process.env.GEMINI_TIMEOUT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_TIMEOUT_MS;
}

function client(key: string): GoogleGenAI {
  const baseUrl = process.env.GEMINI_BASE_URL || undefined;
  return new GoogleGenAI({ apiKey: key, httpOptions: { timeout: timeoutMs(), ...(baseUrl ? { baseUrl } : {}) } });
}

/** Any thrown value → a typed failure; never lets upstream text through. */
export function toFailure(error: unknown, signal?: AbortSignal): AiFailure {
  if (error instanceof AiFailure) return error;
  if (error instanceof ApiError) return classifyUpstream(error.status, error.message);
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return signal?.aborted ? failure('upstream', 'The request was cancelled.', { hint: 'cancelled' }) : failure('timeout');
  }
  return failure('upstream');
}

const STOPPED_FOR_SAFETY = new Set(['SAFETY', 'PROHIBITED_CONTENT', 'BLOCKLIST', 'SPII', 'IMAGE_SAFETY']);

function replyOf(response: GenerateContentResponse): Reply {
  const meta = response.usageMetadata;
  const candidate = response.candidates?.[0];
  const finishReason = candidate?.finishReason;
  let text = '';
  for (const part of candidate?.content?.parts ?? []) if (typeof part.text === 'string' && !part.thought) text += part.text;
  return {
    text,
    finishReason,
    blocked: Boolean(response.promptFeedback?.blockReason) || (!text && finishReason !== undefined && STOPPED_FOR_SAFETY.has(finishReason)),
    inputTokens: meta?.promptTokenCount ?? 0,
    outputTokens: (meta?.candidatesTokenCount ?? 0) + (meta?.thoughtsTokenCount ?? 0),
  };
}

function request(ask: Ask, signal?: AbortSignal) {
  const { prompt, model } = ask;
  // Offered models all take a system instruction; a model that does not (a
  // saved Gemma id) gets it folded into the first turn instead.
  const folded: Prompt = acceptsSystemInstruction(model)
    ? prompt
    : { system: '', contents: prompt.contents.map((c, i) => (i === 0 ? { ...c, text: `${prompt.system}\n\n${c.text}` } : c)) };
  return {
    model,
    contents: folded.contents.map((c) => ({ role: c.role, parts: [{ text: c.text }] })),
    config: {
      ...(folded.system ? { systemInstruction: folded.system } : {}),
      ...(ask.json ? { responseMimeType: 'application/json' } : {}),
      ...(ask.schema ? { responseJsonSchema: ask.schema } : {}),
      ...(ask.temperature !== undefined ? { temperature: ask.temperature } : {}),
      abortSignal: signal,
    },
  };
}

const ListedModel = z.object({
  name: z.optional(z.string()),
  displayName: z.optional(z.string()),
  inputTokenLimit: z.optional(z.number()),
  outputTokenLimit: z.optional(z.number()),
  supportedActions: z.optional(z.array(z.string())),
});

/** Every model the key lists (all pages), as the picker shows them: offered ones best first, and how many were listed. */
async function listModels(ai: GoogleGenAI, signal?: AbortSignal): Promise<{ models: ModelInfo[]; listed: number }> {
  const pager = await ai.models.list({ config: { pageSize: 100, abortSignal: signal } });
  const offered = new Map<string, ModelInfo>();
  let listed = 0;
  for await (const raw of pager) {
    listed += 1;
    const model = ListedModel.safeParse(raw);
    if (!model.success || !model.data.name) continue;
    const name = model.data.name.replace(/^models\//, '');
    if (!isOfferedModel(name, model.data.supportedActions)) continue;
    const info = ModelInfoSchema.safeParse({
      name,
      displayName: (model.data.displayName ?? name).slice(0, 200),
      inputTokenLimit: model.data.inputTokenLimit,
      outputTokenLimit: model.data.outputTokenLimit,
    });
    if (info.success) offered.set(name, info.data);
    if (listed >= 1_000) break;
  }
  return { models: rankModels([...offered.keys()]).map((name) => offered.get(name) as ModelInfo), listed };
}

/** Google's SDK as the transport of calls.ts. */
function upstreamFor(options: CallOptions): Upstream {
  const ai = client(options.key);
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw toFailure(error, options.signal);
    }
  };
  return {
    generate: (ask) => guard(async () => replyOf(await ai.models.generateContent(request(ask, options.signal)))),
    stream: (ask) =>
      guard(async () => {
        const source = (await ai.models.generateContentStream(request(ask, options.signal)))[Symbol.asyncIterator]();
        return {
          next: () => guard(async () => {
            const next = await source.next();
            return next.done ? { done: true as const, value: undefined } : { done: false as const, value: replyOf(next.value) };
          }),
          return: async () => {
            await source.return?.(undefined);
            return { done: true as const, value: undefined };
          },
        };
      }),
    offered: () => guard(async () => (await listModels(ai, options.signal)).models.map((m) => m.name)),
  };
}

// ---------------------------------------------------------------------------
// One function per route.

const NO_USAGE = { model: '', inputTokens: 0, outputTokens: 0 };

/** List the models this key offers for PyDojo's features. */
export async function testConnection(options: CallOptions): Promise<Answer<ConnectionResult>> {
  try {
    const { models, listed } = await listModels(client(options.key), options.signal);
    return { data: { models, listed }, usage: NO_USAGE };
  } catch (error) {
    throw toFailure(error, options.signal);
  }
}

export async function generateQuestion(body: Parsed<'generate-question'>, options: CallOptions): Promise<Answer<GeneratedQuestion>> {
  const answer = await structured('generate-question', body, generateQuestionPrompt(body), upstreamFor(options), options);
  return { data: { problem: answer.data }, usage: answer.usage };
}

export function evaluateCode(body: Parsed<'evaluate-code'>, options: CallOptions): Promise<Answer<Evaluation>> {
  return structured('evaluate-code', body, evaluatePrompt(body), upstreamFor(options), options);
}

export function revealSolution(body: Parsed<'reveal-solution'>, options: CallOptions): Promise<Answer<Explanation>> {
  return structured('reveal-solution', body, revealPrompt(body), upstreamFor(options), options);
}

export function optimizeSolution(body: Parsed<'optimize-solution'>, options: CallOptions): Promise<Answer<Optimization>> {
  return structured('optimize-solution', body, optimizePrompt(body), upstreamFor(options), options);
}

export function streamHint(body: Parsed<'get-hints'>, options: CallOptions): Promise<TextStream> {
  return streamed(body, hintPrompt(body), 'hint', upstreamFor(options), options);
}

export function streamTutor(body: Parsed<'tutor'>, options: CallOptions): Promise<TextStream> {
  return streamed(body, tutorPrompt(body), 'tutor', upstreamFor(options), options);
}

export function streamLessonExplanation(body: Parsed<'explain-lesson'>, options: CallOptions): Promise<TextStream> {
  return streamed(body, explainLessonPrompt(body), 'tutor', upstreamFor(options), options);
}

export function streamExampleExplanation(body: Parsed<'explain-example'>, options: CallOptions): Promise<TextStream> {
  return streamed(body, explainExamplePrompt(body), 'hint', upstreamFor(options), options);
}

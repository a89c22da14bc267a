/**
 * The one module that talks to Gemini, through Google's SDK (web build: plain
 * fetch, no Node built-ins). Each exported function serves one route: it builds
 * the prompt, tries the configured models in order with bounded retries, and
 * parses what comes back with the shared schemas. The key is used for one call
 * and never kept.
 */
import { ApiError, GoogleGenAI, type GenerateContentResponse } from '@google/genai/web';
import { z } from 'zod';
import {
  AI_ANSWERS,
  ModelName,
  type ConnectionResult,
  type Evaluation,
  type Explanation,
  type GeneratedQuestion,
  type Optimization,
  type Usage,
} from '@/core/schemas/ai';
import { AiFailure, classifyUpstream, failure, isRetryable, shouldFallBack } from './errors';
import {
  evaluatePrompt,
  generateQuestionPrompt,
  hintPrompt,
  optimizePrompt,
  revealPrompt,
  tutorPrompt,
  type Parsed,
  type Prompt,
} from './prompts';

/** Where the SDK sends requests. Only the server's environment can change it. */
function upstreamBaseUrl(): string | undefined {
  return process.env.GEMINI_BASE_URL || undefined;
}

export interface CallOptions {
  key: string;
  signal?: AbortSignal;
  /** Waits between retries; replaced in unit tests to keep them instant. */
  sleep?: (ms: number) => Promise<void>;
}

export interface Answer<T> {
  data: T;
  usage: Usage;
}

const ATTEMPTS_PER_MODEL = 2;
const BASE_DELAY_MS = 300;
/** A retry-after longer than this moves on to the next model instead of waiting. */
const MAX_WAIT_MS = 2_000;
const TIMEOUT_MS = 60_000;

function client(key: string): GoogleGenAI {
  const baseUrl = upstreamBaseUrl();
  return new GoogleGenAI({ apiKey: key, httpOptions: { timeout: TIMEOUT_MS, ...(baseUrl ? { baseUrl } : {}) } });
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Any thrown value → a typed failure; never lets upstream text through. */
export function toFailure(error: unknown): AiFailure {
  if (error instanceof AiFailure) return error;
  if (error instanceof ApiError) return classifyUpstream(error.status, error.message);
  if (error instanceof Error && error.name === 'AbortError') return failure('upstream', 'The request timed out.');
  return failure('upstream');
}

/** Backoff with full jitter, honouring the server's retry-after. */
export function retryDelay(attempt: number, error: AiFailure, random: () => number = Math.random): number | null {
  if (error.retryAfter !== undefined) {
    const wait = error.retryAfter * 1000;
    return wait <= MAX_WAIT_MS ? wait : null;
  }
  return Math.round(BASE_DELAY_MS * 2 ** attempt * (0.5 + random() / 2));
}

/**
 * Run `call` with each model in turn: retry a model on rate limits and server
 * errors (bounded, with backoff), then fall back to the next one.
 */
export async function withModels<T>(
  models: string[],
  options: CallOptions,
  call: (model: string) => Promise<T>,
): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  let last: AiFailure = failure('upstream');
  for (const model of models) {
    for (let attempt = 0; attempt < ATTEMPTS_PER_MODEL; attempt++) {
      try {
        return await call(model);
      } catch (error) {
        last = toFailure(error);
        if (options.signal?.aborted) throw last;
        const wait = isRetryable(last) && attempt + 1 < ATTEMPTS_PER_MODEL ? retryDelay(attempt, last) : null;
        if (wait === null) break;
        await sleep(wait);
      }
    }
    if (!shouldFallBack(last)) throw last;
  }
  throw last;
}

function modelsOf(choice: { model: string; fallbacks: string[] }): string[] {
  return [...new Set([choice.model, ...choice.fallbacks])];
}

function usageOf(model: string, response: GenerateContentResponse | undefined): Usage {
  const meta = response?.usageMetadata;
  return {
    model,
    inputTokens: meta?.promptTokenCount ?? 0,
    outputTokens: (meta?.candidatesTokenCount ?? 0) + (meta?.thoughtsTokenCount ?? 0),
  };
}

function checkBlocked(response: GenerateContentResponse): void {
  const reason = response.promptFeedback?.blockReason;
  const finish = response.candidates?.[0]?.finishReason;
  if (reason || finish === 'SAFETY' || finish === 'PROHIBITED_CONTENT' || finish === 'BLOCKLIST') throw failure('safety');
}

function request(model: string, prompt: Prompt, config: Record<string, unknown>, signal?: AbortSignal) {
  return {
    model,
    contents: prompt.contents.map((c) => ({ role: c.role, parts: [{ text: c.text }] })),
    config: { systemInstruction: prompt.system, abortSignal: signal, ...config },
  };
}

/** Ask for JSON matching `schema` and parse the answer with it. */
async function structured<S extends z.ZodType>(
  choice: { model: string; fallbacks: string[] },
  prompt: Prompt,
  schema: S,
  options: CallOptions,
): Promise<Answer<z.output<S>>> {
  const ai = client(options.key);
  const jsonSchema = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return withModels(modelsOf(choice), options, async (model) => {
    const response = await ai.models.generateContent(
      request(model, prompt, { responseMimeType: 'application/json', responseJsonSchema: jsonSchema, temperature: 0.7 }, options.signal),
    );
    checkBlocked(response);
    let value: unknown;
    try {
      value = JSON.parse(response.text ?? '');
    } catch {
      throw failure('bad_output');
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw failure('bad_output');
    return { data: parsed.data, usage: usageOf(model, response) };
  });
}

/** A streamed answer: text pieces as they arrive, then the usage. */
export interface TextStream {
  pieces: AsyncIterable<string>;
  usage: () => Usage;
}

/**
 * Start a streamed prose answer. Failures before the first piece fall back to
 * the next model; after that, the stream ends with the failure.
 */
async function streamed(choice: { model: string; fallbacks: string[] }, prompt: Prompt, options: CallOptions): Promise<TextStream> {
  const ai = client(options.key);
  return withModels(modelsOf(choice), options, async (model) => {
    const stream = await ai.models.generateContentStream(request(model, prompt, { temperature: 0.6 }, options.signal));
    const iterator = stream[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (!first.done) checkBlocked(first.value);
    let last: GenerateContentResponse | undefined = first.done ? undefined : first.value;
    async function* pieces(): AsyncGenerator<string> {
      if (first.done) return;
      if (first.value.text) yield first.value.text;
      try {
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
          last = next.value;
          checkBlocked(next.value);
          if (next.value.text) yield next.value.text;
        }
      } catch (error) {
        throw toFailure(error);
      }
    }
    return { pieces: pieces(), usage: () => usageOf(model, last) };
  });
}

// ---------------------------------------------------------------------------
// One function per route.

const GeminiModel = z.object({
  name: z.string().optional(),
  displayName: z.string().optional(),
  inputTokenLimit: z.number().optional(),
  supportedActions: z.array(z.string()).optional(),
});

/** List the models this key can use for text generation. */
export async function testConnection(options: CallOptions): Promise<Answer<ConnectionResult>> {
  const ai = client(options.key);
  try {
    const pager = await ai.models.list({ config: { pageSize: 100, abortSignal: options.signal } });
    const models: ConnectionResult['models'] = [];
    for await (const raw of pager) {
      const model = GeminiModel.safeParse(raw);
      if (!model.success || !model.data.name) continue;
      const name = model.data.name.replace(/^models\//, '');
      const actions = model.data.supportedActions ?? ['generateContent'];
      if (!ModelName.safeParse(name).success || !actions.includes('generateContent')) continue;
      models.push({ name, displayName: (model.data.displayName ?? name).slice(0, 200), inputTokenLimit: model.data.inputTokenLimit });
      if (models.length >= 200) break;
    }
    return { data: AI_ANSWERS['test-connection'].parse({ models }), usage: { model: '', inputTokens: 0, outputTokens: 0 } };
  } catch (error) {
    throw toFailure(error);
  }
}

export function generateQuestion(body: Parsed<'generate-question'>, options: CallOptions): Promise<Answer<GeneratedQuestion>> {
  return structured(body, generateQuestionPrompt(body), AI_ANSWERS['generate-question'].shape.problem, options).then((answer) => ({
    data: { problem: answer.data },
    usage: answer.usage,
  }));
}

export function evaluateCode(body: Parsed<'evaluate-code'>, options: CallOptions): Promise<Answer<Evaluation>> {
  return structured(body, evaluatePrompt(body), AI_ANSWERS['evaluate-code'], options);
}

export function revealSolution(body: Parsed<'reveal-solution'>, options: CallOptions): Promise<Answer<Explanation>> {
  return structured(body, revealPrompt(body), AI_ANSWERS['reveal-solution'], options);
}

export function optimizeSolution(body: Parsed<'optimize-solution'>, options: CallOptions): Promise<Answer<Optimization>> {
  return structured(body, optimizePrompt(body), AI_ANSWERS['optimize-solution'], options);
}

export function streamHint(body: Parsed<'get-hints'>, options: CallOptions): Promise<TextStream> {
  return streamed(body, hintPrompt(body), options);
}

export function streamTutor(body: Parsed<'tutor'>, options: CallOptions): Promise<TextStream> {
  return streamed(body, tutorPrompt(body), options);
}

/**
 * How one AI call is carried out, whatever the transport: which models to ask
 * and in what order, when to retry or move on, the fallback ladder for
 * structured answers, and how a stream ends. `server.ts` supplies the
 * `Upstream` (Google's SDK); everything here sees only typed failures.
 *
 * Models: the saved choice, or with `auto` the best models the key lists
 * (core/ai-models). A model that answers 404 is noted as unavailable; when
 * every requested model has failed and one of them was unavailable (or cannot
 * serve the request at all), the key's list is read and its automatic pick is
 * tried as well.
 *
 * Retries: a rate limit with a short retry time or a server error is retried
 * once on the same model (backoff with jitter); a timeout never is. The most
 * useful failure across models is the one reported.
 *
 * Structured answers (the ladder): ask with the response schema; on a
 * schema-related 400, ask as JSON without a schema (the shape is described in
 * the prompt); if the answer fails validation, send one repair request that
 * quotes the validation errors. Every request is a step in the usage.
 */
import { modelsFor, temperatureFor, type Task } from '@/core/ai-models';
import type { CallMode, CallStep, ModelChoice, Usage } from '@/core/schemas/ai';
import { readAnswer, type AnswerOf } from './answers';
import { AiFailure, cutOff, failure, isRetryable, moreUseful, shouldFallBack } from './errors';
import { repairPrompt, withShape, type Prompt } from './prompts';
import { RESPONSE_SCHEMAS, type JsonSchema, type StructuredRoute } from './schemas';

/** One answer (or one streamed chunk) from a model. */
export interface Reply {
  text: string;
  finishReason?: string;
  /** The prompt was blocked, or the answer was stopped for safety before any text. */
  blocked: boolean;
  inputTokens: number;
  outputTokens: number;
}

/** One request to a model. */
export interface Ask {
  model: string;
  prompt: Prompt;
  /** Ask for JSON (`responseMimeType`), with this response schema if given. */
  json: boolean;
  schema?: JsonSchema;
  temperature?: number;
}

/** The transport. Every error it throws is an AiFailure. */
export interface Upstream {
  generate(ask: Ask): Promise<Reply>;
  stream(ask: Ask): Promise<AsyncIterator<Reply>>;
  /** The names of the models the key offers for text (see core/ai-models). */
  offered(): Promise<string[]>;
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
/** Models added from the key's list after the requested ones were unavailable. */
const DISCOVERED_MODELS = 2;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function asFailure(error: unknown): AiFailure {
  return error instanceof AiFailure ? error : failure('upstream');
}

/** Backoff with full jitter, honouring the server's retry-after. */
export function retryDelay(attempt: number, error: AiFailure, random: () => number = Math.random): number | null {
  if (error.retryAfter !== undefined) {
    const wait = error.retryAfter * 1000;
    return wait <= MAX_WAIT_MS ? wait : null;
  }
  return Math.round(BASE_DELAY_MS * 2 ** attempt * (0.5 + random() / 2));
}

/** The steps of one call, for its usage. */
export class CallLog {
  readonly steps: CallStep[] = [];
  readonly unavailable: string[] = [];

  begin(model: string, mode: CallMode): CallStep {
    const step: CallStep = { model, mode, outcome: 'ok', inputTokens: 0, outputTokens: 0 };
    this.steps.push(step);
    return step;
  }

  end(step: CallStep, outcome: CallStep['outcome'], reply?: Reply): void {
    step.outcome = outcome;
    if (reply) {
      step.inputTokens = reply.inputTokens;
      step.outputTokens = reply.outputTokens;
    }
    if (outcome === 'model_unavailable' && !this.unavailable.includes(step.model)) this.unavailable.push(step.model);
  }

  usage(model: string): Usage {
    return {
      model,
      inputTokens: this.steps.reduce((sum, s) => sum + s.inputTokens, 0),
      outputTokens: this.steps.reduce((sum, s) => sum + s.outputTokens, 0),
      steps: this.steps.slice(0, 20),
      ...(this.unavailable.length ? { unavailable: this.unavailable.slice(0, 10) } : {}),
    };
  }
}

/** Run one request as a step: its outcome and tokens go to the log. */
async function logged(log: CallLog, model: string, mode: CallMode, run: () => Promise<Reply>): Promise<{ reply: Reply; step: CallStep }> {
  const step = log.begin(model, mode);
  try {
    const reply = await run();
    log.end(step, 'ok', reply);
    return { reply, step };
  } catch (error) {
    log.end(step, asFailure(error).code);
    throw error;
  }
}

/**
 * Run `attempt` with each model in turn (see the top of this file) and
 * return its result with the model that produced it.
 */
export async function withModels<T>(
  choice: ModelChoice,
  upstream: Upstream,
  options: CallOptions,
  log: CallLog,
  attempt: (model: string) => Promise<T>,
): Promise<{ value: T; model: string }> {
  const sleep = options.sleep ?? defaultSleep;
  let offered: Promise<string[]> | null = null;
  const listed = () => (offered ??= upstream.offered());
  let discovered = choice.model === 'auto';
  const models = discovered ? modelsFor(choice, await listed()) : modelsFor(choice, null);
  if (models.length === 0) throw failure('model_unavailable', 'This key lists no Gemini text model PyDojo can use.');
  const tried = new Set<string>();
  let kept: AiFailure | null = null;
  /** A requested model cannot serve this request at all (Gemma and JSON, a speech model). */
  let unsuitable = false;

  for (let i = 0; i < models.length; i++) {
    const model = models[i];
    tried.add(model);
    for (let round = 0; round < ATTEMPTS_PER_MODEL; round++) {
      try {
        return { value: await attempt(model), model };
      } catch (error) {
        const problem = asFailure(error);
        if (options.signal?.aborted || problem.hint === 'cancelled') throw failure('upstream', 'The request was cancelled.', { hint: 'cancelled' });
        if (!shouldFallBack(problem)) throw withUnavailable(problem, log);
        if (problem.hint === 'unsupported') unsuitable = true;
        kept = moreUseful(kept, problem);
        const wait = isRetryable(problem) && round + 1 < ATTEMPTS_PER_MODEL ? retryDelay(round, problem) : null;
        if (wait === null) break;
        await sleep(wait);
      }
    }
    if (i === models.length - 1 && !discovered && (log.unavailable.length > 0 || unsuitable)) {
      discovered = true;
      const names = await listed().catch(() => [] as string[]);
      models.push(...modelsFor({ model: 'auto', fallbacks: [] }, names).filter((m) => !tried.has(m)).slice(0, DISCOVERED_MODELS));
    }
  }
  throw withUnavailable(kept ?? failure('upstream'), log);
}

function withUnavailable(problem: AiFailure, log: CallLog): AiFailure {
  if (log.unavailable.length) problem.unavailable = [...log.unavailable];
  return problem;
}

/** A reply that cannot be used as it is: blocked, or stopped early. */
function checkReply(reply: Reply): void {
  if (reply.blocked) throw failure('safety');
  if (reply.finishReason && reply.finishReason !== 'STOP') throw cutOff(reply.finishReason);
}

const TASKS: Record<StructuredRoute, Task> = {
  'generate-question': 'question',
  'evaluate-code': 'review',
  'reveal-solution': 'explain',
  'optimize-solution': 'optimize',
};

/** Ask for a structured answer for `route` and read it (see the ladder at the top of this file). */
export async function structured<R extends StructuredRoute>(
  route: R,
  choice: ModelChoice,
  prompt: Prompt,
  upstream: Upstream,
  options: CallOptions,
): Promise<Answer<AnswerOf<R>>> {
  const log = new CallLog();
  const schema = RESPONSE_SCHEMAS[route];
  let schemaRefused = false;
  let repaired = false;
  const { value, model } = await withModels(choice, upstream, options, log, async (model) => {
    const temperature = temperatureFor(model, TASKS[route]);
    let asked = schemaRefused ? withShape(prompt, route) : prompt;
    let sent: { reply: Reply; step: CallStep };
    try {
      sent = await logged(log, model, schemaRefused ? 'json' : 'schema', () =>
        upstream.generate({ model, prompt: asked, json: true, schema: schemaRefused ? undefined : schema, temperature }),
      );
    } catch (error) {
      if (schemaRefused || asFailure(error).hint !== 'schema') throw error;
      schemaRefused = true;
      asked = withShape(prompt, route);
      sent = await logged(log, model, 'json', () => upstream.generate({ model, prompt: asked, json: true, temperature }));
    }
    const read = (reply: Reply, step: CallStep) => {
      try {
        checkReply(reply);
      } catch (error) {
        log.end(step, asFailure(error).code, reply);
        throw error;
      }
      const reading = readAnswer(route, reply.text);
      if (!reading.ok) log.end(step, 'bad_output', reply);
      return reading;
    };
    const first = read(sent.reply, sent.step);
    if (first.ok) return first.data;
    if (repaired) throw failure('bad_output', undefined, { issues: first.issues });
    repaired = true;
    const fix = repairPrompt(asked, sent.reply.text, first.issues);
    const again = await logged(log, model, 'repair', () =>
      upstream.generate({ model, prompt: fix, json: true, schema: schemaRefused ? undefined : schema, temperature: temperatureFor(model, 'repair') }),
    );
    const second = read(again.reply, again.step);
    if (second.ok) return second.data;
    throw failure('bad_output', undefined, { issues: second.issues });
  });
  return { data: value, usage: log.usage(model) };
}

/** A streamed answer: text pieces as they arrive, then the usage. */
export interface TextStream {
  pieces: AsyncIterable<string>;
  usage: () => Usage;
}

/**
 * Start a streamed prose answer. Failures before the first piece fall back to
 * the next model; after that the stream ends with the failure. A stream whose
 * last chunk does not finish with STOP ends with a `truncated` failure naming
 * its finish reason, so a cut-off answer never looks complete.
 */
export async function streamed(choice: ModelChoice, prompt: Prompt, task: Task, upstream: Upstream, options: CallOptions): Promise<TextStream> {
  const log = new CallLog();
  const { value, model } = await withModels(choice, upstream, options, log, async (model) => {
    const step = log.begin(model, 'text');
    try {
      const iterator = await upstream.stream({ model, prompt, json: false, temperature: temperatureFor(model, task) });
      const next = await iterator.next();
      if (next.done) throw cutOff('NONE');
      if (next.value.blocked && !next.value.text) throw failure('safety');
      return { first: next.value, iterator, step };
    } catch (error) {
      log.end(step, asFailure(error).code);
      throw error;
    }
  });
  const { first, iterator, step } = value;

  async function* pieces(): AsyncGenerator<string> {
    let last = first;
    if (last.text) yield last.text;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        last = next.value;
        if (last.text) yield last.text;
      }
    } catch (error) {
      const problem = asFailure(error);
      log.end(step, problem.code, last);
      throw problem;
    } finally {
      void iterator.return?.();
    }
    const finish = last.finishReason ?? 'NONE';
    if (finish !== 'STOP') {
      log.end(step, 'truncated', last);
      throw cutOff(finish);
    }
    log.end(step, 'ok', last);
  }
  return { pieces: pieces(), usage: () => log.usage(model) };
}

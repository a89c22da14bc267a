/**
 * Request and response shapes of the `/api/ai/*` routes, shared by the browser
 * client, the route handlers and the Gemini adapter. Everything the model says
 * is parsed with these schemas before anyone uses it.
 */
import { z } from 'zod';
import { Difficulty, Problem } from './problem';

/** Largest request body a route accepts. */
export const MAX_AI_BODY_BYTES = 64 * 1024;

/** Strict model names: `gemini-3.5-flash`, `gemini-flash-latest`, `gemma-3-27b-it`; no paths, hosts or query strings. */
export const MODEL_NAME_PATTERN = /^(gemini|gemma)-[a-z0-9][a-z0-9.-]{0,60}$/;
export const ModelName = z.string().regex(MODEL_NAME_PATTERN, 'Unknown model name');
export type ModelName = z.infer<typeof ModelName>;

/**
 * A Gemini API key, as the browser keeps it and the routes accept it: one
 * credential token (RFC 7235 token68: letters, digits and `-._~+/`, then
 * optional `=` padding), 8 to 200 characters. Google's keys ("AIza" and 35
 * more of `[A-Za-z0-9_-]`) fit; text with spaces, quotes or braces (a
 * damaged saved value such as `{bad json`) does not.
 */
export const GEMINI_KEY_PATTERN = /^[\w.~+/-]+=*$/;
export const GeminiKey = z.string().trim().min(8).max(200).regex(GEMINI_KEY_PATTERN, 'Not an API key');
export type GeminiKey = z.infer<typeof GeminiKey>;

/** A model to ask, or `auto`: the best model the key lists (see core/ai-models). */
export const ModelSetting = z.union([z.literal('auto'), ModelName]);
export type ModelSetting = z.infer<typeof ModelSetting>;

/** The model to ask first, then the fallbacks in order. */
export const ModelChoice = z.object({
  model: ModelSetting,
  fallbacks: z.array(ModelName).max(3).default([]),
});
export type ModelChoice = z.infer<typeof ModelChoice>;

export const AI_ENDPOINTS = [
  'test-connection',
  'generate-question',
  'get-hints',
  'evaluate-code',
  'reveal-solution',
  'optimize-solution',
  'tutor',
] as const;
export const AiEndpoint = z.enum(AI_ENDPOINTS);
export type AiEndpoint = z.infer<typeof AiEndpoint>;

/** Which endpoints answer with streamed prose rather than one JSON document. */
export const STREAMED_ENDPOINTS: ReadonlySet<AiEndpoint> = new Set(['get-hints', 'tutor']);

// ---------------------------------------------------------------------------
// What the model is told about a problem and the learner's attempt.

const text = (max: number) => z.string().max(max);

export const ProblemContext = z.object({
  title: text(200),
  statement: text(12_000),
  entryPoint: text(100).optional(),
  difficulty: Difficulty,
  topic: text(300),
});
export type ProblemContext = z.infer<typeof ProblemContext>;

/** The latest test results, as counts plus a few failing visible cases. */
export const ResultsContext = z.object({
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  failures: z
    .array(z.object({ name: text(200), expected: text(2_000).optional(), actual: text(2_000).optional(), error: text(2_000).optional() }))
    .max(5)
    .default([]),
});
export type ResultsContext = z.infer<typeof ResultsContext>;

const Code = text(20_000);

// ---------------------------------------------------------------------------
// Requests.

export const TestConnectionRequest = z.object({});

export const GenerateQuestionRequest = ModelChoice.extend({
  module: text(100),
  subtopic: text(100),
  problemType: text(100),
  /** Human-readable topic, e.g. "Lists › Slicing › Reverse a slice". */
  topicLabel: text(300),
  difficulty: Difficulty,
  weakSpots: z.array(text(200)).max(5).default([]),
  /** Titles of recent questions the new one must not repeat. */
  avoid: z.array(text(200)).max(30).default([]),
  /** Set on the retry: what went wrong when the previous answer was checked. */
  previousFailure: z.object({ problem: z.unknown(), failure: text(4_000) }).optional(),
});
export type GenerateQuestionRequest = z.input<typeof GenerateQuestionRequest>;

export const HintRequest = ModelChoice.extend({
  problem: ProblemContext,
  code: Code,
  results: ResultsContext.optional(),
  /** 1 = a nudge, 2 = an approach, 3 = near-code. */
  rung: z.number().int().min(1).max(3),
  previousHints: z.array(text(4_000)).max(6).default([]),
});
export type HintRequest = z.input<typeof HintRequest>;

export const EvaluateRequest = ModelChoice.extend({
  problem: ProblemContext,
  code: Code,
  results: ResultsContext,
});
export type EvaluateRequest = z.input<typeof EvaluateRequest>;

export const RevealRequest = ModelChoice.extend({
  problem: ProblemContext,
  code: Code,
  reference: Code,
});
export type RevealRequest = z.input<typeof RevealRequest>;

export const OptimizeRequest = ModelChoice.extend({
  problem: ProblemContext,
  code: Code,
});
export type OptimizeRequest = z.input<typeof OptimizeRequest>;

export const ChatMessage = z.object({ role: z.enum(['user', 'model']), text: text(8_000) });
export type ChatMessage = z.infer<typeof ChatMessage>;

export const TutorRequest = ModelChoice.extend({
  problem: ProblemContext,
  code: Code,
  results: ResultsContext.optional(),
  messages: z.array(ChatMessage).min(1).max(40),
});
export type TutorRequest = z.input<typeof TutorRequest>;

export const AI_REQUESTS = {
  'test-connection': TestConnectionRequest,
  'generate-question': GenerateQuestionRequest,
  'get-hints': HintRequest,
  'evaluate-code': EvaluateRequest,
  'reveal-solution': RevealRequest,
  'optimize-solution': OptimizeRequest,
  tutor: TutorRequest,
} as const satisfies Record<AiEndpoint, z.ZodType>;

// ---------------------------------------------------------------------------
// Answers (the `data` of a response). These are also the JSON shapes the model
// is asked to produce, so model output is parsed with exactly these.

export const ModelInfo = z.object({
  name: ModelName,
  displayName: text(200),
  inputTokenLimit: z.number().int().optional(),
  outputTokenLimit: z.number().int().optional(),
});
export type ModelInfo = z.infer<typeof ModelInfo>;

/** The models offered for this key (text models that take a system instruction), best first; `listed` counts every model the key lists. */
export const ConnectionResult = z.object({ models: z.array(ModelInfo), listed: z.number().int().min(0).optional() });
export type ConnectionResult = z.infer<typeof ConnectionResult>;

/** A generated question is a full bank problem. */
export const GeneratedQuestion = z.object({ problem: Problem });
export type GeneratedQuestion = z.infer<typeof GeneratedQuestion>;

export const FeedbackPoint = z.object({
  kind: z.enum(['reasoning', 'edge-case', 'style', 'complexity']),
  text: text(2_000),
});

/** Code review. Deliberately has no pass/fail field: the verdict comes from tests only. */
export const Evaluation = z.object({
  summary: text(2_000),
  strengths: z.array(text(1_000)).max(6),
  points: z.array(FeedbackPoint).max(10),
  complexity: z.object({ time: text(100), space: text(100) }),
});
export type Evaluation = z.infer<typeof Evaluation>;

export const Explanation = z.object({
  explanation: text(8_000),
  keyIdeas: z.array(text(500)).max(6),
});
export type Explanation = z.infer<typeof Explanation>;

export const Optimization = z.object({
  code: Code,
  explanation: text(4_000),
  complexity: z.object({ before: text(100), after: text(100) }),
});
export type Optimization = z.infer<typeof Optimization>;

export const AI_ANSWERS = {
  'test-connection': ConnectionResult,
  'generate-question': GeneratedQuestion,
  'evaluate-code': Evaluation,
  'reveal-solution': Explanation,
  'optimize-solution': Optimization,
} as const;

// ---------------------------------------------------------------------------
// Envelopes.

export const AI_ERROR_CODES = [
  'missing_key',
  'invalid_key',
  /** The key's Google Cloud project has the Generative Language API switched off. */
  'service_disabled',
  /** The key may not use this (a leaked key, API or client restrictions, a model it has no access to). */
  'permission_denied',
  'rate_limited',
  'quota',
  'safety',
  'bad_request',
  /** The model is not (or no longer) served to this key: a retired id answers 404. */
  'model_unavailable',
  'too_large',
  'bad_output',
  /** The answer stopped early (MAX_TOKENS, RECITATION, SAFETY…). */
  'truncated',
  'timeout',
  'upstream',
] as const;
export const AiErrorCode = z.enum(AI_ERROR_CODES);
export type AiErrorCode = z.infer<typeof AiErrorCode>;

/** How a structured answer was asked for: with the response schema, as JSON without it, as a repair, or streamed prose. */
export const CallMode = z.enum(['schema', 'json', 'repair', 'text']);
export type CallMode = z.infer<typeof CallMode>;

/** One request to Gemini within a call, and how it ended. */
export const CallStep = z.object({
  model: z.string().max(100),
  mode: CallMode,
  outcome: z.union([z.literal('ok'), AiErrorCode]),
  inputTokens: z.number().int().min(0).default(0),
  outputTokens: z.number().int().min(0).default(0),
});
export type CallStep = z.infer<typeof CallStep>;

export const Usage = z.object({
  /** The model that answered. */
  model: z.string(),
  /** Tokens of every step of the call (a failed step's tokens are billed too). */
  inputTokens: z.number().int().min(0),
  outputTokens: z.number().int().min(0),
  /** Each request made, in order. */
  steps: z.array(CallStep).max(20).optional(),
  /** Requested models that answered 404 (retired, or not served to this key). */
  unavailable: z.array(z.string().max(100)).max(10).optional(),
});
export type Usage = z.infer<typeof Usage>;

/** Which limit a 429 names: requests per minute or per day, tokens per minute, or a model the key's tier gets no quota for. */
export const QuotaKind = z.enum(['per-minute', 'per-day', 'tokens-per-minute', 'no-free-tier', 'unknown']);
export type QuotaKind = z.infer<typeof QuotaKind>;

export const AiError = z.object({
  code: AiErrorCode,
  message: z.string(),
  /** Seconds to wait before trying again (rate limits). */
  retryAfter: z.number().optional(),
  /** Which fields were wrong (bad requests, unusable answers). */
  issues: z.array(z.string()).optional(),
  /** Which limit was hit (rate limits and quotas). */
  quotaKind: QuotaKind.optional(),
  /** Why an answer stopped early (truncated answers). */
  finishReason: z.string().max(40).optional(),
  /** Requested models that answered 404. */
  unavailable: z.array(z.string().max(100)).max(10).optional(),
});
export type AiError = z.infer<typeof AiError>;

export const ErrorEnvelope = z.object({ error: AiError });

export function successEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ data, usage: Usage });
}

/** One line of a streamed answer (newline-delimited JSON). */
export const StreamEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('done'), usage: Usage }),
  z.object({ type: z.literal('error'), error: AiError }),
]);
export type StreamEvent = z.infer<typeof StreamEvent>;

/** HTTP status for each error code. */
export const AI_ERROR_STATUS: Record<AiErrorCode, number> = {
  missing_key: 401,
  invalid_key: 401,
  service_disabled: 403,
  permission_denied: 403,
  rate_limited: 429,
  quota: 429,
  safety: 422,
  bad_request: 400,
  model_unavailable: 404,
  too_large: 413,
  bad_output: 502,
  truncated: 502,
  timeout: 504,
  upstream: 502,
};

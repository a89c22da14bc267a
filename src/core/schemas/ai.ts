/**
 * Request and response shapes of the `/api/ai/*` routes, shared by the browser
 * client, the route handlers and the Gemini adapter. Everything the model says
 * is parsed with these schemas before anyone uses it.
 */
import { z } from 'zod';
import { LOCALES } from '../i18n/locale';
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
  /** The learner's language: the model writes its explanations in it. */
  language: z.enum(LOCALES).default('en'),
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
  'explain-lesson',
  'explain-example',
] as const;
export const AiEndpoint = z.enum(AI_ENDPOINTS);
export type AiEndpoint = z.infer<typeof AiEndpoint>;

/** Which endpoints answer with streamed prose rather than one JSON document. */
export const STREAMED_ENDPOINTS = ['get-hints', 'tutor', 'explain-lesson', 'explain-example'] as const satisfies readonly AiEndpoint[];
export type StreamedEndpoint = (typeof STREAMED_ENDPOINTS)[number];

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

// ---------------------------------------------------------------------------
// What the model is told about a lesson (see core/lesson-ai).

/** A lesson and where it sits: what the learner can be assumed to know. */
export const LessonContext = z.object({
  title: text(80),
  goal: text(200),
  /** Module and topic, e.g. "Basics › Variables and expressions". */
  place: text(200),
  /** 1-based position on the learning path, and its length. */
  position: z.number().int().min(1).max(1_000),
  total: z.number().int().min(1).max(1_000),
  /** Constructs this lesson introduces (syntax ids, `builtin:len`, `module:math`). */
  introduces: z.array(text(80)).max(20),
  /** Constructs earlier lessons introduced: everything the learner has met before. */
  known: z.array(text(80)).max(400),
});
export type LessonContext = z.infer<typeof LessonContext>;

/** One section of a lesson, as the learner reads it. */
export const LessonSectionContext = z.object({
  heading: text(80),
  body: text(3_000),
  example: text(2_000).optional(),
  after: text(1_500).optional(),
});
export type LessonSectionContext = z.infer<typeof LessonSectionContext>;

export const ExplainLessonRequest = ModelChoice.extend({
  lesson: LessonContext,
  section: LessonSectionContext,
  /** How many lessons the learner has finished. */
  lessonsDone: z.number().int().min(0).max(1_000).default(0),
  /** Explanations of this section already given, so the next one takes another angle. */
  previous: z.array(text(4_000)).max(3).default([]),
});
export type ExplainLessonRequest = z.input<typeof ExplainLessonRequest>;

/** How the learner's run of an example ended, as the page showed it. */
export const ExampleRunContext = z.object({
  status: z.enum(['ok', 'exit', 'error', 'timeout', 'crashed']),
  /** What it printed (input lines echoed), up to the error. */
  output: text(4_000),
  error: z.object({ type: text(100), message: text(1_000), line: z.number().int().nullable(), traceback: text(4_000) }).optional(),
});
export type ExampleRunContext = z.infer<typeof ExampleRunContext>;

export const ExplainExampleRequest = ModelChoice.extend({
  lesson: LessonContext,
  /** The heading of the example's section. */
  section: text(80),
  /** The example as the lesson wrote it, with the output it prints. */
  example: z.object({ code: text(2_000), output: text(2_000), stdin: z.array(text(200)).max(10).default([]) }),
  /** The learner's edited code, as it ran. */
  code: Code,
  /** The lines the learner typed for input(). */
  stdin: z.array(text(200)).max(20).default([]),
  run: ExampleRunContext,
  /** The learner asked to see the corrected code. */
  showFix: z.boolean().default(false),
});
export type ExplainExampleRequest = z.input<typeof ExplainExampleRequest>;

export const AI_REQUESTS = {
  'test-connection': TestConnectionRequest,
  'generate-question': GenerateQuestionRequest,
  'get-hints': HintRequest,
  'evaluate-code': EvaluateRequest,
  'reveal-solution': RevealRequest,
  'optimize-solution': OptimizeRequest,
  tutor: TutorRequest,
  'explain-lesson': ExplainLessonRequest,
  'explain-example': ExplainExampleRequest,
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

/**
 * Request and response shapes of the `/api/ai/*` routes, shared by the browser
 * client, the route handlers and the Gemini adapter. Everything the model says
 * is parsed with these schemas before anyone uses it.
 */
import * as z from 'zod/mini';
import { LOCALES } from '../i18n/locale';
import { ModelName, ModelSetting } from './ai-model';
import { Difficulty, Problem } from './problem';

/** Largest request body a route accepts. */
export const MAX_AI_BODY_BYTES = 64 * 1024;

// Model names and the key live apart (ai-model.ts) for the settings and the key store, which every page loads.
export { GEMINI_KEY_PATTERN, GeminiKey, MODEL_NAME_PATTERN, ModelName, ModelSetting } from './ai-model';

/** The model to ask first, then the fallbacks in order. */
export const ModelChoice = z.object({
  model: ModelSetting,
  fallbacks: z._default(z.array(ModelName).check(z.maxLength(3)), []),
  /** The learner's language: the model writes its explanations in it. */
  language: z._default(z.enum(LOCALES), 'en'),
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

const text = (max: number) => z.string().check(z.maxLength(max));

export const ProblemContext = z.object({
  title: text(200),
  statement: text(12_000),
  entryPoint: z.optional(text(100)),
  difficulty: Difficulty,
  topic: text(300),
});
export type ProblemContext = z.infer<typeof ProblemContext>;

/** The latest test results, as counts plus a few failing visible cases. */
export const ResultsContext = z.object({
  passed: z.number().check(z.int(), z.gte(0)),
  total: z.number().check(z.int(), z.gte(0)),
  failures: z._default(
    z
      .array(z.object({ name: text(200), expected: z.optional(text(2_000)), actual: z.optional(text(2_000)), error: z.optional(text(2_000)) }))
      .check(z.maxLength(5)),
    [],
  ),
});
export type ResultsContext = z.infer<typeof ResultsContext>;

const Code = text(20_000);

// ---------------------------------------------------------------------------
// Requests.

export const TestConnectionRequest = z.object({});

export const GenerateQuestionRequest = z.extend(ModelChoice, {
  module: text(100),
  subtopic: text(100),
  problemType: text(100),
  /** Human-readable topic, e.g. "Lists › Slicing › Reverse a slice". */
  topicLabel: text(300),
  difficulty: Difficulty,
  weakSpots: z._default(z.array(text(200)).check(z.maxLength(5)), []),
  /** Titles of recent questions the new one must not repeat. */
  avoid: z._default(z.array(text(200)).check(z.maxLength(30)), []),
  /** Set on the retry: what went wrong when the previous answer was checked. */
  previousFailure: z.optional(z.object({ problem: z.unknown(), failure: text(4_000) })),
});
export type GenerateQuestionRequest = z.input<typeof GenerateQuestionRequest>;

export const HintRequest = z.extend(ModelChoice, {
  problem: ProblemContext,
  code: Code,
  results: z.optional(ResultsContext),
  /** 1 = a nudge, 2 = an approach, 3 = near-code. */
  rung: z.number().check(z.int(), z.gte(1), z.lte(3)),
  previousHints: z._default(z.array(text(4_000)).check(z.maxLength(6)), []),
});
export type HintRequest = z.input<typeof HintRequest>;

export const EvaluateRequest = z.extend(ModelChoice, {
  problem: ProblemContext,
  code: Code,
  results: ResultsContext,
});
export type EvaluateRequest = z.input<typeof EvaluateRequest>;

export const RevealRequest = z.extend(ModelChoice, {
  problem: ProblemContext,
  code: Code,
  reference: Code,
});
export type RevealRequest = z.input<typeof RevealRequest>;

export const OptimizeRequest = z.extend(ModelChoice, {
  problem: ProblemContext,
  code: Code,
});
export type OptimizeRequest = z.input<typeof OptimizeRequest>;

export const ChatMessage = z.object({ role: z.enum(['user', 'model']), text: text(8_000) });
export type ChatMessage = z.infer<typeof ChatMessage>;

export const TutorRequest = z.extend(ModelChoice, {
  problem: ProblemContext,
  code: Code,
  results: z.optional(ResultsContext),
  messages: z.array(ChatMessage).check(z.minLength(1), z.maxLength(40)),
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
  position: z.number().check(z.int(), z.gte(1), z.lte(1_000)),
  total: z.number().check(z.int(), z.gte(1), z.lte(1_000)),
  /** Constructs this lesson introduces (syntax ids, `builtin:len`, `module:math`). */
  introduces: z.array(text(80)).check(z.maxLength(20)),
  /** Constructs earlier lessons introduced: everything the learner has met before. */
  known: z.array(text(80)).check(z.maxLength(400)),
});
export type LessonContext = z.infer<typeof LessonContext>;

/** One section of a lesson, as the learner reads it. */
export const LessonSectionContext = z.object({
  heading: text(80),
  body: text(3_000),
  example: z.optional(text(2_000)),
  after: z.optional(text(1_500)),
});
export type LessonSectionContext = z.infer<typeof LessonSectionContext>;

export const ExplainLessonRequest = z.extend(ModelChoice, {
  lesson: LessonContext,
  section: LessonSectionContext,
  /** How many lessons the learner has finished. */
  lessonsDone: z._default(z.number().check(z.int(), z.gte(0), z.lte(1_000)), 0),
  /** Explanations of this section already given, so the next one takes another angle. */
  previous: z._default(z.array(text(4_000)).check(z.maxLength(3)), []),
});
export type ExplainLessonRequest = z.input<typeof ExplainLessonRequest>;

/** How the learner's run of an example ended, as the page showed it. */
export const ExampleRunContext = z.object({
  status: z.enum(['ok', 'exit', 'error', 'timeout', 'crashed']),
  /** What it printed (input lines echoed), up to the error. */
  output: text(4_000),
  error: z.optional(z.object({ type: text(100), message: text(1_000), line: z.nullable(z.number().check(z.int())), traceback: text(4_000) })),
});
export type ExampleRunContext = z.infer<typeof ExampleRunContext>;

export const ExplainExampleRequest = z.extend(ModelChoice, {
  lesson: LessonContext,
  /** The heading of the example's section. */
  section: text(80),
  /** The example as the lesson wrote it, with the output it prints. */
  example: z.object({ code: text(2_000), output: text(2_000), stdin: z._default(z.array(text(200)).check(z.maxLength(10)), []) }),
  /** The learner's edited code, as it ran. */
  code: Code,
  /** The lines the learner typed for input(). */
  stdin: z._default(z.array(text(200)).check(z.maxLength(20)), []),
  run: ExampleRunContext,
  /** The learner asked to see the corrected code. */
  showFix: z._default(z.boolean(), false),
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
} as const satisfies Record<AiEndpoint, z.ZodMiniType>;

// ---------------------------------------------------------------------------
// Answers (the `data` of a response). These are also the JSON shapes the model
// is asked to produce, so model output is parsed with exactly these.

export const ModelInfo = z.object({
  name: ModelName,
  displayName: text(200),
  inputTokenLimit: z.optional(z.number().check(z.int())),
  outputTokenLimit: z.optional(z.number().check(z.int())),
});
export type ModelInfo = z.infer<typeof ModelInfo>;

/** The models offered for this key (text models that take a system instruction), best first; `listed` counts every model the key lists. */
export const ConnectionResult = z.object({ models: z.array(ModelInfo), listed: z.optional(z.number().check(z.int(), z.gte(0))) });
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
  strengths: z.array(text(1_000)).check(z.maxLength(6)),
  points: z.array(FeedbackPoint).check(z.maxLength(10)),
  complexity: z.object({ time: text(100), space: text(100) }),
});
export type Evaluation = z.infer<typeof Evaluation>;

export const Explanation = z.object({
  explanation: text(8_000),
  keyIdeas: z.array(text(500)).check(z.maxLength(6)),
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
  model: z.string().check(z.maxLength(100)),
  mode: CallMode,
  outcome: z.union([z.literal('ok'), AiErrorCode]),
  inputTokens: z._default(z.number().check(z.int(), z.gte(0)), 0),
  outputTokens: z._default(z.number().check(z.int(), z.gte(0)), 0),
});
export type CallStep = z.infer<typeof CallStep>;

export const Usage = z.object({
  /** The model that answered. */
  model: z.string(),
  /** Tokens of every step of the call (a failed step's tokens are billed too). */
  inputTokens: z.number().check(z.int(), z.gte(0)),
  outputTokens: z.number().check(z.int(), z.gte(0)),
  /** Each request made, in order. */
  steps: z.optional(z.array(CallStep).check(z.maxLength(20))),
  /** Requested models that answered 404 (retired, or not served to this key). */
  unavailable: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(10))),
});
export type Usage = z.infer<typeof Usage>;

/** Which limit a 429 names: requests per minute or per day, tokens per minute, or a model the key's tier gets no quota for. */
export const QuotaKind = z.enum(['per-minute', 'per-day', 'tokens-per-minute', 'no-free-tier', 'unknown']);
export type QuotaKind = z.infer<typeof QuotaKind>;

export const AiError = z.object({
  code: AiErrorCode,
  message: z.string(),
  /** Seconds to wait before trying again (rate limits). */
  retryAfter: z.optional(z.number()),
  /** Which fields were wrong (bad requests, unusable answers). */
  issues: z.optional(z.array(z.string())),
  /** Which limit was hit (rate limits and quotas). */
  quotaKind: z.optional(QuotaKind),
  /** Why an answer stopped early (truncated answers). */
  finishReason: z.optional(z.string().check(z.maxLength(40))),
  /** Requested models that answered 404. */
  unavailable: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(10))),
});
export type AiError = z.infer<typeof AiError>;

export const ErrorEnvelope = z.object({ error: AiError });

export function successEnvelope<T extends z.ZodMiniType>(data: T) {
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

/**
 * What the fake Gemini server (fake-gemini.ts) answers: Google's error
 * bodies as the real API sends them, its schema-complexity check, and a
 * default answer for each PyDojo task.
 */

export type ErrorKind =
  | 'invalid-key'
  | 'service-disabled'
  | 'permission-denied'
  | 'leaked'
  | 'restricted'
  | 'rate-limit'
  | 'tokens'
  | 'quota'
  | 'no-free-tier'
  | 'server'
  | 'unavailable'
  | 'deadline'
  | 'not-found'
  | 'schema-too-complex'
  | 'safety';

export interface GenerateBody {
  contents?: Array<{ role?: string; parts?: Array<{ text?: string }> }>;
  systemInstruction?: { parts?: Array<{ text?: string }> };
  generationConfig?: { responseMimeType?: string; responseJsonSchema?: unknown; temperature?: number };
}

export function errorBody(code: number, status: string, message: string, details: unknown[] = []) {
  return { error: { code, message, status, ...(details.length ? { details } : {}) } };
}

const ERROR_INFO = (reason: string, metadata: Record<string, string> = {}) => ({
  '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
  reason,
  domain: 'googleapis.com',
  metadata: { service: 'generativelanguage.googleapis.com', ...metadata },
});
const HELP = { '@type': 'type.googleapis.com/google.rpc.Help', links: [{ description: 'Learn more about Gemini API quotas', url: 'https://ai.google.dev/gemini-api/docs/rate-limits' }] };

function exhausted(model: string, quotaId: string, metric: string, limit: number, retryDelay: number) {
  const message =
    'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. ' +
    `To monitor your current usage, head to: https://ai.dev/rate-limit. \n* Quota exceeded for metric: generativelanguage.googleapis.com/${metric}, limit: ${limit}, model: ${model}\nPlease retry in ${(retryDelay + 0.42).toFixed(2)}s.`;
  return errorBody(429, 'RESOURCE_EXHAUSTED', message, [
    HELP,
    {
      '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
      violations: [{ quotaMetric: `generativelanguage.googleapis.com/${metric}`, quotaId, quotaDimensions: { location: 'global', model }, quotaValue: String(limit) }],
    },
    { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${Math.floor(retryDelay)}s` },
  ]);
}

const PROJECT = 'projects/123456789012';

export const ERRORS: Record<ErrorKind, (step: { retryDelay?: number }, model: string) => [number, unknown]> = {
  'invalid-key': () => [
    400,
    errorBody(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
      ERROR_INFO('API_KEY_INVALID'),
      { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message: 'API key not valid. Please pass a valid API key.' },
    ]),
  ],
  'service-disabled': () => {
    const url = 'https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123456789012';
    const message = `Generative Language API has not been used in project 123456789012 before or it is disabled. Enable it by visiting ${url} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.`;
    return [
      403,
      errorBody(403, 'PERMISSION_DENIED', message, [
        ERROR_INFO('SERVICE_DISABLED', { consumer: PROJECT, serviceTitle: 'Generative Language API', containerInfo: '123456789012', activationUrl: url }),
        { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message },
        { '@type': 'type.googleapis.com/google.rpc.Help', links: [{ description: 'Google developers console API activation', url }] },
      ]),
    ];
  },
  'permission-denied': (_step, model) => [403, errorBody(403, 'PERMISSION_DENIED', `You do not have permission to access model models/${model}.`)],
  leaked: () => [403, errorBody(403, 'PERMISSION_DENIED', 'Your API key was reported as leaked. Please use another API key.')],
  restricted: () => [
    403,
    errorBody(403, 'PERMISSION_DENIED', 'Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.GenerateContent are blocked.', [
      ERROR_INFO('API_KEY_SERVICE_BLOCKED', { consumer: PROJECT, methodName: 'google.ai.generativelanguage.v1beta.GenerativeService.GenerateContent' }),
    ]),
  ],
  'rate-limit': (step, model) => [429, exhausted(model, 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier', 'generate_content_free_tier_requests', 10, step.retryDelay ?? 30)],
  tokens: (step, model) => [429, exhausted(model, 'GenerateContentInputTokensPerModelPerMinute-FreeTier', 'generate_content_free_tier_input_token_count', 250_000, step.retryDelay ?? 40)],
  quota: (step, model) => [429, exhausted(model, 'GenerateRequestsPerDayPerProjectPerModel-FreeTier', 'generate_content_free_tier_requests', 250, step.retryDelay ?? 3_600)],
  'no-free-tier': (step, model) => [429, exhausted(model, 'GenerateRequestsPerDayPerProjectPerModel-FreeTier', 'generate_content_free_tier_requests', 0, step.retryDelay ?? 45)],
  server: () => [500, errorBody(500, 'INTERNAL', 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting')],
  unavailable: () => [503, errorBody(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.')],
  deadline: () => [504, errorBody(504, 'DEADLINE_EXCEEDED', 'Deadline expired before operation could complete.')],
  'not-found': (_step, model) => [
    404,
    errorBody(404, 'NOT_FOUND', `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`),
  ],
  'schema-too-complex': () => [
    400,
    errorBody(
      400,
      'INVALID_ARGUMENT',
      'The specified schema produces a constraint that has too many states for serving.  Typical causes of this error are schemas with lots of text (for example, very long property or enum names), schemas with long array length limits (especially when nested), or schemas using complex value matchers (for example, integers or numbers with minimum/maximum bounds or strings with complex formats like date-time)',
    ),
  ],
  safety: () => [200, { promptFeedback: { blockReason: 'SAFETY' }, usageMetadata: { promptTokenCount: 10, totalTokenCount: 10 } }],
};

/**
 * A rough stand-in for Gemini's state count: a schema is refused when it is
 * large, deep, recursive, or multiplies array limits (200 tests × 50 args).
 */
export function schemaTooComplex(schema: unknown): boolean {
  const text = JSON.stringify(schema);
  if (text.length > 3_000 || text.includes('"$ref"')) return true;
  const walk = (node: unknown, depth: number, arrays: number): boolean => {
    if (typeof node !== 'object' || node === null) return false;
    if (depth > 6) return true;
    const s = node as Record<string, unknown>;
    const limit = typeof s.maxItems === 'number' ? s.maxItems : s.type === 'array' ? 100 : 1;
    const product = arrays * limit;
    if (product >= 1_000) return true;
    return Object.values(s).some((child) =>
      Array.isArray(child) ? child.some((c) => walk(c, depth + 1, product)) : typeof child === 'object' && walk(child, depth + 1, product),
    );
  };
  return walk(schema, 0, 1);
}

// ---------------------------------------------------------------------------
// Default answers, by the task named in the system instruction.

let generated = 0;

export function textsOf(body: GenerateBody): { system: string; user: string } {
  const system = (body.systemInstruction?.parts ?? []).map((p) => p.text ?? '').join('\n');
  const user = (body.contents ?? []).map((c) => (c.parts ?? []).map((p) => p.text ?? '').join('\n')).join('\n');
  return { system, user };
}

export function taskOf(body: GenerateBody): string | null {
  const { system, user } = textsOf(body);
  return /PyDojo task: ([a-z-]+)/.exec(system || user)?.[1] ?? null;
}

/** The first `<data name="code">` block of a prompt, decoded. */
function codeOf(text: string): string {
  const match = /<data name="code">\n(.*)\n<\/data>/.exec(text);
  try {
    return match ? (JSON.parse(match[1]) as string) : '';
  } catch {
    return '';
  }
}

/** The code of the `<data name="original">` block (a lesson example), decoded. */
function originalCodeOf(text: string): string {
  const match = /<data name="original">\n(.*)\n<\/data>/.exec(text);
  try {
    return match ? (JSON.parse(match[1]) as { code: string }).code : '';
  } catch {
    return '';
  }
}

/** A question as Gemini writes it for PyDojo's response schema: test values as JSON text. */
function generatedProblem(difficulty: string) {
  generated += 1;
  const k = 2 + (generated % 7);
  const call = (args: unknown[], expected: number, hidden = false) => ({ hidden, args: JSON.stringify(args), expected: JSON.stringify(expected) });
  return {
    id: `sum-of-multiples-of-${k}-${generated}`,
    title: `Sum of multiples of ${k} (#${generated})`,
    statement: `Write \`sum_multiples(nums)\` that returns the sum of the numbers in \`nums\` divisible by ${k}.\n\n**Example:** \`sum_multiples([${k}, 1, ${2 * k}])\` returns \`${3 * k}\`.\n\nConstraints: up to 10^4 integers, each between -10^6 and 10^6.`,
    difficulty,
    tags: ['loops', 'modulo'],
    entryPoint: 'sum_multiples',
    starterCode: 'def sum_multiples(nums):\n    """Return the sum of the numbers divisible by the given divisor."""\n    pass\n',
    solution: `def sum_multiples(nums):\n    return sum(n for n in nums if n % ${k} == 0)\n`,
    tests: [
      { name: 'example', ...call([[k, 1, 2 * k]], 3 * k) },
      { name: 'empty list', ...call([[]], 0) },
      call([[1]], 0),
      call([[-k, k]], 0, true),
      call([[0]], 0, true),
      call([[k * 5]], k * 5, true),
      call([[k, k, k]], 3 * k, true),
      call([[k + 1, k - 1]], 0, true),
    ],
    hints: ['Which numbers count towards the total?', `A number n is divisible by ${k} when n % ${k} == 0.`, `Loop over nums and add n when n % ${k} == 0.`],
    wrongSolutions: [{ code: 'def sum_multiples(nums):\n    return sum(nums)\n', why: 'adds every number' }],
  };
}

export function defaultAnswer(task: string | null, body: GenerateBody): string {
  const { user, system } = textsOf(body);
  switch (task) {
    case 'generate-question':
      return JSON.stringify(generatedProblem(/Difficulty: (\w+)/.exec(user)?.[1] ?? 'beginner'));
    case 'evaluate-code':
      return JSON.stringify({
        summary: 'The approach is clear and reads well. Consider the empty input and name variables for what they hold.',
        strengths: ['Readable structure'],
        points: [
          { kind: 'edge-case', text: 'What happens when the input is empty?' },
          { kind: 'style', text: 'A more descriptive variable name would help.' },
        ],
        complexity: { time: 'O(n)', space: 'O(1)' },
      });
    case 'reveal-solution':
      return JSON.stringify({
        explanation: 'The reference solution walks through the input once and keeps a running result.\n\n1. Start with an empty result.\n2. Update it for each element.\n3. Return it.',
        keyIdeas: ['One pass over the input', 'Keep a running result'],
      });
    case 'optimize-solution':
      return JSON.stringify({
        code: codeOf(user) || 'pass\n',
        explanation: 'Your solution is already efficient; this version is the same.',
        complexity: { before: 'O(n)', after: 'O(n)' },
      });
    case 'get-hints':
      return `Look closely at the loop in your code. Which values does it visit, and is that every value the problem asks about? What would you check first?`;
    case 'tutor':
      return `Good question! Let's think it through: what should your function return for the smallest possible input? Try tracing your code by hand with that input.`;
    case 'explain-lesson':
      return `Picture a labelled box: the name is the label, the value is what is inside. What would you expect to see if you looked in the box twice, once before and once after putting something new in?`;
    case 'explain-example':
      return /Please also show me the fixed code/.test(user)
        ? `Python stopped at the line you changed. Here is the example as the lesson wrote it:\n\n\`\`\`python\n${originalCodeOf(user).replace(/\n?$/, '\n')}\`\`\``
        : `Python ran your code line by line and stopped where it met something it could not do. Compare that line with the original example: what did you change there, and what does Python need it to be?`;
    default:
      return system ? 'OK' : '';
  }
}

/**
 * A local stand-in for the Gemini REST API (v1beta), speaking the same wire
 * format as the real one: `GET /v1beta/models`, `POST …:generateContent`,
 * `POST …:streamGenerateContent?alt=sse`, the key in `x-goog-api-key`, and
 * Google's error bodies. Tests and `npm run fake-gemini` point the app at it
 * with GEMINI_BASE_URL.
 *
 * Scripting, per API key (so parallel tests never see each other's script):
 *   POST /__fake/script   {key, steps: Step[]}   queue answers for that key
 *   GET  /__fake/requests?key=…                   what that key sent
 *   POST /__fake/reset    {key}                   forget both
 * A request takes the first queued step whose `model` matches (or has none);
 * with no step it gets a sensible default answer for its task.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';

export interface Step {
  /** Only requests to this model take the step. */
  model?: string;
  error?: 'invalid-key' | 'rate-limit' | 'quota' | 'server' | 'unavailable' | 'not-found' | 'safety';
  /** Seconds, for rate-limit and quota errors. */
  retryDelay?: number;
  /** The answer's text (for structured tasks, the JSON text). */
  text?: string;
  /** Serialised to JSON as the answer's text. */
  json?: unknown;
  /** For streamed answers: the pieces, sent one event each. */
  chunks?: string[];
  /** Milliseconds before answering, and between streamed pieces. */
  delayMs?: number;
  chunkDelayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  model: string | null;
  stream: boolean;
  task: string | null;
  body: unknown;
}

export interface FakeGemini {
  url: string;
  close(): Promise<void>;
}

const MODELS = [
  { name: 'models/gemini-2.5-flash', displayName: 'Gemini 2.5 Flash', inputTokenLimit: 1048576, methods: ['generateContent', 'countTokens'] },
  { name: 'models/gemini-2.5-pro', displayName: 'Gemini 2.5 Pro', inputTokenLimit: 1048576, methods: ['generateContent', 'countTokens'] },
  { name: 'models/gemini-2.5-flash-lite', displayName: 'Gemini 2.5 Flash-Lite', inputTokenLimit: 1048576, methods: ['generateContent', 'countTokens'] },
  { name: 'models/gemini-2.0-flash', displayName: 'Gemini 2.0 Flash', inputTokenLimit: 1048576, methods: ['generateContent', 'countTokens'] },
  { name: 'models/text-embedding-004', displayName: 'Text Embedding 004', inputTokenLimit: 2048, methods: ['embedContent'] },
];

function googleError(code: number, status: string, message: string, details: unknown[] = []) {
  return { error: { code, message, status, ...(details.length ? { details } : {}) } };
}

const ERRORS: Record<NonNullable<Step['error']>, (step: Step, model: string) => [number, unknown]> = {
  'invalid-key': () => [
    400,
    googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
      { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com' } },
      { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message: 'API key not valid. Please pass a valid API key.' },
    ]),
  ],
  'rate-limit': (step, model) => [
    429,
    googleError(429, 'RESOURCE_EXHAUSTED', 'You exceeded your current quota, please check your plan and billing details.', [
      {
        '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
        violations: [{ quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests', quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier', quotaDimensions: { model, location: 'global' }, quotaValue: '10' }],
      },
      { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${step.retryDelay ?? 30}s` },
    ]),
  ],
  quota: (step, model) => [
    429,
    googleError(429, 'RESOURCE_EXHAUSTED', 'You exceeded your current quota, please check your plan and billing details.', [
      {
        '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
        violations: [{ quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests', quotaId: 'GenerateRequestsPerDayPerProjectPerModel-FreeTier', quotaDimensions: { model, location: 'global' }, quotaValue: '250' }],
      },
      { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${step.retryDelay ?? 3600}s` },
    ]),
  ],
  server: () => [500, googleError(500, 'INTERNAL', 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting')],
  unavailable: () => [503, googleError(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.')],
  'not-found': (_step, model) => [404, googleError(404, 'NOT_FOUND', `models/${model} is not found for API version v1beta, or is not supported for generateContent.`)],
  safety: () => [200, { promptFeedback: { blockReason: 'SAFETY' }, usageMetadata: { promptTokenCount: 10, totalTokenCount: 10 } }],
};

// ---------------------------------------------------------------------------
// Default answers, by the task named in the system instruction.

let generated = 0;

interface GenerateBody {
  contents?: Array<{ role?: string; parts?: Array<{ text?: string }> }>;
  systemInstruction?: { parts?: Array<{ text?: string }> };
  generationConfig?: { responseMimeType?: string };
}

function textsOf(body: GenerateBody): { system: string; user: string } {
  const system = (body.systemInstruction?.parts ?? []).map((p) => p.text ?? '').join('\n');
  const user = (body.contents ?? []).map((c) => (c.parts ?? []).map((p) => p.text ?? '').join('\n')).join('\n');
  return { system, user };
}

function taskOf(body: GenerateBody): string | null {
  return /PyDojo task: ([a-z-]+)/.exec(textsOf(body).system)?.[1] ?? null;
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

function generatedProblem(difficulty: string) {
  generated += 1;
  const k = 2 + (generated % 7);
  const id = `sum-of-multiples-of-${k}-${generated}`;
  return {
    id,
    title: `Sum of multiples of ${k} (#${generated})`,
    statement: `Write \`sum_multiples(nums)\` that returns the sum of the numbers in \`nums\` divisible by ${k}.\n\n**Example:** \`sum_multiples([${k}, 1, ${2 * k}])\` returns \`${3 * k}\`.\n\nConstraints: up to 10^4 integers, each between -10^6 and 10^6.`,
    difficulty,
    tags: ['loops', 'modulo'],
    entryPoint: 'sum_multiples',
    starterCode: 'def sum_multiples(nums):\n    """Return the sum of the numbers divisible by the given divisor."""\n    pass\n',
    solution: `def sum_multiples(nums):\n    return sum(n for n in nums if n % ${k} == 0)\n`,
    tests: [
      { kind: 'call', args: [[k, 1, 2 * k]], expected: 3 * k },
      { kind: 'call', args: [[]], expected: 0 },
      { kind: 'call', args: [[1]], expected: 0 },
      { kind: 'call', hidden: true, args: [[-k, k]], expected: 0 },
      { kind: 'call', hidden: true, args: [[0]], expected: 0 },
      { kind: 'call', hidden: true, args: [[k * 5]], expected: k * 5 },
      { kind: 'call', hidden: true, args: [[k, k, k]], expected: 3 * k },
      { kind: 'call', hidden: true, args: [[k + 1, k - 1]], expected: 0 },
    ],
    hints: ['Which numbers count towards the total?', `A number n is divisible by ${k} when n % ${k} == 0.`, `Loop over nums and add n when n % ${k} == 0.`],
    wrongSolutions: [{ code: 'def sum_multiples(nums):\n    return sum(nums)\n', why: 'adds every number' }],
    estimatedMinutes: 5,
  };
}

function defaultAnswer(task: string | null, body: GenerateBody): string {
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
    default:
      return system ? 'OK' : '';
  }
}

// ---------------------------------------------------------------------------

function tokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function candidate(text: string, finish: string | null) {
  return { content: { role: 'model', parts: [{ text }] }, ...(finish ? { finishReason: finish } : {}), index: 0 };
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function startFakeGemini(port = Number(process.env.FAKE_GEMINI_PORT ?? 3210), host = '127.0.0.1'): Promise<FakeGemini> {
  const scripts = new Map<string, Step[]>();
  const requests = new Map<string, RecordedRequest[]>();

  function takeStep(key: string, model: string): Step | undefined {
    const queue = scripts.get(key) ?? [];
    const index = queue.findIndex((s) => !s.model || s.model === model);
    return index === -1 ? undefined : queue.splice(index, 1)[0];
  }

  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${host}`);
      // Control endpoints for tests.
      if (url.pathname === '/__fake/script' && req.method === 'POST') {
        const { key, steps } = (await readJson(req)) as { key: string; steps: Step[] };
        scripts.set(key, [...(scripts.get(key) ?? []), ...steps]);
        return send(res, 200, { queued: scripts.get(key)?.length ?? 0 });
      }
      if (url.pathname === '/__fake/requests' && req.method === 'GET') {
        return send(res, 200, { requests: requests.get(url.searchParams.get('key') ?? '') ?? [] });
      }
      if (url.pathname === '/__fake/reset' && req.method === 'POST') {
        const { key } = (await readJson(req)) as { key: string };
        scripts.delete(key);
        requests.delete(key);
        return send(res, 200, {});
      }

      const key = String(req.headers['x-goog-api-key'] ?? '');
      const match = /^\/v1beta\/models(?:\/([^/:]+):(generateContent|streamGenerateContent))?$/.exec(url.pathname);
      if (!match) return send(res, 404, googleError(404, 'NOT_FOUND', `Method not found: ${url.pathname}`));
      const [, model = null, method = null] = match;
      const body = (req.method === 'POST' ? await readJson(req) : {}) as GenerateBody;
      const log = requests.get(key) ?? [];
      log.push({ method: req.method ?? 'GET', path: url.pathname, model, stream: method === 'streamGenerateContent', task: taskOf(body), body });
      requests.set(key, log);

      if (!key || key.length < 10 || /invalid/i.test(key)) return send(res, ...ERRORS['invalid-key']({}, model ?? ''));

      if (!model) {
        const models = MODELS.map((m) => ({
          name: m.name,
          version: '001',
          displayName: m.displayName,
          inputTokenLimit: m.inputTokenLimit,
          outputTokenLimit: 65536,
          supportedGenerationMethods: m.methods,
        }));
        return send(res, 200, { models });
      }
      if (!MODELS.some((m) => m.name === `models/${model}`)) return send(res, ...ERRORS['not-found']({}, model));

      const step = takeStep(key, model) ?? {};
      if (step.delayMs) await sleep(step.delayMs);
      if (step.error) return send(res, ...ERRORS[step.error](step, model));

      const task = taskOf(body);
      const text = step.text ?? (step.json !== undefined ? JSON.stringify(step.json) : defaultAnswer(task, body));
      const prompt = textsOf(body);
      const promptTokenCount = tokens(prompt.system + prompt.user);
      const usage = (out: string) => ({ promptTokenCount, candidatesTokenCount: tokens(out), totalTokenCount: promptTokenCount + tokens(out) });

      if (method === 'generateContent') {
        return send(res, 200, { candidates: [candidate(text, 'STOP')], usageMetadata: usage(text), modelVersion: model, responseId: `fake-${Date.now()}` });
      }
      // Server-sent events, one JSON response per event.
      const pieces = step.chunks ?? text.match(/\S+\s*/g) ?? [text];
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
      let sent = '';
      for (const [i, piece] of pieces.entries()) {
        if (i > 0) await sleep(step.chunkDelayMs ?? 15);
        sent += piece;
        const last = i === pieces.length - 1;
        res.write(`data: ${JSON.stringify({ candidates: [candidate(piece, last ? 'STOP' : null)], usageMetadata: usage(sent), modelVersion: model })}\r\n\r\n`);
      }
      res.end();
    } catch {
      if (!res.headersSent) send(res, 400, googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.'));
      else res.end();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actual}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  startFakeGemini().then((fake) => {
    console.log(`Fake Gemini listening on ${fake.url} (set GEMINI_BASE_URL=${fake.url})`);
  });
}

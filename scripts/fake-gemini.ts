/**
 * A local stand-in for the Gemini REST API (v1beta), speaking the same wire
 * format as the real one: `GET /v1beta/models` (paged), `POST
 * …:generateContent`, `POST …:streamGenerateContent?alt=sse`, the key in
 * `x-goog-api-key`, and Google's error bodies. Tests and `npm run
 * fake-gemini` point the app at it with GEMINI_BASE_URL.
 *
 * It behaves as the real API is documented and reported to:
 * - the model list mixes text models with Gemma, speech (tts), image,
 *   embedding, live and media models, each with its
 *   `supportedGenerationMethods`; retired ids (2.0 Flash, 1.5) answer 404;
 * - a response schema that is too complex answers 400 "too many states for
 *   serving"; Gemma refuses a system instruction and JSON mode; a speech
 *   model refuses text output;
 * - keys containing "invalid", "disabled" or "leaked" get API_KEY_INVALID,
 *   SERVICE_DISABLED (403) or the leaked-key 403 on every request.
 *
 * Scripting, per API key (so parallel tests never see each other's script):
 *   POST /__fake/script   {key, steps: Step[]}      queue answers for that key
 *   POST /__fake/models   {key, models: string[]}   the ids that key lists (default: MODELS)
 *   GET  /__fake/requests?key=…                      what that key sent
 *   POST /__fake/reset    {key}                      forget all three
 * A generate request takes the first queued step whose `model` matches (or
 * has none); with no step it gets a sensible default answer for its task.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { defaultAnswer, errorBody, ERRORS, schemaTooComplex, taskOf, textsOf, type ErrorKind, type GenerateBody } from './fake-gemini-answers';

export type { ErrorKind } from './fake-gemini-answers';

export interface Step {
  /** Only requests to this model take the step. */
  model?: string;
  /** Answer with this error instead (HTTP status and Google's body). */
  error?: ErrorKind;
  /** Seconds, for rate-limit and quota errors. */
  retryDelay?: number;
  /** The answer's text (for structured tasks, the JSON text). */
  text?: string;
  /** Serialised to JSON as the answer's text. */
  json?: unknown;
  /** For streamed answers: the pieces, sent one event each. */
  chunks?: string[];
  /** The last candidate's finish reason (default STOP): MAX_TOKENS, RECITATION, SAFETY… */
  finishReason?: string;
  /** For streamed answers: after the pieces, an error event of this kind instead of a finish. */
  streamError?: ErrorKind;
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

interface ListedModel {
  name: string;
  displayName: string;
  methods: string[];
  inputTokenLimit?: number;
  outputTokenLimit?: number;
}

const TEXT = ['generateContent', 'countTokens', 'createCachedContent', 'batchGenerateContent'];
const model = (id: string, displayName: string, methods = TEXT, inputTokenLimit = 1_048_576, outputTokenLimit = 65_536): ListedModel => ({
  name: `models/${id}`,
  displayName,
  methods,
  inputTokenLimit,
  outputTokenLimit,
});

/** What a key lists by default: current text models, aliases, previews, and models PyDojo must not offer. */
export const MODELS: ListedModel[] = [
  model('gemini-2.5-flash', 'Gemini 2.5 Flash'),
  model('gemini-2.5-pro', 'Gemini 2.5 Pro'),
  model('gemini-2.5-flash-lite', 'Gemini 2.5 Flash-Lite'),
  model('gemini-3.5-flash', 'Gemini 3.5 Flash'),
  model('gemini-3.5-flash-lite', 'Gemini 3.5 Flash-Lite'),
  model('gemini-3-flash-preview', 'Gemini 3 Flash Preview'),
  model('gemini-3.1-pro-preview', 'Gemini 3.1 Pro Preview'),
  model('gemini-flash-latest', 'Gemini Flash Latest'),
  model('gemini-flash-lite-latest', 'Gemini Flash-Lite Latest'),
  model('gemini-pro-latest', 'Gemini Pro Latest'),
  model('gemini-2.5-flash-preview-tts', 'Gemini 2.5 Flash Preview TTS', ['countTokens', 'generateContent'], 8_192, 16_384),
  model('gemini-2.5-pro-preview-tts', 'Gemini 2.5 Pro Preview TTS', ['countTokens', 'generateContent', 'batchGenerateContent'], 8_192, 16_384),
  model('gemini-2.5-flash-image', 'Nano Banana', ['generateContent', 'countTokens', 'batchGenerateContent'], 32_768, 32_768),
  model('gemini-2.5-flash-native-audio-latest', 'Gemini 2.5 Flash Native Audio Latest', ['countTokens', 'bidiGenerateContent'], 131_072, 8_192),
  model('gemini-2.5-computer-use-preview-10-2025', 'Gemini 2.5 Computer Use Preview 10-2025', ['generateContent', 'countTokens'], 131_072),
  model('gemini-robotics-er-1.5-preview', 'Gemini Robotics-ER 1.5 Preview', ['generateContent', 'countTokens']),
  model('gemma-3-27b-it', 'Gemma 3 27B', ['generateContent', 'countTokens'], 131_072, 8_192),
  model('gemma-3n-e4b-it', 'Gemma 3n E4B', ['generateContent', 'countTokens'], 8_192, 2_048),
  model('gemini-embedding-001', 'Gemini Embedding 001', ['embedContent', 'countTextTokens', 'countTokens', 'asyncBatchEmbedContent'], 2_048, 1),
  model('text-embedding-004', 'Text Embedding 004', ['embedContent'], 2_048, 1),
  model('imagen-4.0-generate-001', 'Imagen 4', ['predict'], 480, 8_192),
  model('veo-3.0-generate-001', 'Veo 3', ['predictLongRunning'], 480, 8_192),
  model('aqa', 'Model that performs Attributed Question Answering.', ['generateAnswer'], 7_168, 1_024),
];

/** Ids the API no longer serves: they answer 404 like any unknown id. */
export const RETIRED = ['gemini-2.0-flash', 'gemini-2.0-flash-lite', 'gemini-1.5-flash', 'gemini-1.5-pro'];

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

/** The error every request with this key gets, if its name asks for one. */
function keyError(key: string): ErrorKind | null {
  if (!key || key.length < 10 || /invalid/i.test(key)) return 'invalid-key';
  if (/disabled/i.test(key)) return 'service-disabled';
  if (/leaked/i.test(key)) return 'leaked';
  return null;
}

/** Why this model refuses this request, as the real API does. */
function refusal(entry: ListedModel, body: GenerateBody, id: string): [number, unknown] | null {
  if (!entry.methods.includes('generateContent')) return ERRORS['not-found']({}, id);
  const config = body.generationConfig ?? {};
  if (id.startsWith('gemma-')) {
    if (body.systemInstruction) return [400, errorBody(400, 'INVALID_ARGUMENT', `Developer instruction is not enabled for models/${id}`)];
    if (config.responseMimeType === 'application/json') return [400, errorBody(400, 'INVALID_ARGUMENT', `JSON mode is not enabled for models/${id}`)];
  }
  if (/-tts$/.test(id)) return [400, errorBody(400, 'INVALID_ARGUMENT', 'The requested combination of response modalities (TEXT) is not supported by the model.')];
  if (config.responseJsonSchema !== undefined && schemaTooComplex(config.responseJsonSchema)) return ERRORS['schema-too-complex']({}, id);
  return null;
}

export function startFakeGemini(port = Number(process.env.FAKE_GEMINI_PORT ?? 3210), host = '127.0.0.1'): Promise<FakeGemini> {
  const scripts = new Map<string, Step[]>();
  const requests = new Map<string, RecordedRequest[]>();
  const lists = new Map<string, string[]>();

  /** The first queued step for this model; a schema refusal only applies to a request with a schema. */
  function takeStep(key: string, id: string, hasSchema: boolean): Step | undefined {
    const queue = scripts.get(key) ?? [];
    const index = queue.findIndex((s) => (!s.model || s.model === id) && (hasSchema || s.error !== 'schema-too-complex'));
    return index === -1 ? undefined : queue.splice(index, 1)[0];
  }

  function modelsOf(key: string): ListedModel[] {
    const ids = lists.get(key);
    return ids ? ids.map((id) => MODELS.find((m) => m.name === `models/${id}`) ?? model(id, id)) : MODELS;
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
      if (url.pathname === '/__fake/models' && req.method === 'POST') {
        const { key, models } = (await readJson(req)) as { key: string; models: string[] };
        lists.set(key, models);
        return send(res, 200, { listed: models.length });
      }
      if (url.pathname === '/__fake/requests' && req.method === 'GET') {
        return send(res, 200, { requests: requests.get(url.searchParams.get('key') ?? '') ?? [] });
      }
      if (url.pathname === '/__fake/reset' && req.method === 'POST') {
        const { key } = (await readJson(req)) as { key: string };
        for (const map of [scripts, requests, lists]) map.delete(key);
        return send(res, 200, {});
      }

      const key = String(req.headers['x-goog-api-key'] ?? '');
      const match = /^\/v1beta\/models(?:\/([^/:]+):(generateContent|streamGenerateContent))?$/.exec(url.pathname);
      if (!match) return send(res, 404, errorBody(404, 'NOT_FOUND', `Method not found: ${url.pathname}`));
      const [, id = null, method = null] = match;
      const body = (req.method === 'POST' ? await readJson(req) : {}) as GenerateBody;
      const log = requests.get(key) ?? [];
      log.push({ method: req.method ?? 'GET', path: url.pathname, model: id, stream: method === 'streamGenerateContent', task: taskOf(body), body });
      requests.set(key, log);

      const refused = keyError(key);
      if (refused) return send(res, ...ERRORS[refused]({}, id ?? ''));

      if (!id) {
        const all = modelsOf(key);
        const size = Math.min(1_000, Math.max(1, Number(url.searchParams.get('pageSize')) || 50));
        const start = Number(url.searchParams.get('pageToken') || 0) || 0;
        const page = all.slice(start, start + size).map((m) => ({
          name: m.name,
          version: '001',
          displayName: m.displayName,
          description: m.displayName,
          inputTokenLimit: m.inputTokenLimit,
          outputTokenLimit: m.outputTokenLimit,
          supportedGenerationMethods: m.methods,
          ...(m.methods.includes('generateContent') ? { temperature: 1, topP: 0.95, topK: 64, maxTemperature: 2 } : {}),
        }));
        return send(res, 200, { models: page, ...(start + size < all.length ? { nextPageToken: String(start + size) } : {}) });
      }
      const entry = modelsOf(key).find((m) => m.name === `models/${id}`);
      if (!entry) return send(res, ...ERRORS['not-found']({}, id));
      const refusedByModel = refusal(entry, body, id);
      if (refusedByModel) return send(res, ...refusedByModel);

      const step = takeStep(key, id, body.generationConfig?.responseJsonSchema !== undefined) ?? {};
      if (step.delayMs) await sleep(step.delayMs);
      if (step.error === 'safety' && method === 'streamGenerateContent') {
        res.writeHead(200, { 'Content-Type': 'text/event-stream' });
        return res.end(`data: ${JSON.stringify(ERRORS.safety(step, id)[1])}\r\n\r\n`);
      }
      if (step.error) return send(res, ...ERRORS[step.error](step, id));

      const task = taskOf(body);
      const text = step.text ?? (step.json !== undefined ? JSON.stringify(step.json) : defaultAnswer(task, body));
      const prompt = textsOf(body);
      const promptTokenCount = tokens(prompt.system + prompt.user);
      const usage = (out: string) => ({ promptTokenCount, candidatesTokenCount: tokens(out), totalTokenCount: promptTokenCount + tokens(out) });
      const finish = step.finishReason ?? 'STOP';

      if (method === 'generateContent') {
        return send(res, 200, { candidates: [candidate(text, finish)], usageMetadata: usage(text), modelVersion: id, responseId: `fake-${Date.now()}` });
      }
      // Server-sent events, one JSON response per event.
      const pieces = step.chunks ?? text.match(/\S+\s*/g) ?? [text];
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
      let sent = '';
      for (const [i, piece] of pieces.entries()) {
        if (i > 0) await sleep(step.chunkDelayMs ?? 15);
        sent += piece;
        const last = i === pieces.length - 1 && !step.streamError;
        res.write(`data: ${JSON.stringify({ candidates: [candidate(piece, last ? finish : null)], usageMetadata: usage(sent), modelVersion: id })}\r\n\r\n`);
      }
      if (step.streamError) {
        await sleep(step.chunkDelayMs ?? 15);
        res.write(`data: ${JSON.stringify(ERRORS[step.streamError](step, id)[1])}\r\n\r\n`);
      }
      res.end();
    } catch {
      if (!res.headersSent) send(res, 400, errorBody(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.'));
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
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  startFakeGemini().then((fake) => {
    console.log(`Fake Gemini listening on ${fake.url} (set GEMINI_BASE_URL=${fake.url})`);
  });
}

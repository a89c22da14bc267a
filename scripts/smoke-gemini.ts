/**
 * npm run smoke:gemini [-- --base-url <url>] [-- --model <id>]
 *
 * An opt-in check of PyDojo's AI routes against the real Gemini API: with
 * GEMINI_API_KEY set, one call through each `/api/ai/*` route handler (the
 * same handlers, adapter and SDK the app uses) and a readable report: the
 * model that answered, latency, tokens, the requests each call took, and
 * pass or fail with the reason. Without a key it says so and exits 0.
 * `--base-url` points it at another endpoint (the tests run it against the
 * fake server); `--model` asks one model instead of the automatic choice.
 * Exits 1 when a route fails.
 */
import { performance } from 'node:perf_hooks';
import { ErrorEnvelope, StreamEvent, type AiError, type CallStep, type Usage } from '../src/core/schemas/ai';
import { defaultChoice } from '../src/core/ai-models';

interface Row {
  route: string;
  ok: boolean;
  model: string;
  ms: number;
  tokens: string;
  note: string;
}

function option(args: string[], name: string): string | undefined {
  const index = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = args[index];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

const problem = {
  title: 'Sum of evens',
  statement: 'Write `sum_evens(nums)` that returns the sum of the even numbers in the list `nums`.',
  entryPoint: 'sum_evens',
  difficulty: 'beginner',
  topic: 'Lists › Loops › Filter and sum',
};
const wrong = 'def sum_evens(nums):\n    total = 0\n    for n in nums:\n        total += n\n    return total\n';
const right = 'def sum_evens(nums):\n    return sum(n for n in nums if n % 2 == 0)\n';
const results = { passed: 1, total: 3, failures: [{ name: 'mixed numbers', expected: '6', actual: '10' }] };
const lesson = {
  title: 'Variables and expressions',
  goal: 'Store values under names and combine them in expressions.',
  place: 'Basics › Variables and expressions',
  position: 1,
  total: 119,
  introduces: ['variable', 'arithmetic'],
  known: [],
};

const seconds = (ms: number) => (ms < 1_000 ? `${Math.round(ms)} ms` : `${(ms / 1_000).toFixed(1)} s`);
const steps = (list: CallStep[] | undefined) => (list ?? []).map((s) => `${s.mode} ${s.outcome}`).join(' → ');
const tokens = (usage: Usage) => `${usage.inputTokens.toLocaleString('en')} / ${usage.outputTokens.toLocaleString('en')}`;
const reason = (error: AiError) => `${error.code}: ${error.message}${error.issues ? ` (${error.issues.slice(0, 3).join('; ')})` : ''}`;

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const key = process.env.GEMINI_API_KEY?.trim();
  const baseUrl = option(args, '--base-url');
  const chosen = option(args, '--model') ?? 'auto';
  if (!key) {
    console.log('GEMINI_API_KEY is not set, so nothing was checked.');
    console.log('To check every AI route against the real Gemini API, run: GEMINI_API_KEY=<your key from Google AI Studio> npm run smoke:gemini');
    return 0;
  }
  if (baseUrl) process.env.GEMINI_BASE_URL = baseUrl;
  const target = process.env.GEMINI_BASE_URL || 'https://generativelanguage.googleapis.com (the real Gemini API)';

  const routes = {
    'test-connection': (await import('../src/app/api/ai/test-connection/route')).POST,
    'generate-question': (await import('../src/app/api/ai/generate-question/route')).POST,
    'get-hints': (await import('../src/app/api/ai/get-hints/route')).POST,
    'evaluate-code': (await import('../src/app/api/ai/evaluate-code/route')).POST,
    'reveal-solution': (await import('../src/app/api/ai/reveal-solution/route')).POST,
    'optimize-solution': (await import('../src/app/api/ai/optimize-solution/route')).POST,
    tutor: (await import('../src/app/api/ai/tutor/route')).POST,
    'explain-lesson': (await import('../src/app/api/ai/explain-lesson/route')).POST,
    'explain-example': (await import('../src/app/api/ai/explain-example/route')).POST,
  };
  type Route = keyof typeof routes;
  const call = (route: Route, body: unknown) =>
    routes[route](new Request(`http://localhost/api/ai/${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-API-Key': key }, body: JSON.stringify(body) }));

  const models = { model: chosen, fallbacks: [] };
  const rows: Row[] = [];

  async function json(route: Route, body: unknown, describe: (data: never) => string): Promise<void> {
    const started = performance.now();
    try {
      const res = await call(route, body);
      const payload = (await res.json()) as { data?: never; usage?: Usage };
      const ms = performance.now() - started;
      if (!res.ok || !payload.usage) {
        const error = ErrorEnvelope.safeParse(payload);
        rows.push({ route, ok: false, model: '', ms, tokens: '', note: error.success ? reason(error.data.error) : `HTTP ${res.status}` });
        return;
      }
      const usage = payload.usage;
      rows.push({ route, ok: true, model: usage.model, ms, tokens: usage.model ? tokens(usage) : '', note: [steps(usage.steps), describe(payload.data as never)].filter(Boolean).join(' · ') });
    } catch (error) {
      rows.push({ route, ok: false, model: '', ms: performance.now() - started, tokens: '', note: `crashed: ${(error as Error).message}` });
    }
  }

  async function stream(route: 'get-hints' | 'tutor' | 'explain-lesson' | 'explain-example', body: unknown): Promise<void> {
    const started = performance.now();
    try {
      const res = await call(route, body);
      if (!res.ok) {
        const error = ErrorEnvelope.safeParse(await res.json());
        rows.push({ route, ok: false, model: '', ms: performance.now() - started, tokens: '', note: error.success ? reason(error.data.error) : `HTTP ${res.status}` });
        return;
      }
      const events = (await res.text())
        .split('\n')
        .filter(Boolean)
        .map((line) => StreamEvent.parse(JSON.parse(line)));
      const ms = performance.now() - started;
      const text = events.map((e) => (e.type === 'text' ? e.text : '')).join('');
      const last = events.at(-1);
      if (last?.type === 'done') {
        rows.push({ route, ok: true, model: last.usage.model, ms, tokens: tokens(last.usage), note: `${steps(last.usage.steps)} · ${events.length - 1} pieces, ${text.length} characters` });
      } else {
        const note = last?.type === 'error' ? reason(last.error) : 'the stream ended without a result';
        rows.push({ route, ok: false, model: '', ms, tokens: '', note: `${note} (after ${text.length} characters)` });
      }
    } catch (error) {
      rows.push({ route, ok: false, model: '', ms: performance.now() - started, tokens: '', note: `crashed: ${(error as Error).message}` });
    }
  }

  console.log(`PyDojo AI routes against ${target}, model: ${chosen === 'auto' ? 'automatic (from the key’s list)' : chosen}\n`);
  await json('test-connection', {}, (data: { models: Array<{ name: string }>; listed?: number }) => {
    const auto = defaultChoice(data.models.map((m) => m.name));
    const pick = auto ? `automatic choice: ${auto.model}${auto.fallbacks.length ? `, then ${auto.fallbacks.join(', ')}` : ''}` : 'no model to pick';
    return `${data.models.length} models offered (${data.listed ?? data.models.length} listed); ${pick}`;
  });
  await json(
    'generate-question',
    { ...models, module: 'lists', subtopic: 'loops', problemType: 'filter-and-sum', topicLabel: problem.topic, difficulty: 'beginner' },
    (data: { problem: { title: string; tests: unknown[] } }) => `“${data.problem.title}”, ${data.problem.tests.length} tests`,
  );
  await stream('get-hints', { ...models, problem, code: wrong, results, rung: 1 });
  await json('evaluate-code', { ...models, problem, code: wrong, results }, (data: { points: unknown[] }) => `${data.points.length} review points`);
  await json('reveal-solution', { ...models, problem, code: wrong, reference: right }, (data: { keyIdeas: unknown[] }) => `${data.keyIdeas.length} key ideas`);
  await json('optimize-solution', { ...models, problem, code: right }, (data: { complexity: { before: string; after: string } }) => `${data.complexity.before} → ${data.complexity.after}`);
  await stream('tutor', { ...models, problem, code: wrong, results, messages: [{ role: 'user', text: 'Why does my function return 10 for [1, 2, 3, 4]?' }] });
  await stream('explain-lesson', { ...models, lesson, section: { heading: 'Variables: names for values', body: 'A **variable** is a name for a value. `total = price * quantity` computes once and keeps the result.' } });
  await stream('explain-example', {
    ...models,
    lesson,
    section: 'Variables: names for values',
    example: { code: 'price = 3\nprint(price)\n', output: '3\n' },
    code: 'price = 3\nprint(pirce)\n',
    run: { status: 'error', output: '', error: { type: 'NameError', message: "name 'pirce' is not defined", line: 2, traceback: "NameError: name 'pirce' is not defined" } },
  });

  const header: Row = { route: 'route', ok: true, model: 'model', ms: 0, tokens: 'tokens in / out', note: 'requests · result' };
  const width = (pick: (row: Row) => string) => Math.max(...[header, ...rows].map((r) => pick(r).length));
  const cols = [(r: Row) => r.route, (r: Row) => (r === header ? 'result' : r.ok ? 'PASS' : 'FAIL'), (r: Row) => r.model || '-', (r: Row) => (r === header ? 'latency' : seconds(r.ms)), (r: Row) => r.tokens || '-'];
  const widths = cols.map(width);
  for (const row of [header, ...rows]) console.log([...cols.map((col, i) => col(row).padEnd(widths[i])), row.note].join('  '));
  const passed = rows.filter((r) => r.ok).length;
  console.log(`\n${passed} of ${rows.length} routes passed.`);
  return passed === rows.length ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

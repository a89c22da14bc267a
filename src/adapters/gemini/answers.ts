/**
 * Reading a structured answer: JSON text → the wire shape of schemas.ts →
 * the app's shape → the shared zod schema. Nothing is trusted before zod has
 * validated it. Before zod, two kinds of repair that cannot change meaning:
 * JSON values sent as text are parsed, and prose past a length limit is
 * clipped (a review's summary, a title); code is never touched, so code past
 * its limit still fails and is sent back for repair.
 */
import type * as z from 'zod/mini';
import { AI_ANSWERS } from '@/core/schemas/ai';
import { describeIssues, Problem } from '@/core/schemas/problem';
import { MAX_GENERATED_TESTS, type StructuredRoute } from './schemas';

export type Reading<T> = { ok: true; data: T } | { ok: false; issues: string[] };

const clip = (value: unknown, max: number) => (typeof value === 'string' && value.length > max ? `${value.slice(0, max - 1)}…` : value);
const clipList = (value: unknown, items: number, max: number) => (Array.isArray(value) ? value.slice(0, items).map((v) => clip(v, max)) : value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON in an answer; tolerates a Markdown code fence around it. */
export function parseJsonText(text: string): Reading<unknown> {
  const trimmed = text.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/.exec(trimmed);
  try {
    return { ok: true, data: JSON.parse(fenced ? fenced[1] : trimmed) };
  } catch (error) {
    return { ok: false, issues: [`(root): the answer is not valid JSON (${(error as Error).message.slice(0, 120)})`] };
  }
}

/** A test's JSON value sent as text; a value that is not text is taken as it is. */
function jsonField(value: unknown, path: string, issues: string[]): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    issues.push(`${path}: is not valid JSON text`);
    return undefined;
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A generated question from its wire shape to the bank's (still unvalidated). */
export function fromWireQuestion(value: unknown, issues: string[]): unknown {
  if (!isObject(value)) return value;
  if (Array.isArray(value.tests) && value.tests.length > MAX_GENERATED_TESTS) issues.push(`tests: at most ${MAX_GENERATED_TESTS} tests, not ${value.tests.length}`);
  const tests = Array.isArray(value.tests)
    ? value.tests.map((test, i) => {
        // Only call tests travel in the wire shape; anything else is left for zod to judge.
        if (!isObject(test) || (test.kind !== undefined && test.kind !== 'call')) return test;
        const { args, kwargs, expected, ...rest } = test;
        const out: Record<string, unknown> = { kind: 'call', ...rest, args: jsonField(args, `tests[${i}].args`, issues), expected: jsonField(expected, `tests[${i}].expected`, issues) };
        if (typeof out.name === 'string') out.name = clip(out.name, 120);
        if (kwargs !== undefined && kwargs !== '' && kwargs !== '{}') out.kwargs = jsonField(kwargs, `tests[${i}].kwargs`, issues);
        return out;
      })
    : value.tests;
  const title = clip(value.title, 120);
  const id = slug(String(value.id ?? '')) || slug(String(title ?? '')) || 'question';
  const tags = Array.isArray(value.tags) ? value.tags.filter((t) => typeof t === 'string' && t.trim()).map((t: string) => clip(t.trim().toLowerCase(), 40)).slice(0, 12) : value.tags;
  const hints = Array.isArray(value.hints) ? clipList(value.hints.filter((h) => typeof h !== 'string' || h.trim()), 5, 2_000) : value.hints;
  const wrongSolutions = Array.isArray(value.wrongSolutions)
    ? value.wrongSolutions.slice(0, 10).map((w) => (isObject(w) ? { ...w, why: clip(w.why, 500) } : w))
    : value.wrongSolutions;
  return { ...value, id, title, tags, tests, hints, wrongSolutions };
}

/** A bank problem in the wire shape, for quoting a previous answer back to the model. */
export function toWireQuestion(problem: unknown): unknown {
  const parsed = Problem.safeParse(problem);
  if (!parsed.success) return problem;
  const { compare: _compare, timeLimitMs: _limit, topic: _topic, estimatedMinutes: _minutes, ...rest } = parsed.data;
  return {
    ...rest,
    tests: parsed.data.tests.flatMap((t) =>
      t.kind === 'call'
        ? [{ ...(t.name ? { name: t.name } : {}), hidden: t.hidden, args: JSON.stringify(t.args), ...(t.kwargs ? { kwargs: JSON.stringify(t.kwargs) } : {}), expected: JSON.stringify(t.expected) }]
        : [],
    ),
  };
}

function tidyReview(value: unknown): unknown {
  if (!isObject(value)) return value;
  const points = Array.isArray(value.points) ? value.points.slice(0, 10).map((p) => (isObject(p) ? { ...p, text: clip(p.text, 2_000) } : p)) : value.points;
  const complexity = isObject(value.complexity) ? { ...value.complexity, time: clip(value.complexity.time, 100), space: clip(value.complexity.space, 100) } : value.complexity;
  return { ...value, summary: clip(value.summary, 2_000), strengths: clipList(value.strengths, 6, 1_000), points, complexity };
}

function tidyExplanation(value: unknown): unknown {
  if (!isObject(value)) return value;
  return { ...value, explanation: clip(value.explanation, 8_000), keyIdeas: clipList(value.keyIdeas, 6, 500) };
}

function tidyOptimization(value: unknown): unknown {
  if (!isObject(value)) return value;
  const complexity = isObject(value.complexity) ? { ...value.complexity, before: clip(value.complexity.before, 100), after: clip(value.complexity.after, 100) } : value.complexity;
  return { ...value, explanation: clip(value.explanation, 4_000), complexity };
}

const SCHEMAS = {
  'generate-question': Problem,
  'evaluate-code': AI_ANSWERS['evaluate-code'],
  'reveal-solution': AI_ANSWERS['reveal-solution'],
  'optimize-solution': AI_ANSWERS['optimize-solution'],
} as const satisfies Record<StructuredRoute, z.ZodMiniType>;

const TIDY: Record<StructuredRoute, (value: unknown, issues: string[]) => unknown> = {
  'generate-question': fromWireQuestion,
  'evaluate-code': tidyReview,
  'reveal-solution': tidyExplanation,
  'optimize-solution': tidyOptimization,
};

export type AnswerOf<R extends StructuredRoute> = z.output<(typeof SCHEMAS)[R]>;

/** Read a structured answer for `route`: the data, or every reason it cannot be used (for a repair request). */
export function readAnswer<R extends StructuredRoute>(route: R, text: string): Reading<AnswerOf<R>> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const issues: string[] = [];
  const shaped = TIDY[route](json.data, issues);
  const parsed = SCHEMAS[route].safeParse(shaped);
  if (parsed.success && issues.length === 0) return { ok: true, data: parsed.data as AnswerOf<R> };
  const zodIssues = parsed.success ? [] : describeIssues(parsed.error, 10);
  return { ok: false, issues: [...issues, ...zodIssues].slice(0, 10) };
}

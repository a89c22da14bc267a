// @vitest-environment node
/**
 * The schema contract: every response schema PyDojo sends stays inside the
 * documented `responseJsonSchema` subset, has no required recursion, and
 * keeps within the size and depth limits set in schemas.ts; the checker
 * itself catches each kind of breach; and what reaches the wire is exactly
 * these schemas.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { POST as generateQuestion } from '@/app/api/ai/generate-question/route';
import { POST as evaluateCode } from '@/app/api/ai/evaluate-code/route';
import { POST as revealSolution } from '@/app/api/ai/reveal-solution/route';
import { POST as optimizeSolution } from '@/app/api/ai/optimize-solution/route';
import { ALLOWED_SCHEMA_KEYWORDS, checkSchema, RESPONSE_SCHEMAS, SCHEMA_LIMITS, type JsonSchema } from '@/adapters/gemini/schemas';
import { Problem } from '@/core/schemas/problem';
import { code, configOf, generated, newKey, post, problem, question, results, withFakeGemini } from './ai-helpers';

const fakeUrl = withFakeGemini();

describe('the schemas PyDojo sends', () => {
  it.each(Object.entries(RESPONSE_SCHEMAS))('%s keeps the contract', (_route, schema) => {
    const report = checkSchema(schema);
    expect(report.problems).toEqual([]);
    expect(report.bytes).toBeLessThanOrEqual(SCHEMA_LIMITS.maxBytes);
    expect(report.depth).toBeLessThanOrEqual(SCHEMA_LIMITS.maxDepth);
    for (const keyword of report.keywords) expect(ALLOWED_SCHEMA_KEYWORDS).toContain(keyword);
  });

  it('the question schema is small: no recursion, no nested arrays, a capped test list', () => {
    const report = checkSchema(RESPONSE_SCHEMAS['generate-question']);
    expect(report).toMatchObject({ depth: 4, keywords: ['description', 'enum', 'items', 'maxItems', 'properties', 'required', 'type'] });
    expect(report.bytes).toBeLessThan(1_500);
    expect(report.nodes).toBeLessThan(30);
    const tests = (RESPONSE_SCHEMAS['generate-question'].properties as Record<string, JsonSchema>).tests;
    expect(tests.maxItems).toBe(12);
  });

  it('is exactly what reaches the wire, route by route', async () => {
    const key = newKey();
    const models = { model: 'gemini-3.5-flash' };
    await generateQuestion(post('generate-question', { ...models, ...question }, key));
    await evaluateCode(post('evaluate-code', { ...models, problem, code, results }, key));
    await revealSolution(post('reveal-solution', { ...models, problem, code, reference: code }, key));
    await optimizeSolution(post('optimize-solution', { ...models, problem, code }, key));
    const sent = (await generated(key)).map((r) => [r.task, configOf(r).responseJsonSchema]);
    expect(sent).toEqual(Object.entries(RESPONSE_SCHEMAS));
  });
});

describe('the checker', () => {
  const base = (extra: JsonSchema): JsonSchema => ({ type: 'object', properties: { a: { type: 'string', ...extra } }, required: ['a'] });

  it.each([
    ['const', { const: 'x' }],
    ['pattern', { pattern: '^[a-z]+$' }],
    ['minLength', { minLength: 1 }],
    ['maxLength', { maxLength: 100 }],
    ['default', { default: 'x' }],
    ['propertyNames', { propertyNames: { type: 'string' } }],
  ])('fails on %s, outside the documented subset', (keyword, extra) => {
    expect(checkSchema(base(extra)).problems).toEqual([`(root).properties.a: keyword "${keyword}" is outside the documented subset`]);
  });

  it('fails on required recursion, and tells it from optional recursion', () => {
    const node = (required: string[]): JsonSchema => ({
      $defs: { node: { type: 'object', properties: { value: { type: 'string' }, child: { $ref: '#/$defs/node' } }, required } },
      $ref: '#/$defs/node',
    });
    expect(checkSchema(node(['value', 'child'])).problems).toContain('required recursion: node → node');
    expect(checkSchema(node(['value'])).problems.filter((p) => p.includes('recursion'))).toEqual([]);
  });

  it('fails on depth, size, long arrays, nested arrays, enums, optional properties and bounds beyond the limits', () => {
    const deep = { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'object', properties: { c: { type: 'object', properties: { d: { type: 'string' } }, required: ['d'] } }, required: ['c'] } }, required: ['b'] } }, required: ['a'] };
    expect(checkSchema(deep).problems).toEqual(['depth 5 is over 4']);
    expect(checkSchema(base({ description: 'x'.repeat(2_100) })).problems).toEqual([expect.stringMatching(/bytes is over 2048/)]);
    expect(checkSchema({ type: 'array', items: { type: 'string' }, maxItems: 200 }).problems).toEqual(['(root): maxItems 200 is over 12']);
    expect(checkSchema({ type: 'array', items: { type: 'string' } }).problems).toEqual(['(root): an array without maxItems']);
    expect(checkSchema({ type: 'array', maxItems: 3, items: { type: 'array', maxItems: 3, items: { type: 'string' } } }).problems).toEqual(['1 arrays of arrays is over 0']);
    expect(checkSchema(base({ enum: Array.from({ length: 13 }, (_, i) => `v${i}`) })).problems).toEqual(['13 enum values is over 12']);
    const optional = { type: 'object', properties: Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`p${i}`, { type: 'string' }])), required: [] };
    expect(checkSchema(optional).problems).toEqual(['7 optional properties is over 6']);
    expect(checkSchema({ type: 'object', properties: { n: { type: 'integer', minimum: 0 } }, required: ['n'] }).problems).toEqual(['1 numeric bounds or formats is over 0']);
  });

  it('fails the problem schema generated from zod, which the fake refuses as Gemini does', async () => {
    const generatedSchema = z.toJSONSchema(Problem, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const { problems, bytes } = checkSchema(generatedSchema);
    expect(bytes).toBeGreaterThan(3_000);
    expect(problems.join('\n')).toMatch(/"pattern" is outside/);
    expect(problems.join('\n')).toMatch(/depth \d+ is over 4/);

    const res = await fetch(`${fakeUrl()}/v1beta/models/gemini-3.5-flash:generateContent`, {
      method: 'POST',
      headers: { 'x-goog-api-key': newKey(), 'content-type': 'application/json' },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }], generationConfig: { responseMimeType: 'application/json', responseJsonSchema: generatedSchema } }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/too many states for serving/);
  });
});

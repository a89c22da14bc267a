// @vitest-environment node
/**
 * The fallback ladder for structured answers, through the real handlers and
 * SDK against the fake Gemini: the response schema, then JSON without a
 * schema after a schema-related 400, then one repair request quoting the
 * validation errors. Zod validates whatever comes back; every request is a
 * step in the usage.
 */
import { describe, expect, it } from 'vitest';
import { POST as generateQuestion } from '@/app/api/ai/generate-question/route';
import { POST as evaluateCode } from '@/app/api/ai/evaluate-code/route';
import { POST as revealSolution } from '@/app/api/ai/reveal-solution/route';
import { POST as optimizeSolution } from '@/app/api/ai/optimize-solution/route';
import { Problem } from '@/core/schemas/problem';
import { RESPONSE_SCHEMAS } from '@/adapters/gemini/schemas';
import { code, configOf, generated, newKey, post, problem, question, results, script, withFakeGemini, type RecordedRequest } from './ai-helpers';

withFakeGemini();

const models = { model: 'gemini-3.5-flash', fallbacks: ['gemini-3.5-flash-lite'] };
const review = { summary: 'Fine.', strengths: ['Short'], points: [], complexity: { time: 'O(n)', space: 'O(1)' } };

type Turn = { role: string; parts: Array<{ text: string }> };
const turns = (r: RecordedRequest) => (r.body as { contents: Turn[] }).contents;
const systemOf = (r: RecordedRequest) => ((r.body as { systemInstruction?: { parts: Array<{ text: string }> } }).systemInstruction?.parts ?? []).map((p) => p.text).join('');
const stepsOf = (usage: { steps: Array<{ model: string; mode: string; outcome: string }> }) => usage.steps.map((s) => `${s.mode} ${s.outcome}`);

describe('schema-related 400', () => {
  it('asks again as JSON without a schema, with the shape in the prompt', async () => {
    const key = newKey();
    await script(key, [{ error: 'schema-too-complex' }]);
    const res = await evaluateCode(post('evaluate-code', { ...models, problem, code, results }, key));
    expect(res.status).toBe(200);
    const { usage } = await res.json();
    expect(stepsOf(usage)).toEqual(['schema bad_request', 'json ok']);
    expect(usage.model).toBe('gemini-3.5-flash');
    const [first, second] = await generated(key);
    expect(configOf(first)).toMatchObject({ responseMimeType: 'application/json', responseJsonSchema: RESPONSE_SCHEMAS['evaluate-code'] });
    expect(configOf(second).responseMimeType).toBe('application/json');
    expect(configOf(second).responseJsonSchema).toBeUndefined();
    expect(systemOf(second)).toContain(`shaped like this JSON Schema:\n${JSON.stringify(RESPONSE_SCHEMAS['evaluate-code'])}`);
  });

  it('keeps asking without a schema on the next model once the schema was refused', async () => {
    const key = newKey();
    await script(key, [{ error: 'schema-too-complex' }, { model: 'gemini-3.5-flash', error: 'rate-limit', retryDelay: 30 }]);
    const res = await evaluateCode(post('evaluate-code', { ...models, problem, code, results }, key));
    const { usage } = await res.json();
    expect(stepsOf(usage)).toEqual(['schema bad_request', 'json rate_limited', 'json ok']);
    expect(usage.model).toBe('gemini-3.5-flash-lite');
    expect(configOf((await generated(key))[2]).responseJsonSchema).toBeUndefined();
  });
});

describe('one repair request', () => {
  it('quotes the validation errors and the failed answer, then uses the corrected one', async () => {
    const key = newKey();
    await script(key, [{ json: { summary: 'Only a summary' } }]);
    const res = await evaluateCode(post('evaluate-code', { ...models, problem, code, results }, key));
    expect(res.status).toBe(200);
    const { usage, data } = await res.json();
    expect(stepsOf(usage)).toEqual(['schema bad_output', 'repair ok']);
    expect(data.points.length).toBeGreaterThan(0);
    const [, repair] = await generated(key);
    const [, answer, ask] = turns(repair);
    expect(answer).toMatchObject({ role: 'model', parts: [{ text: '{"summary":"Only a summary"}' }] });
    expect(ask.parts[0].text).toMatch(/<data name="validation-errors">/);
    expect(ask.parts[0].text).toMatch(/strengths: /);
    expect(ask.parts[0].text).toMatch(/complexity: /);
    expect(configOf(repair)).toMatchObject({ responseJsonSchema: RESPONSE_SCHEMAS['evaluate-code'] });
    // Tokens of both requests are counted.
    expect(usage.inputTokens).toBe(usage.steps[0].inputTokens + usage.steps[1].inputTokens);
    expect(usage.steps[0].inputTokens).toBeGreaterThan(0);
  });

  it('repairs an answer that is not JSON at all', async () => {
    const key = newKey();
    await script(key, [{ text: 'Sure! Here is my review: it is fine.' }]);
    const res = await revealSolution(post('reveal-solution', { ...models, problem, code, reference: code }, key));
    expect(res.status).toBe(200);
    expect(turns((await generated(key))[1]).at(-1)?.parts[0].text).toMatch(/not valid JSON/);
  });

  it('repairs without a schema once the schema was refused', async () => {
    const key = newKey();
    await script(key, [{ error: 'schema-too-complex' }, { json: { explanation: 'No key ideas' } }]);
    const res = await revealSolution(post('reveal-solution', { ...models, problem, code, reference: code }, key));
    const { usage } = await res.json();
    expect(stepsOf(usage)).toEqual(['schema bad_request', 'json bad_output', 'repair ok']);
    expect(configOf((await generated(key))[2]).responseJsonSchema).toBeUndefined();
  });

  it('gives up after the one repair with bad_output naming what was wrong, without trying another model', async () => {
    const key = newKey();
    await script(key, [{ text: '{"summary": 3' }, { json: { summary: 'no other fields' } }]);
    const res = await evaluateCode(post('evaluate-code', { ...models, problem, code, results }, key));
    expect(res.status).toBe(502);
    const { error } = await res.json();
    expect(error.code).toBe('bad_output');
    expect(error.issues.join('\n')).toMatch(/strengths/);
    expect((await generated(key)).map((r) => r.model)).toEqual(['gemini-3.5-flash', 'gemini-3.5-flash']);
  });

  it('clips prose past its limit instead of refusing it', async () => {
    const key = newKey();
    await script(key, [{ json: { ...review, summary: 'word '.repeat(600), strengths: Array.from({ length: 9 }, (_, i) => `strength ${i}`) } }]);
    const res = await evaluateCode(post('evaluate-code', { ...models, problem, code, results }, key));
    expect(res.status).toBe(200);
    const { data, usage } = await res.json();
    expect(data.summary).toHaveLength(2_000);
    expect(data.strengths).toHaveLength(6);
    expect(stepsOf(usage)).toEqual(['schema ok']);
  });

  it('never clips code: code past its limit is sent back for repair', async () => {
    const key = newKey();
    await script(key, [{ json: { code: `x = 1\n${'#'.repeat(20_001)}`, explanation: 'Faster.', complexity: { before: 'O(n)', after: 'O(1)' } } }]);
    const res = await optimizeSolution(post('optimize-solution', { ...models, problem, code }, key));
    expect(stepsOf((await res.json()).usage)).toEqual(['schema bad_output', 'repair ok']);
    expect(turns((await generated(key))[1]).at(-1)?.parts[0].text).toMatch(/code: /);
  });
});

describe('generated questions', () => {
  const wire = (tests: unknown[]) => ({
    title: 'Double it',
    statement: 'Return `2 * n`.',
    difficulty: 'beginner',
    entryPoint: 'double',
    starterCode: 'def double(n):\n    pass\n',
    solution: 'def double(n):\n    return 2 * n\n',
    tests,
    hints: ['a', 'b', 'c'],
  });

  it('parses test values sent as JSON text before zod, keyword arguments and special encodings included', async () => {
    const key = newKey();
    await script(key, [
      {
        json: wire([
          { hidden: false, args: '[2]', expected: '4' },
          { name: 'by keyword', hidden: true, args: '[]', kwargs: '{"n": 5}', expected: '10' },
          { hidden: true, args: '[{"$tuple": [1]}]', expected: '{"$tuple": [1, 1]}' },
        ]),
      },
    ]);
    const res = await generateQuestion(post('generate-question', { ...models, ...question }, key));
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(Problem.parse(data.problem).tests).toEqual([
      expect.objectContaining({ kind: 'call', hidden: false, args: [2], expected: 4 }),
      expect.objectContaining({ kind: 'call', name: 'by keyword', hidden: true, args: [], kwargs: { n: 5 }, expected: 10 }),
      expect.objectContaining({ args: [{ $tuple: [1] }], expected: { $tuple: [1, 1] } }),
    ]);
    expect(data.problem.id).toBe('double-it');
  });

  it('sends a test value that is not JSON back for repair, naming the test', async () => {
    const key = newKey();
    await script(key, [{ json: wire([{ hidden: false, args: '[2', expected: '4' }]) }]);
    const res = await generateQuestion(post('generate-question', { ...models, ...question }, key));
    expect(res.status).toBe(200);
    expect(turns((await generated(key))[1]).at(-1)?.parts[0].text).toContain('tests[0].args: is not valid JSON text');
  });

  it('holds a question to the test cap', async () => {
    const key = newKey();
    const tests = Array.from({ length: 14 }, (_, n) => ({ hidden: n > 2, args: `[${n}]`, expected: `${2 * n}` }));
    await script(key, [{ json: wire(tests) }]);
    await generateQuestion(post('generate-question', { ...models, ...question }, key));
    expect(turns((await generated(key))[1]).at(-1)?.parts[0].text).toContain('tests: at most 12 tests, not 14');
  });

  it('quotes a failed question back in the wire shape on the retry', async () => {
    const key = newKey();
    const previous = Problem.parse({ id: 'p', ...wire([{ kind: 'call', args: [[1, 2]], expected: 6 }]) });
    await generateQuestion(post('generate-question', { ...models, ...question, previousFailure: { problem: previous, failure: 'expected 6, got 3' } }, key));
    const [request] = await generated(key);
    const quoted = JSON.parse(turns(request)[1].parts[0].text);
    expect(quoted.tests).toEqual([{ hidden: false, args: '[[1,2]]', expected: '6' }]);
  });
});

describe('answers cut off', () => {
  it('reads MAX_TOKENS as a cut-off answer and tries the next model', async () => {
    const key = newKey();
    await script(key, [{ model: 'gemini-3.5-flash', text: '{"summary": "The approach', finishReason: 'MAX_TOKENS' }]);
    const res = await evaluateCode(post('evaluate-code', { ...models, problem, code, results }, key));
    expect(res.status).toBe(200);
    expect(stepsOf((await res.json()).usage)).toEqual(['schema truncated', 'schema ok']);
  });

  it('reports the finish reason when every model was cut off', async () => {
    const key = newKey();
    await script(key, [{ text: '{', finishReason: 'MAX_TOKENS' }, { text: '{', finishReason: 'MAX_TOKENS' }]);
    const res = await evaluateCode(post('evaluate-code', { ...models, problem, code, results }, key));
    expect(res.status).toBe(502);
    expect((await res.json()).error).toMatchObject({ code: 'truncated', finishReason: 'MAX_TOKENS', message: expect.stringMatching(/cut off/) });
  });
});

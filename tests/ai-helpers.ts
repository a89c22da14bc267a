/**
 * Shared by the AI route tests: the fake Gemini server (the only thing
 * faked: the network edge), a fresh key per test, scripting and reading what
 * the fake received, and requests to the real route handlers.
 */
import { afterAll, beforeAll } from 'vitest';
import { startFakeGemini, type FakeGemini, type RecordedRequest, type Step } from '../scripts/fake-gemini';
import { StreamEvent } from '@/core/schemas/ai';

export type { RecordedRequest, Step };

let fake: FakeGemini;
let counter = 0;

/** Start one fake server for the file and point the adapter at it. */
export function withFakeGemini(): () => string {
  beforeAll(async () => {
    fake = await startFakeGemini(0);
    process.env.GEMINI_BASE_URL = fake.url;
  });
  afterAll(async () => {
    delete process.env.GEMINI_BASE_URL;
    await fake.close();
  });
  return () => fake.url;
}

/** A fresh key per test keeps each test's script to itself. */
export const newKey = (label = 'test') => `AIzaTestKey-${label}-${process.pid}-${++counter}-abcdef`;

export async function script(key: string, steps: Step[]): Promise<void> {
  await fetch(`${fake.url}/__fake/script`, { method: 'POST', body: JSON.stringify({ key, steps }) });
}

/** The model ids this key lists (instead of the fake's default list). */
export async function listModels(key: string, models: string[]): Promise<void> {
  await fetch(`${fake.url}/__fake/models`, { method: 'POST', body: JSON.stringify({ key, models }) });
}

export async function sent(key: string): Promise<RecordedRequest[]> {
  const res = await fetch(`${fake.url}/__fake/requests?key=${encodeURIComponent(key)}`);
  return ((await res.json()) as { requests: RecordedRequest[] }).requests;
}

/** Only the generate requests (not model listings). */
export async function generated(key: string): Promise<RecordedRequest[]> {
  return (await sent(key)).filter((r) => r.model !== null);
}

export function post(path: string, body: unknown, key: string | null): Request {
  return new Request(`http://localhost/api/ai/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'X-API-Key': key } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function readStream(response: Response): Promise<StreamEvent[]> {
  const text = await response.text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => StreamEvent.parse(JSON.parse(line)));
}

export const textOf = (events: StreamEvent[]) => events.map((e) => (e.type === 'text' ? e.text : '')).join('');

/** What a recorded generate request asked for. */
export function configOf(request: RecordedRequest): { responseMimeType?: string; responseJsonSchema?: unknown; temperature?: number } {
  return (request.body as { generationConfig?: Record<string, never> }).generationConfig ?? {};
}

export const problem = { title: 'Sum of evens', statement: 'Return the sum of the even numbers.', entryPoint: 'sum_evens', difficulty: 'beginner', topic: 'Lists › Loops' };
export const code = 'def sum_evens(nums):\n    return sum(nums)\n';
export const results = { passed: 1, total: 3, failures: [{ name: 'mixed', expected: '6', actual: '10' }] };
export const question = { module: 'lists', subtopic: 'loops', problemType: 'sum', topicLabel: 'Lists › Loops', difficulty: 'beginner' };

// @vitest-environment node
/**
 * The page's runtime under Node worker threads: every grading session gets
 * an interpreter that never ran learner code, and Run never shares one with
 * grading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodePythonClient } from './node';
import { PythonRuntime } from './runtime';
import { nodeWorkerPath } from '../../../scripts/build-workers.mjs';
import type { GradeCase } from '@/core/python/protocol';

let runtime: PythonRuntime;
const spawned: string[] = [];

beforeAll(async () => {
  runtime = new PythonRuntime({
    client: (role) => {
      spawned.push(role);
      return createNodePythonClient(nodeWorkerPath);
    },
    whenIdle: (task) => setTimeout(task, 0),
  });
  await runtime.ready();
}, 60_000);

afterAll(() => runtime?.dispose());

// Leaves a mark in the interpreter (sys.modules survives namespaces) and
// reports whether an earlier program had already left one.
const MARKER = `import sys, types
seen = 'pydojo_marker' in sys.modules
sys.modules['pydojo_marker'] = types.ModuleType('pydojo_marker')
def seen_before():
    return seen
`;
const cases: GradeCase[] = [{ kind: 'call', entry: 'seen_before', argsJson: '[]', kwargsJson: '', inPlaceArg: -1, timeLimitMs: 5_000 }];

describe('PythonRuntime', () => {
  it('grades each submission in an interpreter that never ran learner code', async () => {
    await runtime.run(MARKER);
    const first = await runtime.grade(MARKER, cases, { load: true });
    const second = await runtime.grade(MARKER, cases, { load: true });
    expect(first.cases[0].actual).toBe('false');
    expect(second.cases[0].actual).toBe('false');
    // One runner, then a new grader for each session (plus the one prepared next).
    expect(spawned[0]).toBe('runner');
    expect(spawned.filter((role) => role === 'grader').length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('lets several gradings share one session, then discards it', async () => {
    const results = await runtime.session(async (grade) => [
      (await grade(MARKER, cases, { load: true })).cases[0].actual,
      (await grade(MARKER, cases, { load: true })).cases[0].actual,
    ]);
    expect(results).toEqual(['false', 'true']);
    const after = await runtime.grade(MARKER, cases, { load: true });
    expect(after.cases[0].actual).toBe('false');
  }, 60_000);

  it('gives overlapping sessions separate interpreters (a Submit and its reference side)', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = runtime.session(async (grade) => {
      const actual = (await grade(MARKER, cases, { load: true })).cases[0].actual;
      await held;
      return actual;
    });
    const second = runtime.session(async (grade) => (await grade(MARKER, cases, { load: true })).cases[0].actual);
    expect(await second).toBe('false');
    expect(runtime.busy).toBe(true);
    release();
    expect(await first).toBe('false');
    expect(runtime.busy).toBe(false);
  }, 90_000);

  it('keeps the runner working beside grading sessions', async () => {
    const outcome = await runtime.session(async (grade) => {
      await grade(MARKER, cases, { load: true });
      return 'graded';
    });
    expect(outcome).toBe('graded');
    const run = await runtime.run('print("runner still works")');
    expect(run.status).toBe('ok');
  }, 60_000);

  it('boots two graders ahead for a Submit with random tests, so neither session waits for a boot', async () => {
    const graders = () => spawned.filter((role) => role === 'grader').length;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
    const before = graders();
    runtime.warmGraders(2);
    await settle();
    const warmed = graders();
    expect(warmed - before).toBeLessThanOrEqual(2);
    // Both overlapping sessions take a warm interpreter: none is spawned for them.
    const sessions = [0, 1].map(() => runtime.session(async (grade) => (await grade(MARKER, cases, { load: true })).cases[0].actual));
    expect(graders()).toBe(warmed);
    expect(await Promise.all(sessions)).toEqual(['false', 'false']);
    // Afterwards two more wait for the next Submit; one is enough again for a problem without random tests.
    await settle();
    expect(graders()).toBe(warmed + 2);
    runtime.warmGraders(1);
    await settle();
    expect(graders()).toBe(warmed + 2);
  }, 90_000);
});

// The visualiser's recorder (workers/trace.py) under Node Pyodide, driven
// through the same PythonClient the app uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PythonClient } from '@/adapters/python/client';
import { stepView, type TraceRecording } from '@/core/python/trace';
import { startPython } from './python';

let python: PythonClient;

beforeAll(async () => {
  python = startPython({ graceMs: 3000 });
  await python.ready();
});

afterAll(() => python?.dispose());

async function record(code: string, options: { stdin?: string; timeLimitMs?: number } = {}) {
  const traced = await python.trace(code, options);
  expect(traced.recording, 'a recording came back').not.toBeNull();
  return { result: traced.result, recording: traced.recording as TraceRecording };
}

function lastView(recording: TraceRecording) {
  const view = stepView(recording, recording.steps.length - 1);
  if (!view) throw new Error('no steps recorded');
  return view;
}

const FACT = 'def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\n\nprint(fact(3))\n';

describe('recording an execution', () => {
  it('records each call of a recursive function as its own frame with its locals', async () => {
    const { result, recording } = await record(FACT);
    expect(result.status).toBe('ok');
    const deepest = recording.steps.findIndex((step) => step.frames.length === 4);
    const view = stepView(recording, deepest);
    expect(view?.frames.map((frame) => frame.name)).toEqual(['<module>', 'fact', 'fact', 'fact']);
    expect(view?.frames.slice(1).map((frame) => frame.vars)).toEqual([
      [{ name: 'n', value: { kind: 'inline', text: '3' } }],
      [{ name: 'n', value: { kind: 'inline', text: '2' } }],
      [{ name: 'n', value: { kind: 'inline', text: '1' } }],
    ]);
    expect(view?.frames[3].current).toBe(true);
    // Returns carry their value; the output grows only once print runs.
    const returns = recording.steps.flatMap((step, index) => (step.event === 'return' ? [stepView(recording, index)] : []));
    expect(returns.map((r) => r?.frames.at(-1)?.returned)).toContainEqual({ kind: 'inline', text: '6' });
    expect(recording.output).toBe('6\n');
    expect(stepView(recording, deepest)?.output).toBe('');
    expect(lastView(recording).output).toBe('6\n');
    expect(recording.limit).toBeNull();
    // The module's function shows as a heap object named by the global.
    const fact = lastView(recording).frames[0].vars.find((v) => v.name === 'fact');
    expect(fact?.value.kind).toBe('ref');
  });

  it('shows two names referring to one list, and the list changed through either', async () => {
    const { recording } = await record('a = [1, 2]\nb = a\nb.append(3)\nc = [a, {"k": a}]\n');
    const view = lastView(recording);
    const globals = Object.fromEntries(view.frames[0].vars.map((v) => [v.name, v.value]));
    expect(globals.a).toEqual(globals.b);
    expect(globals.a.kind).toBe('ref');
    const list = view.objects.find((o) => globals.a.kind === 'ref' && o.id === globals.a.id);
    expect(list?.cells).toEqual(['1', '2', '3'].map((text) => ({ kind: 'inline', text })));
    const outer = view.objects.find((o) => globals.c.kind === 'ref' && o.id === globals.c.id);
    expect(outer?.cells[0]).toEqual(globals.a);
    const dict = view.objects.find((o) => o.kind === 'dict');
    expect(dict?.rows).toEqual([{ key: { kind: 'inline', text: "'k'" }, value: globals.a }]);
    // The list before append: the same object number, two cells.
    const before = stepView(recording, recording.steps.findIndex((step) => step.line === 3));
    expect(before?.objects.find((o) => o.id === list?.id)?.cells).toHaveLength(2);
    // Unchanged rows are stored once and shared between steps.
    expect(recording.objects.length).toBeLessThan(recording.steps.reduce((n, step) => n + step.heap.length, 0));
  });

  it('never calls a hostile object’s own __repr__, __eq__, __getattr__ or properties', async () => {
    const code = [
      'class Evil:',
      '    def __repr__(self):',
      '        raise RuntimeError("repr called")',
      '    def __eq__(self, other):',
      '        while True:',
      '            pass',
      '    __hash__ = None',
      '    def __getattr__(self, name):',
      '        print("getattr", name)',
      '        return 1',
      'class Sneaky:',
      '    @property',
      '    def __dict__(self):',
      '        print("dict property read")',
      '        return {}',
      'e = Evil()',
      'e.x = [1]',
      's = Sneaky()',
      'text = "y" * 500',
      'big = 10 ** 5000',
      'print("done")',
    ].join('\n');
    const { result, recording } = await record(code);
    expect(result.status).toBe('ok');
    expect(recording.output).toBe('done\n');
    const view = lastView(recording);
    const evil = view.objects.find((o) => o.type === 'Evil');
    expect(evil?.kind).toBe('instance');
    expect(evil?.rows.map((row) => row.key)).toEqual([{ kind: 'inline', text: 'x' }]);
    expect(view.objects.find((o) => o.type === 'Sneaky')?.rows).toEqual([]);
    const globals = Object.fromEntries(view.frames[0].vars.map((v) => [v.name, v.value]));
    expect(globals.text).toEqual({ kind: 'inline', text: `'${'y'.repeat(40)}'… (460 more characters)` });
    expect(globals.big).toMatchObject({ kind: 'inline', text: expect.stringMatching(/^int \(\d+ bits\)$/) });
  });

  it('stops recording at 1,000 steps and ends the program, keeping what it recorded', async () => {
    const started = performance.now();
    const { result, recording } = await record('i = 0\nwhile True:\n    i += 1\n');
    expect(result.status).toBe('ok');
    expect(recording.limit).toBe('steps');
    expect(recording.steps).toHaveLength(1000);
    expect(performance.now() - started).toBeLessThan(8_000);
  });

  it('a program that is still running at the time limit ends as a timeout with its steps so far', async () => {
    const { result, recording } = await record('import time\nn = 0\nwhile True:\n    n += 1\n    time.sleep(0.2)\n', { timeLimitMs: 1_200 });
    expect(result.status).toBe('timeout');
    expect(recording.steps.length).toBeGreaterThan(3);
    expect(recording.limit).toBeNull();
  });

  it('reads input() from the lines typed beforehand and echoes them; end of input raises EOFError', async () => {
    const code = 'name = input("Name? ")\nprint("Hi", name)\n';
    const { result, recording } = await record(code, { stdin: 'Ada\n' });
    expect(result.status).toBe('ok');
    expect(recording.output).toBe('Name? Ada\nHi Ada\n');
    const empty = await record(code);
    expect(empty.result.status).toBe('error');
    expect(empty.result.error?.type).toBe('EOFError');
  });

  it('records an exception step and reports the error with its line', async () => {
    const { result, recording } = await record('x = 1\ny = x / 0\n');
    expect(result.error).toMatchObject({ type: 'ZeroDivisionError', line: 2 });
    expect(recording.steps.at(-2)).toMatchObject({ event: 'exception', error: 'ZeroDivisionError', line: 2 });
    // The frame then passes the exception on: a return with no value.
    expect(recording.steps.at(-1)).toMatchObject({ event: 'return', error: 'ZeroDivisionError' });
    expect(stepView(recording, recording.steps.length - 1)?.frames[0].returned).toBeNull();
  });

  it('a caught exception does not mark the frame’s later return as raising', async () => {
    const { result, recording } = await record('def f():\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        pass\n    return 7\n\nf()\n');
    expect(result.status).toBe('ok');
    const back = recording.steps.findLastIndex((step) => step.event === 'return' && step.frames.length === 2);
    expect(recording.steps[back].error).toBeUndefined();
    expect(stepView(recording, back)?.frames[1].returned).toEqual({ kind: 'inline', text: '7' });
  });

  it('leaves the interpreter as a run found it: output streams again and tracing is off', async () => {
    await record('import sys\nsys.stdout = None\nprint = 5\n');
    let streamed = '';
    const run = await python.run('import sys\nprint(sys.gettrace() is None)\n', { onOutput: (_stream, text) => (streamed += text) });
    expect(run.status).toBe('ok');
    expect(streamed).toBe('True\n');
  });
});

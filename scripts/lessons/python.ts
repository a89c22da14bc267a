/**
 * Lesson code under Node Pyodide, through the same worker and engine the
 * browser runs (one warm interpreter, a fresh namespace per run).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PythonClient } from '../../src/adapters/python/client';
import type { LessonRun, LessonRunner, Snippet } from '../../src/core/lessons/verify';

/** The last line of a traceback, e.g. `ZeroDivisionError: division by zero`. */
export function lastLine(traceback: string): string {
  const lines = traceback.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

/**
 * Runs code as the lesson page does: stdin lines answer input() in order
 * (then end of input), each echoed after its prompt as the page shows it;
 * a run that raises ends with the traceback's last line.
 */
export function lessonRunner(python: PythonClient, timeLimitMs = 5_000): LessonRunner {
  return async (code, stdin): Promise<LessonRun> => {
    let output = '';
    const lines = [...stdin];
    const result = await python.run(code, {
      timeLimitMs,
      onOutput: (stream, text) => {
        if (stream === 'stdout') output += text;
      },
      onInputRequest: () => {
        const line = lines.shift();
        if (line !== undefined) output += `${line}\n`;
        python.provideInput(line ?? null);
      },
    });
    switch (result.status) {
      case 'ok':
      case 'exit':
        return { output, error: null, incomplete: null };
      case 'error': {
        const error = lastLine(result.error?.traceback ?? result.error?.type ?? 'Error');
        const separator = output === '' || output.endsWith('\n') ? '' : '\n';
        return { output: output + separator + error, error, incomplete: null };
      }
      case 'timeout':
        return { output, error: null, incomplete: `still running after ${timeLimitMs / 1000} s` };
      case 'interrupted':
        return { output, error: null, incomplete: 'interrupted' };
      case 'crashed':
        return { output, error: null, incomplete: 'crashed the interpreter' };
    }
  };
}

const ANALYSER = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'constructs.py'), 'utf8');

export type Analysis = { where: string; constructs: string[] } | { where: string; syntaxError: string };

/** The constructs each snippet uses (constructs.py, parsed with Python's own `ast`). */
export async function analyseConstructs(python: PythonClient, snippets: readonly Pick<Snippet, 'where' | 'code'>[]): Promise<Analysis[]> {
  if (snippets.length === 0) return [];
  const payload = JSON.stringify(snippets.map(({ where, code }) => ({ where, code })));
  // A JSON string literal is also a valid Python string literal.
  const program = `import json\n_SNIPPETS = json.loads(${JSON.stringify(payload)})\n${ANALYSER}`;
  let output = '';
  const result = await python.run(program, {
    timeLimitMs: 20_000,
    onOutput: (stream, text) => {
      if (stream === 'stdout') output += text;
    },
  });
  if (result.status !== 'ok') {
    throw new Error(`the construct analyser failed (${result.status}): ${result.error?.traceback ?? ''}`);
  }
  return JSON.parse(output) as Analysis[];
}

/// <reference lib="webworker" />
/**
 * The browser's Python worker (a module worker). Built by
 * scripts/build-workers.mjs into public/workers/python.js and started with
 * `new Worker('/workers/python.js', { type: 'module' })`.
 */
import type { PyodideAPI } from 'pyodide';
import harnessSource from './harness.py';
import type { FromWorker, ToWorker } from '../src/core/python/protocol';
import { serve } from './serve';

declare const self: DedicatedWorkerGlobalScope;

// Keep a private handle on postMessage and take it off the global scope, so
// Python code (which can reach globalThis through `import js`) cannot post
// messages of its own. Replies also carry a nonce only this module knows.
const post = self.postMessage.bind(self) as (message: FromWorker) => void;
const scope = Object.getPrototypeOf(self) as object;
for (let proto: object | null = scope; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
  if (Object.prototype.hasOwnProperty.call(proto, 'postMessage')) {
    Reflect.deleteProperty(proto, 'postMessage');
  }
}
Reflect.deleteProperty(self, 'postMessage');

const RUNTIME_FILES = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide.asm.mjs', 'pyodide-lock.json'];

async function prefetch(indexURL: string, expectedBytes: number, progress: (stage: 'download', loaded: number, total: number) => void) {
  // Download the big files ourselves to report progress; Pyodide then finds
  // them in the HTTP cache (they are served as immutable).
  const sizes = new Map<string, number>();
  const loaded = new Map<string, number>();
  const report = () => {
    let total = 0;
    let done = 0;
    for (const name of RUNTIME_FILES) {
      total += sizes.get(name) ?? 0;
      done += loaded.get(name) ?? 0;
    }
    // Compressed responses carry no usable length: fall back to the known size.
    const known = [...sizes.values()].every((size) => size > 0);
    progress('download', done, known ? total : Math.max(expectedBytes, done));
  };
  await Promise.all(
    RUNTIME_FILES.map(async (name) => {
      const response = await fetch(indexURL + name);
      if (!response.ok || !response.body) throw new Error(`Could not download ${name} (${response.status})`);
      sizes.set(name, response.headers.get('content-encoding') ? 0 : Number(response.headers.get('content-length') ?? 0));
      const reader = response.body.getReader();
      let count = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        count += value.byteLength;
        loaded.set(name, count);
        report();
      }
    }),
  );
}

serve(
  {
    post,
    listen(handler) {
      self.addEventListener('message', (event: MessageEvent<ToWorker>) => handler(event.data));
    },
  },
  {
    prefetch,
    async loadPyodide(indexURL) {
      // A computed specifier keeps bundlers from rewriting this import.
      const moduleUrl = indexURL + 'pyodide.mjs';
      const { loadPyodide } = (await import(/* webpackIgnore: true */ moduleUrl)) as {
        loadPyodide(options: { indexURL: string; fullStdLib?: boolean }): Promise<PyodideAPI>;
      };
      return loadPyodide({ indexURL });
    },
    harnessSource,
    now: () => performance.now(),
  },
);

/**
 * The Python worker as a Node worker thread, for Vitest and the pack
 * checker. Same engine and message loop as the browser worker.
 */
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadPyodide } from 'pyodide';
import type { PyodideAPI } from 'pyodide';
import type { ToWorker } from '../src/core/python/protocol';
import harnessSource from './harness.py';
import { serve } from './serve';

const port = parentPort;
if (!port) throw new Error('node-worker must run in a worker thread');

serve(
  {
    post: (message) => port.postMessage(message),
    listen: (handler) => port.on('message', (message: ToWorker) => handler(message)),
  },
  {
    async boot(progress) {
      progress('start', 0, 1);
      // Pyodide guesses its directory from the caller's location, which is
      // this bundle's: point it at the installed package instead.
      const indexURL = path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json')) + path.sep;
      return { pyodide: (await loadPyodide({ indexURL })) as PyodideAPI, harness: null };
    },
    harnessSource,
    now: () => performance.now(),
  },
);

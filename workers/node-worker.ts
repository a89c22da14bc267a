/**
 * The Python worker as a Node worker thread, for Vitest and the pack
 * checker. Same engine and message loop as the browser worker, and the same
 * start: it restores the memory snapshot the build makes (snapshot.ts), so
 * tests run the interpreter learners get, and a worker starts in about a
 * second instead of five. Without that file (or if it will not restore) it
 * starts Python from scratch.
 */
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadPyodide } from 'pyodide';
import type { PyodideAPI } from 'pyodide';
import type { ToWorker } from '../src/core/python/protocol';
import harnessSource from './harness.py';
import { unparkHarness } from './engine';
import { serve } from './serve';
import { unpackSnapshot } from './snapshot';

const port = parentPort;
if (!port) throw new Error('node-worker must run in a worker thread');

/** Set at build time by scripts/build-workers.mjs: the snapshot's absolute path, or ''. */
const SNAPSHOT_PATH = String(process.env.SNAPSHOT_PATH ?? '');

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
      if (SNAPSHOT_PATH) {
        try {
          const snapshot = unpackSnapshot(await readFile(SNAPSHOT_PATH));
          const pyodide = (await loadPyodide({ indexURL, _loadSnapshot: snapshot } as Parameters<typeof loadPyodide>[0])) as PyodideAPI;
          const harness = unparkHarness(pyodide);
          if (harness && pyodide.runPython('1 + 1') === 2) return { pyodide, harness };
        } catch {
          // Missing or stale: start from scratch below.
        }
      }
      return { pyodide: (await loadPyodide({ indexURL })) as PyodideAPI, harness: null };
    },
    harnessSource,
    now: () => performance.now(),
  },
);

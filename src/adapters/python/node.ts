/**
 * A PythonClient backed by a Node worker thread running the same engine as
 * the browser worker. Used by Vitest and the pack checker, never by the app.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FromWorker, ToWorker } from '@/core/python/protocol';
import { PythonClient, type PythonClientOptions, type WorkerPort } from './client';

export function nodeWorkerPort(workerFile: string): WorkerPort {
  const worker = new Worker(workerFile);
  return {
    post: (message: ToWorker) => worker.postMessage(message),
    listen(onMessage, onError) {
      worker.on('message', (message: FromWorker) => onMessage(message));
      worker.on('error', (error) => onError(error.message));
    },
    terminate: () => void worker.terminate(),
  };
}

/** Directory of the installed pyodide package (with a trailing slash). */
export function pyodideIndexURL(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('pyodide/package.json')) + path.sep;
}

export function createNodePythonClient(workerFile: string, options: Partial<PythonClientOptions> = {}): PythonClient {
  return new PythonClient({
    spawn: () => nodeWorkerPort(workerFile),
    indexURL: pyodideIndexURL(),
    isolated: true,
    ...options,
  });
}

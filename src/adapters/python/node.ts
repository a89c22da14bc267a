/**
 * A PythonClient backed by a Node worker thread running the same engine as
 * the browser worker. Used by Vitest and the pack checker, never by the app.
 */
import { Worker } from 'node:worker_threads';
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

export function createNodePythonClient(workerFile: string, options: Partial<PythonClientOptions> = {}): PythonClient {
  return new PythonClient({
    spawn: () => nodeWorkerPort(workerFile),
    isolated: true,
    ...options,
  });
}

/** The PythonClient as the app uses it: a module worker served from this origin. */
import type { FromWorker, ToWorker } from '@/core/python/protocol';
import { PythonClient, type WorkerPort } from './client';

export const WORKER_URL = '/workers/python.js';
export const PYODIDE_INDEX_URL = `/pyodide/${process.env.NEXT_PUBLIC_PYODIDE_VERSION}/`;

function browserWorkerPort(): WorkerPort {
  // Built separately (scripts/build-workers.mjs): Pyodide needs a module worker.
  const worker = new Worker(WORKER_URL, { type: 'module', name: 'python' });
  return {
    post: (message: ToWorker) => worker.postMessage(message),
    listen(onMessage, onError) {
      worker.addEventListener('message', (event: MessageEvent<FromWorker>) => onMessage(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        onError(event.message || 'The Python worker failed to start');
      });
    },
    terminate: () => worker.terminate(),
  };
}

/** Cross-origin isolated pages get SharedArrayBuffer: real Stop and input(). */
export function isIsolated(): boolean {
  return globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer !== 'undefined';
}

export function createBrowserPythonClient(): PythonClient {
  return new PythonClient({
    spawn: browserWorkerPort,
    indexURL: PYODIDE_INDEX_URL,
    expectedBytes: Number(process.env.NEXT_PUBLIC_PYODIDE_BYTES ?? 0),
    isolated: isIsolated(),
  });
}

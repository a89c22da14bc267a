/** The PythonClient as the app uses it: a module worker served from this origin. */
import type { FromWorker, ToWorker } from '@/core/python/protocol';
import { PythonClient, type WorkerPort } from './client';

export const WORKER_URL = '/workers/python.js';

/**
 * A tiny inline script for <head>: starts the worker before the app's
 * JavaScript has even loaded, so Python boots while the page hydrates. The
 * client adopts it on its first spawn.
 */
export const EARLY_WORKER_SCRIPT = `try{var w=new Worker(${JSON.stringify(WORKER_URL)},{type:'module',name:'python'});w.addEventListener('error',function(){window.__pydojoWorkerFailed=true});window.__pydojoWorker=w}catch(e){}`;

type EarlyWindow = Window & { __pydojoWorker?: Worker; __pydojoWorkerFailed?: boolean };

function adoptEarlyWorker(): Worker | null {
  const scope = window as EarlyWindow;
  const worker = scope.__pydojoWorker ?? null;
  delete scope.__pydojoWorker;
  if (worker && scope.__pydojoWorkerFailed) {
    worker.terminate();
    return null;
  }
  return worker;
}

function browserWorkerPort(): WorkerPort {
  // Built separately (scripts/build-workers.mjs): Pyodide needs a module worker.
  const worker = adoptEarlyWorker() ?? new Worker(WORKER_URL, { type: 'module', name: 'python' });
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
  return new PythonClient({ spawn: browserWorkerPort, isolated: isIsolated() });
}

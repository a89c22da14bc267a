/** The PythonClient as the app uses it: a module worker served from this origin. */
import { PREPARING_WORKER_NAME, type FromWorker, type ToWorker } from '@/core/python/protocol';
import { PythonClient, type WorkerPort } from './client';
import { PythonRuntime } from './runtime';
import { WORKER_URL } from './early';

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

// Built separately (scripts/build-workers.mjs): Pyodide needs a module worker.
const startWorker = (name = 'python') => new Worker(WORKER_URL, { type: 'module', name });

/**
 * Workers started ahead of need. A worker boots Python as soon as it loads,
 * so a spare is ready to take over from a runner that had to be restarted
 * or to become the next submission's grader at once. The first worker (the
 * runner) is the one the <head> script started; a spare is started only on
 * request, when the page is idle, and only if the request still holds then:
 * a program that is still running a second after Run may need a restart,
 * while one that has finished needs no spare, and most finish in
 * milliseconds (each spare costs a whole boot's CPU time and the memory of
 * a whole interpreter). A spare that is used is replaced at once (a learner
 * whose program needed a restart may well need another), and Stop asks for
 * one at once, so it boots while an ignored interrupt's grace runs out.
 */
export class WarmWorkers<W extends { terminate(): void }> {
  private spare: W | null = null;
  private taken = 0;
  private starting = false;

  constructor(
    private readonly start: () => W,
    private readonly whenIdle: (task: () => void) => void,
    private readonly adoptEarly: () => W | null = () => null,
  ) {}

  take(): W {
    const first = this.taken++ === 0;
    const early = first ? this.adoptEarly() : null;
    if (early) return early;
    const spare = this.spare;
    this.spare = null;
    if (!spare) return this.start();
    this.prestart(true);
    return spare;
  }

  /**
   * Have a spare ready: at once when `soon`, else when the page is idle if
   * `stillWanted()` holds then (asked when the page is idle, not now).
   */
  prestart(soon = false, stillWanted: () => boolean = () => true) {
    if (this.spare) return;
    if (soon) {
      this.spare = this.start();
      return;
    }
    if (this.starting) return;
    this.starting = true;
    this.whenIdle(() => {
      this.starting = false;
      if (!this.spare && stillWanted()) this.spare = this.start();
    });
  }

  dispose() {
    this.spare?.terminate();
    this.spare = null;
  }
}

function browserWorkerPort(worker: Worker): WorkerPort {
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

function whenIdle(task: () => void) {
  // After a short pause, then when the main thread is idle: spare workers
  // must not compete with what the learner is doing.
  setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 3000 });
    else task();
  }, 1000);
}

/** The page's Python: a runner and a fresh grader per Submit (see runtime.ts). */
export function createBrowserPythonRuntime(): PythonRuntime {
  const pool = new WarmWorkers(() => startWorker(), whenIdle, adoptEarlyWorker);
  const isolated = isIsolated();
  const runtime = new PythonRuntime({
    client: () => new PythonClient({ spawn: () => browserWorkerPort(pool.take()), isolated }),
    whenIdle,
    prestart: (soon, stillWanted) => pool.prestart(soon, stillWanted),
  });
  const dispose = runtime.dispose.bind(runtime);
  runtime.dispose = () => {
    dispose();
    pool.dispose();
  };
  return runtime;
}

/**
 * Boots one throwaway interpreter, and says whether it became ready.
 *
 * Chrome keeps compiled code beside a script or WebAssembly module it has
 * run, and reuses it the next time it loads that same copy. A first visit
 * runs the runtime from the network; the service worker then stores its own
 * copy, which the next visit would compile all over again (Pyodide's 1.2 MB
 * script alone takes about 60 ms to compile and cache). One boot from the
 * stored copy, in the background, leaves compiled code for every later visit.
 */
export async function warmStoredRuntime(timeoutMs = 60_000): Promise<boolean> {
  let client: PythonClient | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    client = new PythonClient({ spawn: () => browserWorkerPort(startWorker(PREPARING_WORKER_NAME)), isolated: isIsolated() });
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
    });
    await Promise.race([client.ready(), timedOut]);
    return true;
  } catch {
    return false; // a later visit tries again
  } finally {
    clearTimeout(timer);
    client?.dispose();
  }
}

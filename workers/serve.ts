/**
 * The worker's message loop, shared by the browser worker and the Node
 * worker thread: load Pyodide once, then answer run and grade requests.
 */
import type { PyodideAPI } from 'pyodide';
import { assertNever, type FromWorker, type LoadStage, type ToWorker } from '../src/core/python/protocol';
import { Engine, FatalPythonError } from './engine';

export interface Endpoint {
  post(message: FromWorker): void;
  listen(handler: (message: ToWorker) => void): void;
}

export interface Loader {
  /** Fetch (or read) the runtime files, reporting progress. */
  prefetch?(indexURL: string, expectedBytes: number, progress: (stage: LoadStage, loaded: number, total: number) => void): Promise<void>;
  loadPyodide(indexURL: string): Promise<PyodideAPI>;
  harnessSource: string;
  now(): number;
}

export function serve(endpoint: Endpoint, loader: Loader): void {
  let engine: Engine | null = null;
  let nonce = '';
  let dead = false;
  const queue: ToWorker[] = [];
  let busy = false;

  const fatal = (id: number | null, error: unknown, during: 'load' | 'run') => {
    dead = true;
    endpoint.post({ type: 'fatal', nonce, id, message: error instanceof Error ? error.message : String(error), during });
  };

  const handle = async (message: ToWorker) => {
    if (dead) return;
    switch (message.type) {
      case 'init': {
        nonce = message.nonce;
        const started = loader.now();
        try {
          const progress = (stage: LoadStage, loaded: number, total: number) =>
            endpoint.post({ type: 'progress', nonce, stage, loaded, total });
          await loader.prefetch?.(message.indexURL, message.expectedBytes, progress);
          progress('start', 0, 1);
          const pyodide = await loader.loadPyodide(message.indexURL);
          progress('harness', 0, 1);
          engine = new Engine(pyodide, loader.harnessSource, message, (m) => endpoint.post(m), loader.now);
          endpoint.post({
            type: 'ready',
            nonce,
            id: message.id,
            pythonVersion: engine.pythonVersion,
            pyodideVersion: pyodide.version,
            loadMs: Math.round(loader.now() - started),
          });
        } catch (error) {
          fatal(message.id, error, 'load');
        }
        return;
      }
      case 'run': {
        if (!engine) return fatal(message.id, new Error('run before init'), 'run');
        try {
          const result = engine.run(message.id, message.code);
          endpoint.post({ type: 'run-done', nonce, id: message.id, result });
        } catch (error) {
          fatal(message.id, error instanceof FatalPythonError ? error : new FatalPythonError(String(error)), 'run');
        }
        return;
      }
      case 'grade': {
        if (!engine) return fatal(message.id, new Error('grade before init'), 'run');
        try {
          engine.grade(message.id, message.code, message.cases, message.load);
        } catch (error) {
          fatal(message.id, error, 'run');
        }
        return;
      }
      default:
        assertNever(message);
    }
  };

  const pump = async () => {
    if (busy) return;
    busy = true;
    while (queue.length > 0) await handle(queue.shift() as ToWorker);
    busy = false;
  };

  endpoint.listen((message) => {
    queue.push(message);
    void pump();
  });
}

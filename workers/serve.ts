/**
 * The worker's message loop, shared by the browser worker and the Node
 * worker thread. Python starts booting the moment the worker loads, before
 * the page has sent `init`; init then connects the warm engine to the page.
 */
import type { PyodideAPI } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';
import { assertNever, type BootProfile, type FromWorker, type LoadStage, type ToWorker } from '../src/core/python/protocol';
import { Engine, FatalPythonError, loadHarness } from './engine';

export interface Endpoint {
  post(message: FromWorker): void;
  listen(handler: (message: ToWorker) => void): void;
}

export type Progress = (stage: LoadStage, loaded: number, total: number) => void;

export interface Loader {
  /**
   * Download (or read) and start Pyodide, reporting progress. May return the
   * harness already loaded (from a memory snapshot), and where the time went.
   */
  boot(progress: Progress): Promise<{ pyodide: PyodideAPI; harness: PyProxy | null; profile?: BootProfile }>;
  harnessSource: string;
  now(): number;
}

export function serve(endpoint: Endpoint, loader: Loader): void {
  const started = loader.now();
  let nonce: string | null = null;
  let lastProgress: { stage: LoadStage; loaded: number; total: number } | null = null;
  let dead = false;

  const progress: Progress = (stage, loaded, total) => {
    lastProgress = { stage, loaded, total };
    if (nonce !== null) endpoint.post({ type: 'progress', nonce, stage, loaded, total });
  };

  const booting: Promise<{ engine: Engine; version: string; profile: BootProfile } | { error: unknown }> = (async () => {
    try {
      const { pyodide, harness, profile } = await loader.boot(progress);
      progress('harness', 0, 1);
      const steps = [...(profile?.steps ?? [])];
      const harnessStarted = loader.now();
      const namespace = harness ?? loadHarness(pyodide, loader.harnessSource);
      const engine = new Engine(pyodide, namespace, loader.now);
      steps.push([harness ? 'harness lockdown' : 'harness load and lockdown', Math.round(loader.now() - harnessStarted)]);
      return { engine, version: pyodide.version, profile: { from: profile?.from ?? 'scratch', steps } };
    } catch (error) {
      return { error };
    }
  })();

  const fatal = (id: number | null, error: unknown, during: 'load' | 'run') => {
    dead = true;
    endpoint.post({ type: 'fatal', nonce: nonce ?? '', id, message: error instanceof Error ? error.message : String(error), during });
  };

  let engine: Engine | null = null;

  const handle = async (message: ToWorker) => {
    if (dead) return;
    switch (message.type) {
      case 'init': {
        nonce = message.nonce;
        if (lastProgress) endpoint.post({ type: 'progress', nonce, ...lastProgress });
        const booted = await booting;
        if ('error' in booted) return fatal(message.id, booted.error, 'load');
        engine = booted.engine;
        engine.configure(message, (m) => endpoint.post(m));
        endpoint.post({
          type: 'ready',
          nonce,
          id: message.id,
          pythonVersion: engine.pythonVersion,
          pyodideVersion: booted.version,
          loadMs: Math.round(loader.now() - started),
          boot: booted.profile,
        });
        return;
      }
      case 'run': {
        if (!engine) return fatal(message.id, new Error('run before init'), 'run');
        try {
          const result = engine.run(message.id, message.code);
          endpoint.post({ type: 'run-done', nonce: nonce ?? '', id: message.id, result });
        } catch (error) {
          fatal(message.id, error instanceof FatalPythonError ? error : new FatalPythonError(String(error)), 'run');
        }
        return;
      }
      case 'trace': {
        if (!engine) return fatal(message.id, new Error('trace before init'), 'run');
        try {
          const { result, recording } = engine.trace(message.id, message.code, message.stdin);
          endpoint.post({ type: 'trace-done', nonce: nonce ?? '', id: message.id, result, recording });
        } catch (error) {
          fatal(message.id, error instanceof FatalPythonError ? error : new FatalPythonError(String(error)), 'run');
        }
        return;
      }
      case 'grade': {
        if (!engine) return fatal(message.id, new Error('grade before init'), 'run');
        try {
          engine.grade(message.id, message.code, message.cases, message.load, message.stopAfterTimeout === true);
        } catch (error) {
          fatal(message.id, error, 'run');
        }
        return;
      }
      case 'measure': {
        if (!engine) return fatal(message.id, new Error('measure before init'), 'run');
        try {
          engine.measure(message.id, message);
        } catch (error) {
          fatal(message.id, error, 'run');
        }
        return;
      }
      default:
        assertNever(message);
    }
  };

  // Requests are handled one at a time, in order.
  const queue: ToWorker[] = [];
  let busy = false;
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

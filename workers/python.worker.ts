/// <reference lib="webworker" />
/**
 * The browser's Python worker (a module worker). Built by
 * scripts/build-workers.mjs into public/workers/python.js and started with
 * `new Worker('/workers/python.js', { type: 'module' })`.
 */
import type { PyodideAPI } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';
import harnessSource from './harness.py';
import { PREPARING_WORKER_NAME, type BootProfile, type FromWorker, type ToWorker } from '../src/core/python/protocol';
import { parkHarnessForSnapshot, unparkHarness } from './engine';
import { serve } from './serve';
import { SNAPSHOT_PRELOAD, snapshotFileName, unpackSnapshot } from './snapshot';
import { startDownloads, type Downloads } from './downloads';
import { compileStored, storedResponse, withStoredFiles } from './stored';
import { readDeviceCopy, removeDeviceCopy, writeDeviceCopy } from './device-copy';

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

/**
 * Once Python is running, the worker needs nothing from the network or from
 * storage: take every such door off the worker's global scope (and its
 * prototypes), so even code that reached JavaScript could not fetch the
 * problem bank, write a poisoned snapshot or talk to another context.
 * What the worker still needs (the snapshot cache) it holds privately.
 */
const DOORS = [
  'fetch', 'XMLHttpRequest', 'importScripts', 'WebSocket', 'WebSocketStream', 'WebTransport', 'EventSource',
  'caches', 'indexedDB', 'BroadcastChannel', 'MessageChannel', 'Worker', 'SharedWorker', 'fonts', 'FontFace',
  'navigator', 'close', 'Request', 'CacheStorage', 'IDBFactory', 'StorageManager', 'FileSystemHandle',
];

function closeDoors() {
  for (const name of DOORS) {
    for (let target: object | null = self; target && target !== Object.prototype; target = Object.getPrototypeOf(target)) {
      if (Object.prototype.hasOwnProperty.call(target, name)) Reflect.deleteProperty(target, name);
    }
  }
}

// This device's copy of the snapshot (see device-copy.ts) is written after
// the doors close: the worker keeps the storage manager privately.
const storage: StorageManager | null = self.navigator?.storage ?? null;

// The files Pyodide fetches (it imports pyodide.asm.mjs itself, as a module).
const WASM_FILE = 'pyodide.asm.wasm';
const RUNTIME_FILES = [WASM_FILE, 'python_stdlib.zip', 'pyodide-lock.json'];

type LoadPyodide = (options: { indexURL: string; _makeSnapshot?: boolean; _loadSnapshot?: PromiseLike<ArrayBuffer | Uint8Array> }) => Promise<PyodideAPI>;

// Python starts from a memory snapshot (see snapshot.ts): the one shipped
// with the build, or, where that one is missing or will not restore, one this
// device made on its first boot and keeps in Cache Storage.
const SNAPSHOT_CACHE = 'pydojo-python-snapshot';
const SNAPSHOT_FILE = snapshotFileName(String(process.env.HARNESS_HASH));

function snapshotKey(indexURL: string): string {
  return new URL(`${indexURL}device-${SNAPSHOT_FILE}`, self.location.href).href;
}


async function openSnapshotCache(): Promise<Cache | null> {
  try {
    return await caches.open(SNAPSHOT_CACHE);
  } catch {
    return null; // Cache Storage unavailable (e.g. storage disabled)
  }
}

async function readSnapshot(cache: Cache, key: string): Promise<ArrayBuffer> {
  const hit = await cache.match(key);
  if (!hit) throw new Error('no snapshot');
  return hit.arrayBuffer();
}

// Baked in at build time (scripts/build-workers.mjs): where the runtime is
// served and how big its files are uncompressed, for the progress bar.
const INDEX_URL = new URL(`/pyodide/${process.env.PYODIDE_VERSION}/`, self.location.origin).href;
const EXPECTED_BYTES = Number(process.env.PYODIDE_BYTES);

/** Times the steps of a boot, for the status bar and the bench. */
function stopwatch() {
  const steps: BootProfile['steps'] = [];
  const began = performance.now();
  let last = began;
  return {
    steps,
    began,
    lap(step: string) {
      const now = performance.now();
      steps.push([step, Math.round(now - last)]);
      last = now;
    },
  };
}

type Started = { pyodide: PyodideAPI; harness: PyProxy | null; profile: BootProfile };

/**
 * Where this boot's snapshot comes from: this device's own (made only where
 * the shipped one failed before), this device's copy of the shipped one
 * (device-copy.ts), the shipped one an earlier visit left in Cache Storage
 * or the HTTP cache (Pyodide then reads its other files from there too), or
 * the shipped one downloading now beside every other file (a first visit).
 */
type Source = { kind: 'device' } | { kind: 'cached'; snapshot: ArrayBuffer; copy: boolean } | { kind: 'download'; downloads: Downloads };

async function findSource(indexURL: string, progress: (loaded: number, total: number) => void): Promise<Source> {
  // The lookups wait mostly on the browser process, so they run side by side
  // (a first visit, which finds nothing, starts its downloads no later for
  // the copy's lookup); only the one snapshot used is then read.
  const [device, copy, cached] = await Promise.all([
    hasSnapshot(indexURL),
    storage ? readDeviceCopy(storage, SNAPSHOT_FILE) : null,
    findCachedSnapshot(indexURL + SNAPSHOT_FILE),
  ]);
  if (device) return { kind: 'device' };
  if (copy) return { kind: 'cached', snapshot: copy, copy: true };
  const read = await cached?.arrayBuffer().catch(() => null);
  if (read) return { kind: 'cached', snapshot: read, copy: false };
  return { kind: 'download', downloads: startDownloads(indexURL, RUNTIME_FILES, SNAPSHOT_FILE, EXPECTED_BYTES, progress) };
}

/**
 * The shipped snapshot as an earlier visit left it, unread: in the service
 * worker's Cache Storage (see stored.ts) or in the HTTP cache. An entry that
 * cannot be read counts as none: the files then download again.
 */
async function findCachedSnapshot(url: string): Promise<Response | null> {
  const response = (await storedResponse(url)) ?? (await fetch(url, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => null));
  return response?.ok ? response : null;
}

/** Imports Pyodide's loader; on a first visit also the interpreter's JavaScript, which then downloads beside the other files. */
async function importLoader(indexURL: string, withInterpreter: boolean): Promise<LoadPyodide> {
  // Computed specifiers keep bundlers from rewriting these imports.
  const loaderUrl = indexURL + 'pyodide.mjs';
  const interpreterUrl = indexURL + 'pyodide.asm.mjs';
  // Pyodide's own import of it then finds it loaded.
  const interpreter = withInterpreter ? import(/* webpackIgnore: true */ interpreterUrl).catch(() => undefined) : undefined;
  const { loadPyodide } = (await import(/* webpackIgnore: true */ loaderUrl)) as { loadPyodide: LoadPyodide };
  await interpreter;
  return loadPyodide;
}

async function startPython(indexURL: string, source: Source, wasm: Promise<WebAssembly.Module | null>, steps: ReturnType<typeof stopwatch>): Promise<Started> {
  const loadPyodide = await importLoader(indexURL, source.kind === 'download');
  const cache = await openSnapshotCache();
  const key = snapshotKey(indexURL);
  steps.lap('loader import');
  if (source.kind !== 'device') {
    try {
      const pyodide =
        source.kind === 'cached'
          ? await withStoredFiles(
              RUNTIME_FILES.map((file) => indexURL + file),
              () => loadPyodide({ indexURL, _loadSnapshot: Promise.resolve(unpackSnapshot(source.snapshot)) }),
              { url: indexURL + WASM_FILE, module: wasm },
            )
          : await source.downloads.withDownloads(() => loadPyodide({ indexURL, _loadSnapshot: source.downloads.snapshot.then(unpackSnapshot) }));
      steps.lap(source.kind === 'cached' ? 'wasm instantiate + shipped snapshot restore' : 'download, wasm compile and shipped snapshot restore');
      const harness = unparkHarness(pyodide);
      if (harness && pyodide.runPython('1 + 1') === 2) return { pyodide, harness, profile: { from: 'snapshot', steps: steps.steps } };
    } catch {
      // Missing or incompatible with this browser: boot another way, once
      // any downloads have settled (the files are then in the HTTP cache).
      if (source.kind === 'download') await source.downloads.done.catch(() => undefined);
    }
  } else if (cache) {
    try {
      // Pyodide compiles the WebAssembly while the snapshot is read.
      const reading = readSnapshot(cache, key);
      const pyodide = await loadPyodide({ indexURL, _loadSnapshot: reading });
      steps.lap('wasm compile + device snapshot read and restore');
      const harness = unparkHarness(pyodide);
      if (harness && pyodide.runPython('1 + 1') === 2) return { pyodide, harness, profile: { from: 'snapshot', steps: steps.steps } };
    } catch {
      // A damaged or incompatible snapshot: forget it and boot normally.
    }
    await cache.delete(key).catch(() => false);
  }
  const pyodide = await loadPyodide({ indexURL, _makeSnapshot: cache !== null });
  steps.lap('wasm compile + interpreter start');
  const profile: BootProfile = { from: 'scratch', steps: steps.steps };
  if (!cache) return { pyodide, harness: null, profile };
  try {
    pyodide.runPython(SNAPSHOT_PRELOAD);
    steps.lap('standard modules import');
    parkHarnessForSnapshot(pyodide, harnessSource);
    steps.lap('harness load');
    const snapshot = pyodide.makeMemorySnapshot();
    steps.lap('snapshot make');
    // Stored uncompressed (about 30 MB): reading it back is faster than inflating it.
    void cache
      .put(key, new Response(snapshot as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'application/octet-stream' } }))
      .catch(() => undefined);
  } catch {
    // Snapshots are only an optimisation.
  }
  return { pyodide, harness: unparkHarness(pyodide), profile };
}

/**
 * After a boot from the shipped snapshot read elsewhere, writes this
 * device's copy of it for the next visit; after a boot from a copy that did
 * not restore, removes it. A learner's worker does so once its ready
 * message is out (a task after this boot's), so the write (about 20 ms)
 * delays no start; the worker that only prepares the next visit, before.
 */
async function keepDeviceCopy(source: Source, started: Started): Promise<void> {
  if (!storage || source.kind === 'device') return;
  const restored = started.profile.from === 'snapshot';
  const copy = source.kind === 'cached' && source.copy;
  if (restored === copy) return;
  if (self.name !== PREPARING_WORKER_NAME) await new Promise((resolve) => setTimeout(resolve, 0));
  if (copy) return removeDeviceCopy(storage, SNAPSHOT_FILE);
  const bytes = await (source.kind === 'cached' ? source.snapshot : source.downloads.snapshot.catch(() => null));
  if (bytes) await writeDeviceCopy(storage, SNAPSHOT_FILE, bytes);
}

async function hasSnapshot(indexURL: string): Promise<boolean> {
  const cache = await openSnapshotCache();
  return cache !== null && (await cache.match(snapshotKey(indexURL))) !== undefined;
}

serve(
  {
    post,
    listen(handler) {
      self.addEventListener('message', (event: MessageEvent<ToWorker>) => handler(event.data));
    },
  },
  {
    async boot(progress) {
      const steps = stopwatch();
      // A repeat visit's WebAssembly compiles (from the code cache) while the snapshot is read.
      const wasm = compileStored(INDEX_URL + WASM_FILE);
      const source = await findSource(INDEX_URL, (loaded, total) => progress('download', loaded, total));
      if (source.kind === 'cached') steps.lap(source.copy ? "snapshot read from this device's copy (wasm compiling alongside)" : 'snapshot read from cache (wasm compiling alongside)');
      const downloaded = (source.kind === 'download' ? source.downloads.done : Promise.resolve()).then(
        () => {
          progress('start', 0, 1);
          return performance.now();
        },
        () => null,
      );
      const started = await startPython(INDEX_URL, source, wasm, steps);
      const at = await downloaded;
      if (source.kind === 'download' && at !== null) started.profile.steps.push(['of which downloads (alongside)', Math.round(at - steps.began)]);
      closeDoors();
      const keeping = keepDeviceCopy(source, started);
      if (self.name === PREPARING_WORKER_NAME) await keeping;
      return started;
    },
    harnessSource,
    now: () => performance.now(),
  },
);

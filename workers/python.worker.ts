/// <reference lib="webworker" />
/**
 * The browser's Python worker (a module worker). Built by
 * scripts/build-workers.mjs into public/workers/python.js and started with
 * `new Worker('/workers/python.js', { type: 'module' })`.
 */
import type { PyodideAPI } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';
import harnessSource from './harness.py';
import type { BootProfile, FromWorker, ToWorker } from '../src/core/python/protocol';
import { parkHarnessForSnapshot, unparkHarness } from './engine';
import { serve } from './serve';
import { SNAPSHOT_PRELOAD, snapshotFileName } from './snapshot';

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

const RUNTIME_FILES = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide.asm.mjs', 'pyodide-lock.json'];

type LoadPyodide = (options: { indexURL: string; _makeSnapshot?: boolean; _loadSnapshot?: PromiseLike<ArrayBuffer> }) => Promise<PyodideAPI>;

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
  let last = performance.now();
  return {
    steps,
    lap(step: string) {
      const now = performance.now();
      steps.push([step, Math.round(now - last)]);
      last = now;
    },
  };
}

type Started = { pyodide: PyodideAPI; harness: PyProxy | null; profile: BootProfile };

async function startPython(indexURL: string, shipped: ArrayBuffer | null, steps: ReturnType<typeof stopwatch>): Promise<Started> {
  // A computed specifier keeps bundlers from rewriting this import.
  const moduleUrl = indexURL + 'pyodide.mjs';
  const { loadPyodide } = (await import(/* webpackIgnore: true */ moduleUrl)) as { loadPyodide: LoadPyodide };
  const cache = await openSnapshotCache();
  const key = snapshotKey(indexURL);
  steps.lap('loader import');
  // This device's own snapshot exists only if the shipped one failed here before.
  const deviceSnapshot = cache !== null && (await hasSnapshot(indexURL));
  if (!deviceSnapshot && shipped) {
    try {
      const pyodide = await loadPyodide({ indexURL, _loadSnapshot: Promise.resolve(shipped) });
      steps.lap('wasm compile + shipped snapshot read and restore');
      const harness = unparkHarness(pyodide);
      if (harness && pyodide.runPython('1 + 1') === 2) return { pyodide, harness, profile: { from: 'snapshot', steps: steps.steps } };
    } catch {
      // Missing or incompatible with this browser: boot another way.
    }
  }
  if (cache && deviceSnapshot) {
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

async function hasSnapshot(indexURL: string): Promise<boolean> {
  const cache = await openSnapshotCache();
  return cache !== null && (await cache.match(snapshotKey(indexURL))) !== undefined;
}

/**
 * Downloads the big files ourselves to report progress; Pyodide then finds
 * them in the HTTP cache (they are served as immutable). Returns the shipped
 * snapshot's bytes (null if there is none), so they are read only once.
 */
async function prefetch(
  indexURL: string,
  expectedBytes: number,
  progress: (stage: 'download', loaded: number, total: number) => void,
): Promise<ArrayBuffer | null> {
  // With a device snapshot the files were downloaded before and sit in the HTTP cache.
  if (await hasSnapshot(indexURL)) return null;
  const files = [...RUNTIME_FILES, SNAPSHOT_FILE];
  let snapshot: ArrayBuffer | null = null;
  const sizes = new Map<string, number>();
  const loaded = new Map<string, number>();
  const report = () => {
    let total = 0;
    let done = 0;
    for (const name of files) {
      total += sizes.get(name) ?? 0;
      done += loaded.get(name) ?? 0;
    }
    // Compressed responses carry no usable length: fall back to the known size.
    const known = [...sizes.values()].every((size) => size > 0);
    progress('download', done, known ? total : Math.max(expectedBytes, done));
  };
  await Promise.all(
    files.map(async (name) => {
      // A file already in the HTTP cache (a repeat visit) is not read twice:
      // Pyodide reads it from there itself. Only the snapshot's bytes are kept.
      const cached = await fetch(indexURL + name, { cache: 'only-if-cached', mode: 'same-origin' }).then(
        (hit) => (hit.ok ? hit : null),
        () => null,
      );
      if (cached && name !== SNAPSHOT_FILE) {
        void cached.body?.cancel();
        return;
      }
      const response = cached ?? (await fetch(indexURL + name));
      if (name === SNAPSHOT_FILE && !response.ok) return; // optional: Python can start without it
      if (!response.ok || !response.body) throw new Error(`Could not download ${name} (${response.status})`);
      sizes.set(name, response.headers.get('content-encoding') ? 0 : Number(response.headers.get('content-length') ?? 0));
      const keep: Uint8Array[] | null = name === SNAPSHOT_FILE ? [] : null;
      const reader = response.body.getReader();
      let count = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        keep?.push(value);
        count += value.byteLength;
        loaded.set(name, count);
        report();
      }
      if (keep) {
        const bytes = new Uint8Array(count);
        let offset = 0;
        for (const chunk of keep) {
          bytes.set(chunk, offset);
          offset += chunk.byteLength;
        }
        snapshot = bytes.buffer;
      }
    }),
  );
  return snapshot;
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
      const shipped = await prefetch(INDEX_URL, EXPECTED_BYTES, progress);
      steps.lap('download');
      progress('start', 0, 1);
      const started = await startPython(INDEX_URL, shipped, steps);
      closeDoors();
      return started;
    },
    harnessSource,
    now: () => performance.now(),
  },
);

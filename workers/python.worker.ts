/// <reference lib="webworker" />
/**
 * The browser's Python worker (a module worker). Built by
 * scripts/build-workers.mjs into public/workers/python.js and started with
 * `new Worker('/workers/python.js', { type: 'module' })`.
 */
import type { PyodideAPI } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';
import harnessSource from './harness.py';
import type { FromWorker, ToWorker } from '../src/core/python/protocol';
import { parkHarnessForSnapshot, unparkHarness } from './engine';
import { serve } from './serve';

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

// A memory snapshot of a booted interpreter, kept in Cache Storage after the
// first visit, turns a ~2 s boot into a few hundred milliseconds. It holds
// only Python's own state after importing the standard modules below and
// loading the harness (no learner code). Bump SNAPSHOT_VERSION when either
// changes in a way the pyodide version in the key does not capture.
const SNAPSHOT_CACHE = 'pydojo-python-snapshot';
const SNAPSHOT_VERSION = 3;
const SNAPSHOT_PRELOAD =
  'import json, linecache, types, io, math, cmath, collections, collections.abc, itertools, functools, operator, re, string, heapq, bisect, random, statistics, fractions, decimal, copy, textwrap, dataclasses, typing, enum, datetime, array';

function snapshotKey(indexURL: string): string {
  return new URL(`${indexURL}snapshot-${SNAPSHOT_VERSION}-${process.env.HARNESS_HASH}.bin`, self.location.href).href;
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

async function startPython(indexURL: string): Promise<{ pyodide: PyodideAPI; harness: PyProxy | null }> {
  // A computed specifier keeps bundlers from rewriting this import.
  const moduleUrl = indexURL + 'pyodide.mjs';
  const { loadPyodide } = (await import(/* webpackIgnore: true */ moduleUrl)) as { loadPyodide: LoadPyodide };
  const cache = await openSnapshotCache();
  const key = snapshotKey(indexURL);
  if (cache && (await hasSnapshot(indexURL))) {
    try {
      // Pyodide compiles the WebAssembly while the snapshot is read.
      const pyodide = await loadPyodide({ indexURL, _loadSnapshot: readSnapshot(cache, key) });
      const harness = unparkHarness(pyodide);
      if (harness && pyodide.runPython('1 + 1') === 2) return { pyodide, harness };
    } catch {
      // A damaged or incompatible snapshot: forget it and boot normally.
    }
    await cache.delete(key).catch(() => false);
  }
  const pyodide = await loadPyodide({ indexURL, _makeSnapshot: cache !== null });
  if (!cache) return { pyodide, harness: null };
  try {
    pyodide.runPython(SNAPSHOT_PRELOAD);
    parkHarnessForSnapshot(pyodide, harnessSource);
    const snapshot = pyodide.makeMemorySnapshot();
    // Stored uncompressed (about 30 MB): reading it back is faster than inflating it.
    void cache
      .put(key, new Response(snapshot as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'application/octet-stream' } }))
      .catch(() => undefined);
  } catch {
    // Snapshots are only an optimisation.
  }
  return { pyodide, harness: unparkHarness(pyodide) };
}

async function hasSnapshot(indexURL: string): Promise<boolean> {
  const cache = await openSnapshotCache();
  return cache !== null && (await cache.match(snapshotKey(indexURL))) !== undefined;
}

async function prefetch(indexURL: string, expectedBytes: number, progress: (stage: 'download', loaded: number, total: number) => void) {
  // With a snapshot the files were downloaded before and sit in the HTTP cache.
  if (await hasSnapshot(indexURL)) return;
  // Download the big files ourselves to report progress; Pyodide then finds
  // them in the HTTP cache (they are served as immutable).
  const sizes = new Map<string, number>();
  const loaded = new Map<string, number>();
  const report = () => {
    let total = 0;
    let done = 0;
    for (const name of RUNTIME_FILES) {
      total += sizes.get(name) ?? 0;
      done += loaded.get(name) ?? 0;
    }
    // Compressed responses carry no usable length: fall back to the known size.
    const known = [...sizes.values()].every((size) => size > 0);
    progress('download', done, known ? total : Math.max(expectedBytes, done));
  };
  await Promise.all(
    RUNTIME_FILES.map(async (name) => {
      const response = await fetch(indexURL + name);
      if (!response.ok || !response.body) throw new Error(`Could not download ${name} (${response.status})`);
      sizes.set(name, response.headers.get('content-encoding') ? 0 : Number(response.headers.get('content-length') ?? 0));
      const reader = response.body.getReader();
      let count = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        count += value.byteLength;
        loaded.set(name, count);
        report();
      }
    }),
  );
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
      await prefetch(INDEX_URL, EXPECTED_BYTES, progress);
      progress('start', 0, 1);
      const started = await startPython(INDEX_URL);
      closeDoors();
      return started;
    },
    harnessSource,
    now: () => performance.now(),
  },
);

/**
 * The browser worker's runtime downloads (workers/downloads.ts), against a
 * fake network: every file is fetched once, Pyodide's requests are answered
 * from the downloads, the WebAssembly it instantiates is the one compiled
 * while it streamed, and a failed download ends the load instead of leaving
 * it waiting.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDownloads } from '../workers/downloads';

const INDEX = 'https://pydojo.test/pyodide/1.0/';
const FILES = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
const SNAPSHOT = 'snapshot-1-abc.bin';
// The smallest valid WebAssembly module: the magic number and version 1.
const WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

const bodies: Record<string, Uint8Array> = {
  'pyodide.asm.wasm': WASM,
  'python_stdlib.zip': new Uint8Array(50_000).fill(7),
  'pyodide-lock.json': new TextEncoder().encode('{"packages":{}}'),
  [SNAPSHOT]: new Uint8Array(120_000).map((_, i) => i % 251),
};
const TOTAL = Object.values(bodies).reduce((sum, body) => sum + body.byteLength, 0);

/** A response streamed in chunks, with the length a static host sends. */
function streamed(body: Uint8Array, type: string): Response {
  const chunk = 16_384;
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= body.byteLength) return controller.close();
      controller.enqueue(body.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
  return new Response(stream, { headers: { 'content-type': type, 'content-length': String(body.byteLength) } });
}

const realFetch = globalThis.fetch;
const realInstantiateStreaming = WebAssembly.instantiateStreaming;
let requests: string[];
let missing: Set<string>;

beforeEach(() => {
  requests = [];
  missing = new Set();
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    requests.push(url);
    const name = url.slice(INDEX.length);
    if (!url.startsWith(INDEX) || !(name in bodies) || missing.has(name)) return new Response('not found', { status: 404 });
    return streamed(bodies[name], name.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream');
  }) as typeof fetch;
});

afterEach(() => {
  globalThis.fetch = realFetch;
  WebAssembly.instantiateStreaming = realInstantiateStreaming;
});

const count = (url: string) => requests.filter((request) => request === url).length;

describe('runtime downloads', () => {
  it('fetches every file once, reports all its bytes, and hands over the snapshot', async () => {
    const reports: Array<[number, number]> = [];
    const downloads = startDownloads(INDEX, FILES, SNAPSHOT, 1, (loaded, total) => reports.push([loaded, total]));
    const snapshot = new Uint8Array(await downloads.snapshot);
    await downloads.done;
    expect(snapshot).toEqual(bodies[SNAPSHOT]);
    for (const name of [...FILES, SNAPSHOT]) expect(count(INDEX + name)).toBe(1);
    expect(reports.at(-1)).toEqual([TOTAL, TOTAL]);
    for (let i = 1; i < reports.length; i++) expect(reports[i][0]).toBeGreaterThanOrEqual(reports[i - 1][0]);
  });

  it("answers Pyodide's requests from the downloads and instantiates the module compiled while it streamed", async () => {
    const downloads = startDownloads(INDEX, FILES, SNAPSHOT, TOTAL, () => undefined);
    const loaded = await downloads.withDownloads(async () => {
      // What Pyodide does while it loads: read its lock file and standard library, instantiate its WebAssembly.
      const lock = await (await fetch(new URL(INDEX + 'pyodide-lock.json'))).text();
      const stdlib = new Uint8Array(await (await fetch(INDEX + 'python_stdlib.zip')).arrayBuffer());
      const { module, instance } = await WebAssembly.instantiateStreaming(fetch(INDEX + 'pyodide.asm.wasm'), {});
      return { lock, stdlib, module, instance };
    });
    expect(loaded.lock).toBe('{"packages":{}}');
    expect(loaded.stdlib).toEqual(bodies['python_stdlib.zip']);
    expect(loaded.module).toBeInstanceOf(WebAssembly.Module);
    expect(loaded.instance).toBeInstanceOf(WebAssembly.Instance);
    // Nothing was fetched twice, and the worker's own fetch and WebAssembly are back.
    for (const name of FILES) expect(count(INDEX + name)).toBe(1);
    expect(WebAssembly.instantiateStreaming).toBe(realInstantiateStreaming);
    await fetch(INDEX + 'python_stdlib.zip');
    expect(count(INDEX + 'python_stdlib.zip')).toBe(2);
  });

  it('passes other requests and WebAssembly through while Pyodide loads', async () => {
    const downloads = startDownloads(INDEX, FILES, SNAPSHOT, TOTAL, () => undefined);
    const status = await downloads.withDownloads(async () => {
      const other = await fetch('https://pydojo.test/elsewhere.json');
      const own = await WebAssembly.instantiateStreaming(Promise.resolve(new Response(WASM, { headers: { 'content-type': 'application/wasm' } })), {});
      return [other.status, own.instance instanceof WebAssembly.Instance];
    });
    expect(status).toEqual([404, true]);
  });

  it('ends a load that would wait forever when a download fails', async () => {
    missing.add('pyodide.asm.wasm');
    const downloads = startDownloads(INDEX, FILES, SNAPSHOT, TOTAL, () => undefined);
    // Pyodide waits for a WebAssembly that never arrives: the load itself never settles.
    await expect(downloads.withDownloads(() => new Promise<never>(() => undefined))).rejects.toThrow('Could not download pyodide.asm.wasm (404)');
    expect(WebAssembly.instantiateStreaming).toBe(realInstantiateStreaming);
  });

  it('rejects the snapshot when the build shipped none, so Python starts another way', async () => {
    missing.add(SNAPSHOT);
    const downloads = startDownloads(INDEX, FILES, SNAPSHOT, TOTAL, () => undefined);
    await expect(downloads.snapshot).rejects.toThrow(`Could not download ${SNAPSHOT} (404)`);
    await expect(downloads.done).rejects.toThrow();
  });
});

/**
 * A repeat visit's runtime files (workers/stored.ts): Pyodide's requests for
 * them are answered from Cache Storage where the service worker keeps them,
 * and everything else (or a file not stored, or no Cache Storage at all)
 * goes to the network as before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileStored, storedResponse, withStoredFiles } from '../workers/stored';

const INDEX = 'https://pydojo.test/pyodide/1.0/';
const scope = globalThis as { fetch: typeof fetch; caches?: unknown };
const realFetch = scope.fetch;
const realCaches = scope.caches;
let network: string[];
let stored: Map<string, string>;

beforeEach(() => {
  network = [];
  stored = new Map([
    [INDEX + 'pyodide.asm.wasm', 'stored wasm'],
    [INDEX + 'python_stdlib.zip', 'stored zip'],
  ]);
  scope.fetch = (async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    network.push(url);
    return new Response(`network ${url.slice(INDEX.length)}`);
  }) as typeof fetch;
  scope.caches = {
    match: async (url: string) => (stored.has(url) ? new Response(stored.get(url)) : undefined),
  };
});

afterEach(() => {
  scope.fetch = realFetch;
  scope.caches = realCaches;
});

const files = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'].map((file) => INDEX + file);
const text = (url: string) => fetch(url).then((response) => response.text());

describe('withStoredFiles', () => {
  it('answers stored runtime files from Cache Storage and the rest from the network', async () => {
    const bodies = await withStoredFiles(files, () => Promise.all([...files, INDEX + 'other.js'].map(text)));
    expect(bodies).toEqual(['stored wasm', 'stored zip', 'network pyodide-lock.json', 'network other.js']);
    expect(network.sort()).toEqual([INDEX + 'other.js', INDEX + 'pyodide-lock.json']);
  });

  it('answers a Request for a stored file too', async () => {
    const body = await withStoredFiles(files, () => fetch(new Request(files[1])).then((r) => r.text()));
    expect(body).toBe('stored zip');
    expect(network).toEqual([]);
  });

  it('goes to the network where Cache Storage is missing or fails', async () => {
    scope.caches = undefined;
    expect(await withStoredFiles(files, () => text(files[0]))).toBe('network pyodide.asm.wasm');
    scope.caches = { match: async () => Promise.reject(new Error('storage disabled')) };
    expect(await withStoredFiles(files, () => text(files[1]))).toBe('network python_stdlib.zip');
    expect(network).toEqual([files[0], files[1]]);
  });

  it('puts fetch back when the load ends, and when it fails', async () => {
    const own = scope.fetch;
    await withStoredFiles(files, async () => expect(scope.fetch).not.toBe(own));
    expect(scope.fetch).toBe(own);
    await expect(withStoredFiles(files, async () => Promise.reject(new Error('boot failed')))).rejects.toThrow('boot failed');
    expect(scope.fetch).toBe(own);
    expect(await text(files[0])).toBe('network pyodide.asm.wasm');
  });
});

describe('storedResponse', () => {
  it('is the stored response, or null when nothing is stored', async () => {
    expect(await (await storedResponse(files[0]))?.text()).toBe('stored wasm');
    expect(await storedResponse(files[2])).toBeNull();
    scope.caches = undefined;
    expect(await storedResponse(files[0])).toBeNull();
  });
});

// (module (func (export "answer") (result i32) i32.const 42))
const ANSWER_WASM = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x02, 0x01, 0x00, 0x07, 0x0a, 0x01, 0x06,
  0x61, 0x6e, 0x73, 0x77, 0x65, 0x72, 0x00, 0x00, 0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b,
]);

describe('a stored WebAssembly compiled ahead of Pyodide', () => {
  let reads: string[];
  beforeEach(() => {
    reads = [];
    scope.caches = {
      match: async (url: string) => {
        reads.push(url);
        if (url === files[0]) return new Response(ANSWER_WASM, { headers: { 'content-type': 'application/wasm' } });
        return stored.has(url) ? new Response(stored.get(url)) : undefined;
      },
    };
  });
  // What Pyodide does with its WebAssembly.
  const instantiate = async () => {
    const { instance } = await WebAssembly.instantiateStreaming(fetch(files[0]), {});
    return (instance.exports.answer as () => number)();
  };

  it('compiles what is stored, and is null for what is not or will not compile', async () => {
    expect(await compileStored(files[0])).toBeInstanceOf(WebAssembly.Module);
    expect(await compileStored(files[2])).toBeNull();
    expect(await compileStored(files[1])).toBeNull(); // "stored zip" is no WebAssembly
  });

  it("answers Pyodide's request with the compiled module, without reading the file again or the network", async () => {
    const compiled = compileStored(files[0]);
    expect(await withStoredFiles(files, instantiate, { url: files[0], module: compiled })).toBe(42);
    expect(reads).toEqual([files[0]]);
    expect(network).toEqual([]);
  });

  it('falls back to the stored file when the module did not compile, and puts instantiateStreaming back', async () => {
    const own = WebAssembly.instantiateStreaming;
    expect(await withStoredFiles(files, instantiate, { url: files[0], module: Promise.resolve(null) })).toBe(42);
    expect(reads).toEqual([files[0]]);
    expect(WebAssembly.instantiateStreaming).toBe(own);
  });
});

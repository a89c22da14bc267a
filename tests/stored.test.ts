/**
 * A repeat visit's runtime files (workers/stored.ts): Pyodide's requests for
 * them are answered from Cache Storage where the service worker keeps them,
 * and everything else (or a file not stored, or no Cache Storage at all)
 * goes to the network as before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedResponse, withStoredFiles } from '../workers/stored';

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

/**
 * A repeat visit's runtime files, read where the service worker keeps them.
 *
 * After a first visit the service worker holds the whole runtime in Cache
 * Storage and answers the worker's requests from there. Reading Cache
 * Storage directly gives the same bytes at about half the cost of its fetch
 * handler (measured in Chrome on a 2-core machine: the 18 MB snapshot in
 * 25–45 ms instead of 60–100 ms, the WebAssembly, still compiled from the
 * browser's code cache, in 20–35 ms instead of 40–60 ms). Chrome now skips
 * the handler for these files anyway (the static routes in sw.ts); browsers
 * without static routing still would not. A file that is not stored there
 * goes to the network (and so to the HTTP cache) as before.
 *
 * The WebAssembly starts compiling (from the code cache) as the worker
 * starts, while the snapshot is read, and Pyodide's request for it is
 * answered with the compiled module: in alternating pairs of repeat visits
 * the worker's boot steps took about 40 ms less.
 */

/** `url`'s stored response, or null (not stored, or no Cache Storage here). */
export async function storedResponse(url: string): Promise<Response | null> {
  try {
    return (await caches.match(url)) ?? null;
  } catch {
    return null;
  }
}

/**
 * Starts compiling the stored WebAssembly at `url` now, from the browser's
 * code cache where it holds one; null when it is not stored (or will not
 * compile, which Pyodide's own request then meets again).
 */
export function compileStored(url: string): Promise<WebAssembly.Module | null> {
  return storedResponse(url)
    .then((response) => (response ? WebAssembly.compileStreaming(response) : null))
    .catch(() => null);
}

/**
 * Runs `load` (Pyodide's start) with its requests for `urls` answered from
 * Cache Storage where stored, and its WebAssembly instantiated from
 * `compiled` (see compileStored) when that compiled. `fetch` and
 * `WebAssembly.instantiateStreaming` are put back when it returns.
 */
export async function withStoredFiles<T>(
  urls: readonly string[],
  load: () => Promise<T>,
  compiled?: { url: string; module: Promise<WebAssembly.Module | null> },
): Promise<T> {
  const scope = globalThis as { fetch: typeof fetch };
  const ownFetch = scope.fetch;
  const instantiateStreaming = WebAssembly.instantiateStreaming;
  const wanted = new Set(urls);
  // Stands for the compiled WebAssembly in Pyodide's request: only the
  // instantiateStreaming below ever receives it.
  const standIn = new Response(null, { headers: { 'content-type': 'application/wasm' } });
  scope.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!wanted.has(url)) return ownFetch(input, init);
    if (compiled && url === compiled.url && (await compiled.module)) return standIn;
    return (await storedResponse(url)) ?? ownFetch(input, init);
  };
  WebAssembly.instantiateStreaming = async (source, imports) => {
    const response = await source;
    const wasmModule = response === standIn ? await compiled?.module : null;
    if (!wasmModule) return instantiateStreaming.call(WebAssembly, response, imports);
    return { module: wasmModule, instance: await WebAssembly.instantiate(wasmModule, imports) };
  };
  try {
    return await load();
  } finally {
    scope.fetch = ownFetch;
    WebAssembly.instantiateStreaming = instantiateStreaming;
  }
}

/**
 * The browser worker's runtime files, all requested the moment it starts:
 * Pyodide's WebAssembly compiles while it streams in, the snapshot and the
 * standard library download beside it, and Pyodide's own requests for these
 * files are answered from these downloads, so no file is fetched twice and
 * no step waits for a download it does not need.
 *
 * Pyodide asks for its files in order (the lock file, then the WebAssembly,
 * whose compile it starts only once the snapshot is in hand), which would
 * leave the compile waiting for the largest download. `withDownloads` lets
 * it run on these downloads instead: while it loads, `fetch` answers from
 * them and `WebAssembly.instantiateStreaming` instantiates the module
 * compiled here. Both are put back when it returns. Anything Pyodide asks
 * for beyond these files goes to the network as usual.
 */

export interface Downloads {
  /** The shipped snapshot's bytes; rejects when there is none. */
  snapshot: Promise<ArrayBuffer>;
  /** Resolves when every file has arrived (rejects on the first that cannot). */
  done: Promise<void>;
  /** Runs Pyodide's load on these downloads (see above); rejects as soon as a download fails. */
  withDownloads<T>(load: () => Promise<T>): Promise<T>;
}

type Progress = (loaded: number, total: number) => void;

const WASM = 'pyodide.asm.wasm';

/** A response whose body reports each chunk as it is read. */
function counted(response: Response, onBytes: (count: number, complete: boolean) => void): Response {
  if (!response.body) return response;
  let count = 0;
  const body = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        count += chunk.byteLength;
        onBytes(count, false);
        controller.enqueue(chunk);
      },
      flush() {
        onBytes(count, true);
      },
    }),
  );
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function ok(name: string, response: Promise<Response>): Promise<Response> {
  const res = await response;
  if (!res.ok) throw new Error(`Could not download ${name} (${res.status})`);
  return res;
}

/**
 * Starts downloading `files` (from `indexURL`) and `snapshotFile`, reporting
 * their bytes together; `expectedBytes` is the total when responses carry no
 * usable length (compressed ones do not).
 */
export function startDownloads(
  indexURL: string,
  files: readonly string[],
  snapshotFile: string,
  expectedBytes: number,
  progress: Progress,
): Downloads {
  const realFetch = globalThis.fetch.bind(globalThis);
  const sizes = new Map<string, number>();
  const loaded = new Map<string, number>();
  // Reported at most every 50 ms (a chunk arrives far more often), and when a file is complete.
  let reported = -Infinity;
  const report = (complete = false) => {
    const now = performance.now();
    if (!complete && now - reported < 50) return;
    reported = now;
    let total = 0;
    let done = 0;
    for (const size of sizes.values()) total += size;
    for (const count of loaded.values()) done += count;
    const known = sizes.size === files.length + 1 && [...sizes.values()].every((size) => size > 0);
    progress(done, known ? total : Math.max(expectedBytes, done));
  };
  const track = (name: string, response: Response): Response => {
    sizes.set(name, response.headers.get('content-encoding') ? 0 : Number(response.headers.get('content-length') ?? 0));
    return counted(response, (count, complete) => {
      loaded.set(name, count);
      report(complete);
    });
  };
  const arrived = new Map<string, Promise<void>>();
  // Pyodide's requests, answered once each from these downloads.
  const answers = new Map<string, Promise<Response>>();

  for (const name of files.filter((file) => file !== WASM)) {
    const response = ok(name, realFetch(indexURL + name)).then((res) => track(name, res));
    // Pyodide reads the body; the file has arrived when it has read it all.
    answers.set(indexURL + name, response);
    arrived.set(name, response.then((res) => res.clone().arrayBuffer()).then(() => undefined));
  }

  // The WebAssembly compiles as it streams, from the real response (whose
  // address lets the browser keep the compiled code for the next visit); a
  // clone counts its bytes.
  const wasm = ok(WASM, realFetch(indexURL + WASM)).then((res) => ({ res, copy: track(WASM, res.clone()) }));
  const compiled = wasm.then(({ res }) => WebAssembly.compileStreaming(res));
  arrived.set(WASM, wasm.then(({ copy }) => copy.arrayBuffer()).then(() => undefined));
  // Stands for the WebAssembly in Pyodide's request: only the
  // instantiateStreaming below ever receives it.
  const wasmStandIn = new Response(null, { headers: { 'content-type': 'application/wasm' } });
  answers.set(indexURL + WASM, compiled.then(() => wasmStandIn));

  const snapshot = ok(snapshotFile, realFetch(indexURL + snapshotFile)).then((res) => track(snapshotFile, res).arrayBuffer());
  arrived.set(snapshotFile, snapshot.then(() => undefined));

  const done = Promise.all([...arrived.values(), compiled]).then(() => undefined);
  // A failure surfaces through `done`, `snapshot` or `withDownloads`, and
  // to Pyodide through its requests; never as an unhandled rejection.
  for (const pending of [done, snapshot, compiled, ...answers.values()]) pending.catch(() => undefined);

  return {
    snapshot,
    done,
    async withDownloads<T>(load: () => Promise<T>): Promise<T> {
      const instantiateStreaming = WebAssembly.instantiateStreaming;
      const scope = globalThis as { fetch: typeof fetch };
      const ownFetch = scope.fetch;
      scope.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : String(input), indexURL).href;
        const answer = answers.get(url);
        if (!answer) return ownFetch(input, init);
        answers.delete(url);
        return answer;
      };
      WebAssembly.instantiateStreaming = async (source, imports) => {
        const response = await source;
        if (response !== wasmStandIn) return instantiateStreaming.call(WebAssembly, response, imports);
        const wasmModule = await compiled;
        return { module: wasmModule, instance: await WebAssembly.instantiate(wasmModule, imports) };
      };
      try {
        // Pyodide waits forever for a WebAssembly that failed to arrive: a
        // failed download ends the load instead.
        return await Promise.race([load(), done.then(() => new Promise<never>(() => undefined))]);
      } finally {
        scope.fetch = ownFetch;
        WebAssembly.instantiateStreaming = instantiateStreaming;
      }
    },
  };
}

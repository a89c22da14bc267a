/**
 * The Cloudflare target's worker (wrangler.jsonc's `main`): OpenNext's worker
 * (pages, AI routes), plus the runtime files Cloudflare cannot hold as static
 * assets. An asset may be at most 25 MiB; Python's memory snapshot is about
 * 30 MiB, so scripts/build-cloudflare.mjs ships only its Brotli and gzip
 * copies (5–6 MB) and this worker sends the one the browser accepts, as it is:
 * precompressed, never compressed per request.
 */
import openNext from './.open-next/worker.js';

// OpenNext's Durable Object classes, which wrangler looks for in `main`.
export * from './.open-next/worker.js';

const RUNTIME = /^\/pyodide\/[^/]+\/[A-Za-z0-9._-]+$/;
const TYPES = { '.bin': 'application/octet-stream', '.wasm': 'application/wasm', '.zip': 'application/zip' };
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

/** A runtime file's precompressed copy from the static assets, or null when there is none for this browser. */
async function precompressed(request, env, url) {
  const type = TYPES[url.pathname.slice(url.pathname.lastIndexOf('.'))];
  if (!type || !RUNTIME.test(url.pathname)) return null;
  const accepted = (request.headers.get('accept-encoding') ?? '').toLowerCase();
  for (const [encoding, suffix] of ENCODINGS) {
    if (!accepted.split(',').some((part) => part.trim().split(';')[0] === encoding)) continue;
    const asset = await env.ASSETS.fetch(new URL(url.pathname + suffix, url.origin));
    if (!asset.ok) continue;
    return new Response(request.method === 'HEAD' ? null : asset.body, {
      // The body is already encoded: workerd must send it as it is.
      encodeBody: 'manual',
      headers: {
        'Content-Type': type,
        'Content-Encoding': encoding,
        Vary: 'Accept-Encoding',
        'Cache-Control': 'public, max-age=31536000, immutable',
        // As next.config.ts sets for every route.
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      },
    });
  }
  return null;
}

const worker = {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (request.method === 'GET' || request.method === 'HEAD') {
      const runtime = await precompressed(request, env, url);
      if (runtime) return runtime;
    }
    return openNext.fetch(request, env, ctx);
  },
};

export default worker;

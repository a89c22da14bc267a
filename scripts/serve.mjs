// npm run serve: the production build on http://127.0.0.1:3000 (or -H/-p,
// HOST/PORT). Next.js serves the app; the runtime files under /pyodide/ and
// /monaco/ and the app's own chunks under /_next/static/ are sent as the
// precompressed copies written at build time (scripts/compress-static.mjs),
// with the headers next.config.ts gives them: the way a static host serves
// them, never compressed per request.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { MIN_BYTES } from './compress-static.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (flag, fallback) => {
  const index = args.indexOf(flag);
  return index === -1 ? fallback : args[index + 1];
};
const hostname = option('-H', process.env.HOST ?? '127.0.0.1');
const port = Number(option('-p', process.env.PORT ?? 3000));

const PRECOMPRESSED = /^\/(pyodide|monaco|_next\/static)\/[A-Za-z0-9._/-]+$/;
const TYPES = {
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

function encodings(header) {
  const accepted = new Set();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.find((p) => p.trim().startsWith('q='));
    if (!q || Number(q.trim().slice(2)) > 0) accepted.add(name);
  }
  return accepted;
}

async function fileSize(file) {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** Sends a precompressed runtime file; false when the request is not one. */
async function servePrecompressed(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (!PRECOMPRESSED.test(pathname) || pathname.includes('..')) return false;
  const type = TYPES[path.extname(pathname)];
  if (!type) return false;
  // /_next/static/<file> is .next/static/<file>; the rest is under public/.
  const file = pathname.startsWith('/_next/static/') ? path.join(root, '.next', pathname.slice('/_next/'.length)) : path.join(root, 'public', pathname);
  const accepted = encodings(req.headers['accept-encoding']);
  // A file too small to be worth compressing has no copies: it is sent as it is.
  const choices = [['br', '.br'], ['gzip', '.gz'], [null, '']].filter(([encoding]) => encoding === null || accepted.has(encoding));
  for (const [encoding, suffix] of choices) {
    const size = await fileSize(file + suffix);
    if (size === null) continue;
    if (encoding === null && (size >= MIN_BYTES || (await hasCompressedCopy(file)))) return false;
    res.writeHead(200, {
      'Content-Type': type,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      'Content-Length': size,
      Vary: 'Accept-Encoding',
      'Cache-Control': 'public, max-age=31536000, immutable',
      // As next.config.ts sets for every route.
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file + suffix).pipe(res);
    return true;
  }
  return false;
}

async function hasCompressedCopy(file) {
  return (await fileSize(`${file}.br`)) !== null || (await fileSize(`${file}.gz`)) !== null;
}

const app = next({ dev: false, dir: root, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const server = http.createServer((req, res) => {
  servePrecompressed(req, res)
    .then((served) => (served ? undefined : handle(req, res)))
    .catch((error) => {
      console.error('[serve] failed:', error instanceof Error ? error.message : error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
});
server.listen(port, hostname, () => console.log(`PyDojo on http://${hostname}:${port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

/**
 * A minimal static host for the static export's tests: serves out/ the way
 * Cloudflare Pages and Netlify do (`/learn` from learn.html, 404.html for
 * unknown paths) and applies the export's own `_headers` file, so the tests
 * check that file rather than headers of their own.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

export interface HeaderRule {
  pattern: RegExp;
  headers: Array<[string, string]>;
}

/** Parses a `_headers` file: a path (with `*` splats) on its own line, then its indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon === -1 || !rule) throw new Error(`Not a header line in _headers: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Every matching rule applies; a header set by two rules gets both values, comma-joined (as Cloudflare documents). */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The file a path is served from, as static hosts resolve it. */
function resolve(root: string, pathname: string): string | null {
  const base = path.join(root, decodeURIComponent(pathname));
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

export function startStaticHost(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const rules = parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'));
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = pathname === '/_headers' ? null : resolve(root, pathname);
    const served = file ?? path.join(root, '404.html');
    res.writeHead(file ? 200 : 404, {
      'Content-Type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      ...headersFor(rules, pathname),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(served).pipe(res);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

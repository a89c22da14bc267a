/**
 * After `next build`: hash the inline scripts of every prerendered page and
 * give each page a Content-Security-Policy that allows exactly those, by
 * adding per-page header rules to the build's routes manifest (which
 * `next start` serves). Pages stay static; no nonce, no per-request work.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cspPolicy } from './csp-policy.mjs';

const root = path.join(import.meta.dirname, '..');
const appDir = path.join(root, '.next', 'server', 'app');
const manifestFile = path.join(root, '.next', 'routes-manifest.json');
const MARK = 'x-pydojo-csp';

/** The inline (no src) scripts of an HTML document, as CSP hashes. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc\s*=/.test(match[1]) || match[2].length === 0) continue;
    hashes.push(createHash('sha256').update(match[2], 'utf8').digest('base64'));
  }
  return hashes;
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** `.next/server/app/modules/strings.html` → `/modules/strings`. */
function routeOf(file) {
  const rel = path.relative(appDir, file).replace(/\\/g, '/').replace(/\.html$/, '');
  return rel === 'index' ? '/' : `/${rel}`;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function main() {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const headers = manifest.headers.filter((rule) => !rule.headers.some((h) => h.key === MARK));
  let notFound = [];
  const pages = [];
  for (const file of htmlFiles(appDir)) {
    const route = routeOf(file);
    const hashes = inlineScriptHashes(readFileSync(file, 'utf8'));
    if (route === '/_not-found') notFound = hashes;
    else if (!route.startsWith('/_')) pages.push({ route, hashes });
  }
  // Unknown paths render the not-found page: the catch-all policy allows its scripts.
  headers.push({
    source: '/:path*',
    headers: [{ key: 'Content-Security-Policy', value: cspPolicy(notFound) }, { key: MARK, value: 'default' }],
    regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$',
  });
  for (const { route, hashes } of pages) {
    headers.push({
      source: route,
      headers: [{ key: 'Content-Security-Policy', value: cspPolicy(hashes) }, { key: MARK, value: 'page' }],
      regex: route === '/' ? '^/(?:/)?$' : `^${escape(route)}(?:/)?$`,
    });
  }
  manifest.headers = headers;
  writeFileSync(manifestFile, JSON.stringify(manifest));
  console.log(`Content-Security-Policy: ${pages.length} pages, ${pages.reduce((n, p) => n + p.hashes.length, 0)} inline script hashes.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();

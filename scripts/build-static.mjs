/**
 * npm run build:static: the static export (docs/deploy.md) in out/, for any
 * static host. The same pages as the Node build, without the AI routes
 * (next.config.ts, PYDOJO_TARGET=static); the AI features say they are
 * unavailable there. Its own `next build` exports into out/ and keeps its
 * working files in .next/, replacing a Node build there: run `npm run build`
 * again before `npm run serve`.
 *
 * Afterwards out/_headers gets next.config.ts's header rules (isolation,
 * security, caching) and, for each page, a Content-Security-Policy allowing
 * exactly its inline scripts, as scripts/csp.mjs does for the Node build.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { inlineScriptHashes } from './csp.mjs';
import { cspPolicy } from './csp-policy.mjs';
import { configRules, writeHeadersFile } from './headers-file.mjs';

const root = path.join(import.meta.dirname, '..');
const out = path.join(root, 'out');
const started = Date.now();

// public/ (the runtime, the worker, the packs) as `npm run build` prepares it;
// `--reuse-public` when that build has just done so (npm run test:deploy).
// `--headers-only` rewrites the headers of an export already in out/.
const build = !process.argv.includes('--headers-only');
if (build && !process.argv.includes('--reuse-public')) execSync('npm run prepare:public', { cwd: root, stdio: 'inherit' });
if (build) execSync('npx next build', { cwd: root, stdio: 'inherit', env: { ...process.env, PYDOJO_TARGET: 'static' } });

/** `out/learn/strings.html` → `/learn/strings`, `out/index.html` → `/`. */
function routeOf(file) {
  const rel = path.relative(out, file).replace(/\\/g, '/').replace(/\.html$/, '');
  return rel === 'index' ? '/' : `/${rel}`;
}

const pages = [];
let removed = 0;
for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
  const file = path.join(entry.parentPath, entry.name);
  if (!entry.isFile()) continue;
  // Static hosts compress on their own and cannot choose a precompressed copy.
  if (/\.(br|gz)$/.test(entry.name)) {
    rmSync(file);
    removed += 1;
  } else if (entry.name.endsWith('.html')) {
    const route = routeOf(file);
    if (route !== '/404' && !route.startsWith('/_')) pages.push({ route, hashes: inlineScriptHashes(readFileSync(file, 'utf8')) });
  }
}
pages.sort((a, b) => a.route.localeCompare(b.route));

const rules = [
  ...configRules(path.join(root, '.next', 'routes-manifest.json')),
  ...pages.map(({ route, hashes }) => ({ path: route, headers: [{ key: 'Content-Security-Policy', value: cspPolicy(hashes) }] })),
];
writeHeadersFile(path.join(out, '_headers'), rules, [
  'Written by scripts/build-static.mjs: next.config.ts\'s headers, then each page\'s',
  'Content-Security-Policy (the SHA-256 hashes of its inline scripts). See docs/deploy.md.',
]);
console.log(
  `build:static: out/ ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${pages.length} pages, ${rules.length} header rules, ${removed} precompressed copies left out`,
);

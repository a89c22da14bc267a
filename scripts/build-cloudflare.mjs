/**
 * npm run build:cloudflare: the Cloudflare target (docs/deploy.md) in .open-next/,
 * which wrangler serves (`npm run preview:cloudflare`) or deploys.
 *
 * 1. The app's build with Next.js's self-contained server
 *    (`PYDOJO_TARGET=cloudflare npm run build`). A build in .next that already
 *    has it is reused: in CI the end-to-end tests' build is that build, so this
 *    target costs no second `next build`.
 * 2. The pages' CSP rules (scripts/csp.mjs, added after `next build`) copied
 *    into the self-contained server's routes manifest, which OpenNext reads.
 * 3. `opennextjs-cloudflare build --skipNextBuild`: the worker and its assets.
 * 4. `.open-next/assets/_headers`: static assets are served without running
 *    the worker, so they get next.config.ts's headers from this file.
 */
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { configRules, writeHeadersFile } from './headers-file.mjs';

const root = path.join(import.meta.dirname, '..');
const next = path.join(root, '.next');
const standalone = path.join(next, 'standalone', '.next');
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function hasStandaloneBuild() {
  const id = (file) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : null);
  const built = id(path.join(next, 'BUILD_ID'));
  return built !== null && built === id(path.join(standalone, 'BUILD_ID'));
}

if (hasStandaloneBuild()) {
  console.log('build:cloudflare: reusing the build in .next');
} else {
  execSync('npm run build', { cwd: root, stdio: 'inherit', env: { ...process.env, PYDOJO_TARGET: 'cloudflare' } });
}

copyFileSync(path.join(next, 'routes-manifest.json'), path.join(standalone, 'routes-manifest.json'));

execFileSync(path.join(root, 'node_modules', '.bin', 'opennextjs-cloudflare'), ['build', '--skipNextBuild'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
});

// Cloudflare compresses assets itself (Brotli or gzip, as the browser
// accepts): the build's .br/.gz copies would only be uploaded for nothing.
const assets = path.join(root, '.open-next', 'assets');
let removed = 0;
for (const entry of readdirSync(assets, { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && /\.(br|gz)$/.test(entry.name)) {
    rmSync(path.join(entry.parentPath, entry.name));
    removed += 1;
  }
}

const rules = writeHeadersFile(path.join(assets, '_headers'), configRules(path.join(next, 'routes-manifest.json')), [
  'Written by scripts/build-cloudflare.mjs from next.config.ts: the headers of static assets,',
  'which Cloudflare serves without running the worker. Pages get theirs (and their CSP) from the worker.',
]);
console.log(`build:cloudflare: .open-next/ ready in ${seconds()} (${rules} header rules, ${removed} precompressed copies left out)`);

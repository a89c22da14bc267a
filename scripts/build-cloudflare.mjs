/**
 * npm run build:cloudflare: the Cloudflare target (docs/deploy.md) in .open-next/,
 * which wrangler serves (`npm run preview:cloudflare`) or deploys.
 *
 * 1. The app's build with Next.js's self-contained server
 *    (`PYDOJO_TARGET=cloudflare npm run build`). A build in .next that already
 *    has it is reused, so no second `next build` is needed after one made that way.
 * 2. The pages' CSP rules (scripts/csp.mjs, added after `next build`) copied
 *    into the self-contained server's routes manifest, which OpenNext reads.
 * 3. `opennextjs-cloudflare build --skipNextBuild`: the worker and its assets.
 * 4. One manifest OpenNext 1.20.2 does not know: Next.js 16.4 reads
 *    .next/server/preview-props.json at run time, and OpenNext's server
 *    bundle (which cannot read files on workerd) answers every manifest it
 *    did not inline with an error. The bundle gets that file's content too.
 *    OpenNext 1.20.12 and later inline it themselves but need Wrangler 4.148,
 *    which needs Node 22 (docs/deploy.md).
 * 5. Static assets as Cloudflare takes them: it compresses them itself, so the
 *    build's .br/.gz copies go, except for files over its 25 MiB limit per
 *    asset (Python's memory snapshot), which go instead of the file and are
 *    sent by cloudflare-worker.mjs.
 * 6. `.open-next/assets/_headers`: static assets are served without running
 *    the worker, so they get next.config.ts's headers from this file.
 */
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

const handlerFile = path.join(root, '.open-next', 'server-functions', 'default', 'handler.mjs');
const handler = readFileSync(handlerFile, 'utf8');
const unknownManifest = /throw new Error\(`Unexpected loadManifest\(\$\{(\w+)\}\) call!`\)/;
const previewProps = JSON.stringify(JSON.parse(readFileSync(path.join(standalone, 'server', 'preview-props.json'), 'utf8')));
if (!handler.includes('preview-props.json")') && unknownManifest.test(handler)) {
  writeFileSync(handlerFile, handler.replace(unknownManifest, (error, name) => `if(${name}.endsWith("/server/preview-props.json"))return ${previewProps};${error}`));
} else if (!handler.includes('preview-props.json")')) {
  throw new Error('OpenNext\'s server bundle has changed: check that it inlines .next/server/preview-props.json');
}

const MAX_ASSET_BYTES = 25 * 1024 * 1024;
const assets = path.join(root, '.open-next', 'assets');
const files = readdirSync(assets, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.join(entry.parentPath, entry.name));
const tooLarge = new Set(files.filter((file) => statSync(file).size > MAX_ASSET_BYTES));
let removed = 0;
for (const file of files) {
  const copyOf = file.replace(/\.(br|gz)$/, '');
  if (tooLarge.has(file) ? existsSync(`${file}.br`) : copyOf !== file && !tooLarge.has(copyOf)) {
    rmSync(file);
    removed += 1;
  }
}
const left = [...tooLarge].filter((file) => existsSync(file));
if (left.length) throw new Error(`Over Cloudflare's 25 MiB per asset, with no compressed copy: ${left.join(', ')}`);

const rules = writeHeadersFile(path.join(assets, '_headers'), configRules(path.join(next, 'routes-manifest.json')), [
  'Written by scripts/build-cloudflare.mjs from next.config.ts: the headers of static assets,',
  'which Cloudflare serves without running the worker. Pages get theirs (and their CSP) from the worker.',
]);
console.log(`build:cloudflare: .open-next/ ready in ${seconds()} (${rules} header rules, ${removed} files left out, ${tooLarge.size} shipped only compressed)`);

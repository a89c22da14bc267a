/**
 * After `next build` (and scripts/csp.mjs): the service worker. esbuild
 * bundles workers/sw.ts (Serwist) and Serwist's injectManifest writes it to
 * public/sw.js with the precache list of this build (scripts/precache.mjs)
 * in place of `self.__SW_MANIFEST`. It runs over the build's output, so it
 * does not depend on the bundler Next uses (Turbopack).
 */
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { injectManifest } from '@serwist/build';
import { buildSnapshot } from './build-workers.mjs';
import { precacheManifest } from './precache.mjs';

const root = path.join(import.meta.dirname, '..');
const source = path.join(root, 'node_modules/.cache/pydojo/sw.js');
const target = path.join(root, 'public/sw.js');

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  await mkdir(path.dirname(source), { recursive: true });
  await build({
    entryPoints: [path.join(root, 'workers/sw.ts')],
    outfile: source,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  // The snapshot's name carries the harness hash; the file exists once prepare-public ran.
  const snapshot = path.relative(path.join(root, 'public'), await buildSnapshot()).replace(/\\/g, '/');
  const { entries, bytes } = await precacheManifest(root, { snapshot });
  const { warnings } = await injectManifest({
    swSrc: source,
    swDest: target,
    globDirectory: path.join(root, 'public'),
    globPatterns: [],
    additionalPrecacheEntries: entries,
  });
  if (warnings.length) throw new Error(warnings.join('; '));
  const total = bytes.pages + bytes.chunks + bytes.runtime;
  console.log(
    `Service worker: ${entries.length} precached URLs, ${mb(total)} uncompressed (pages ${mb(bytes.pages)}, app chunks ${mb(bytes.chunks)}, runtime ${mb(bytes.runtime)}).`,
  );
}

await main();

/**
 * What the service worker precaches, as a list of { url, revision } entries
 * computed from a finished build (Serwist's getManifest does the globbing
 * and hashing):
 *   - every prerendered page (.next/server/app/**.html) under its route, so
 *     any page a learner may open works offline, including the dynamic
 *     segments prerendered by generateStaticParams;
 *   - the app's chunks (.next/static), already named by their content;
 *   - the runtime in public/: Pyodide's files and the memory snapshot of this
 *     harness, the Python worker, the problem bank, Blockly's media, the icons
 *     and the parts of Monaco a Python editor loads (not the TypeScript, CSS,
 *     HTML and JSON language services, nor Monaco's translations).
 * Files whose URL carries a version or a content hash are fetched through the
 * HTTP cache (revision null): a first visit has most of them already.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { getManifest } from '@serwist/build';

/** The snapshot is 31 MB; nothing else comes close. */
const MAX_BYTES = 64 * 1024 * 1024;

const NEVER = ['**/*.br', '**/*.gz', '**/*.map', '**/*.tmp'];

const PYODIDE_FILES = '{pyodide.mjs,pyodide.asm.mjs,pyodide.asm.wasm,python_stdlib.zip,pyodide-lock.json}';

/** public/ globs; the snapshot is added by name (older ones may still sit beside it). */
export const PUBLIC_GLOBS = [
  `pyodide/*/${PYODIDE_FILES}`,
  'monaco/*/vs/**/*.{js,css,ttf}',
  'workers/python.js',
  'bank/*.json',
  'blockly/media/**/*',
  'icons/*.png',
];

export const PUBLIC_IGNORES = [
  ...NEVER,
  'monaco/*/vs/language/**',
  'monaco/*/vs/assets/{ts,css,html,json}.worker-*',
  'monaco/*/vs/nls/lang/**',
];

/** `learn/basics/variables.html` → `/learn/basics/variables`; null for Next's own pages (`_not-found`, `_global-error`). */
export function routeOfPage(relative) {
  const rel = relative.replace(/\\/g, '/').replace(/\.html$/, '');
  if (rel.split('/').some((part) => part.startsWith('_'))) return null;
  return rel === 'index' ? '/' : `/${rel}`;
}

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

async function pageEntries(appDir) {
  const entries = [];
  for (const file of await htmlFiles(appDir)) {
    const url = routeOfPage(path.relative(appDir, file));
    if (url === null) continue;
    const html = await readFile(file);
    entries.push({ url, revision: createHash('md5').update(html).digest('hex'), size: html.length });
  }
  return entries.sort((a, b) => a.url.localeCompare(b.url));
}

async function globbed(options) {
  const { manifestEntries, size, warnings } = await getManifest({ maximumFileSizeToCacheInBytes: MAX_BYTES, ...options });
  if (warnings.length) throw new Error(`Precache: ${warnings.join('; ')}`);
  return { entries: manifestEntries ?? [], size };
}

/**
 * The precache list of the build in `root`. `snapshot` is the memory
 * snapshot's path relative to public/ (its name carries the harness hash).
 * Returns the entries and their sizes in bytes (uncompressed) by kind.
 */
export async function precacheManifest(root, { snapshot } = {}) {
  const patterns = snapshot ? [...PUBLIC_GLOBS, snapshot] : PUBLIC_GLOBS;
  const [pages, chunks, runtime] = await Promise.all([
    pageEntries(path.join(root, '.next/server/app')),
    globbed({
      globDirectory: path.join(root, '.next/static'),
      globPatterns: ['**/*'],
      globIgnores: NEVER,
      modifyURLPrefix: { '': '/_next/static/' },
      dontCacheBustURLsMatching: /./,
    }),
    globbed({
      globDirectory: path.join(root, 'public'),
      globPatterns: patterns,
      globIgnores: PUBLIC_IGNORES,
      modifyURLPrefix: { '': '/' },
      dontCacheBustURLsMatching: /^\/(pyodide|monaco)\//,
    }),
  ]);
  const entries = [...pages.map(({ url, revision }) => ({ url, revision })), ...chunks.entries, ...runtime.entries];
  const pageBytes = pages.reduce((sum, page) => sum + page.size, 0);
  return {
    entries: entries.map(({ url, revision }) => ({ url, revision: revision ?? null })),
    bytes: { pages: pageBytes, chunks: chunks.size, runtime: runtime.size },
  };
}

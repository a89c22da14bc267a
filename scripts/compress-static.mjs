// Precompresses static files at build time, next to the originals: <file>.br
// and <file>.gz — the runtime (Pyodide, Monaco) from prepare-public, and the
// app's own chunks in .next/static after `next build`
// (`node scripts/compress-static.mjs .next/static`). scripts/serve.mjs sends
// them with the matching Content-Encoding, the way a static host or CDN
// serves precompressed assets, so no request pays for compression.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Files worth compressing: text and WebAssembly (zips and images are compressed already). */
export const COMPRESSIBLE = /\.(m?js|css|json|wasm|bin|map|ttf|svg|txt)$/;
/** Smaller files gain too little to be worth a copy: scripts/serve.mjs sends them as they are. */
export const MIN_BYTES = 1024;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(file);
    else if (COMPRESSIBLE.test(entry.name)) yield file;
  }
}

async function fresh(target, source) {
  try {
    return (await stat(target)).mtimeMs >= (await stat(source)).mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Brotli quality 11 (the smallest) for files up to 256 KB; quality 9 above,
 * where 11 costs tens of seconds per build for a few percent.
 */
async function compressFile(file) {
  const source = await readFile(file);
  if (source.length < MIN_BYTES) return 0;
  const quality = source.length > 256_000 ? 9 : 11;
  const jobs = [];
  if (!(await fresh(`${file}.br`, file))) {
    jobs.push(
      brotli(source, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length },
      }).then((out) => writeFile(`${file}.br`, out)),
    );
  }
  if (!(await fresh(`${file}.gz`, file))) jobs.push(gzip(source, { level: 9 }).then((out) => writeFile(`${file}.gz`, out)));
  await Promise.all(jobs);
  return jobs.length;
}

/** Compresses every compressible file under the given directories; returns how many files were written. */
export async function compressStatic(dirs) {
  let written = 0;
  for (const dir of dirs) {
    const files = [];
    for await (const file of walk(dir)) files.push(file);
    // A few at a time: enough to use the cores, not enough to exhaust memory.
    for (let i = 0; i < files.length; i += 4) {
      const counts = await Promise.all(files.slice(i, i + 4).map(compressFile));
      written += counts.reduce((a, b) => a + b, 0);
    }
  }
  return written;
}

// As a command: compress the directories named on the command line.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dirs = process.argv.slice(2);
  const written = await compressStatic(dirs);
  console.log(`Precompressed ${written} file${written === 1 ? '' : 's'} under ${dirs.join(', ')}.`);
}

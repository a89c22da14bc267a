// Compiles workers/*.ts with esbuild, separately from Next's bundler (which
// would turn a module worker into a classic one that Pyodide refuses).
//   browser: public/workers/python.js   (module worker, served by the app)
//   node:    node_modules/.cache/pydojo/node-worker.mjs (tests, pack checker)
//   snapshot: public/pyodide/<version>/snapshot-<v>-<harness hash>.bin, a
//             memory snapshot of a booted interpreter made in Node
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const nodeWorkerPath = path.join(root, 'node_modules/.cache/pydojo/node-worker.mjs');

const common = {
  bundle: true,
  format: 'esm',
  loader: { '.py': 'text' },
  logLevel: 'warning',
  absWorkingDir: root,
};

// The files the browser worker downloads with a progress bar (Pyodide imports pyodide.asm.mjs itself).
const RUNTIME_FILES = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

async function pyodideFacts() {
  const dir = path.join(root, 'node_modules/pyodide');
  const { version } = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
  const sizes = await Promise.all(RUNTIME_FILES.map(async (file) => (await stat(path.join(dir, file))).size));
  return { version, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/** The Python the snapshot carries (the harness and the visualiser's recorder), hashed. */
async function harnessHash() {
  const hash = createHash('sha256');
  for (const file of ['workers/harness.py', 'workers/trace.py']) hash.update(await readFile(path.join(root, file)));
  return hash.digest('hex').slice(0, 12);
}

/** `snapshot`: the shipped snapshot's path, whose size joins the download the progress bar expects. */
export async function buildBrowserWorker({ snapshot } = {}) {
  const { version, bytes: runtimeBytes } = await pyodideFacts();
  const bytes = runtimeBytes + (snapshot ? (await stat(snapshot)).size : 0);
  await build({
    ...common,
    define: {
      'process.env.HARNESS_HASH': JSON.stringify(await harnessHash()),
      'process.env.PYODIDE_VERSION': JSON.stringify(version),
      'process.env.PYODIDE_BYTES': JSON.stringify(String(bytes)),
    },
    entryPoints: [path.join(root, 'workers/python.worker.ts')],
    outfile: path.join(root, 'public/workers/python.js'),
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
  });
}

/** The Node worker restores the same snapshot as the browser, made first if missing. */
export async function buildNodeWorker() {
  const snapshot = await buildSnapshot();
  const result = await build({
    ...common,
    define: { 'process.env.SNAPSHOT_PATH': JSON.stringify(snapshot) },
    entryPoints: [path.join(root, 'workers/node-worker.ts')],
    outfile: nodeWorkerPath,
    platform: 'node',
    target: 'node20',
    external: ['pyodide'],
    write: false,
  });
  // Write beside it and rename: a worker thread starting meanwhile never
  // reads a half-written file.
  await mkdir(path.dirname(nodeWorkerPath), { recursive: true });
  const temporary = `${nodeWorkerPath}.${process.pid}.tmp`;
  await writeFile(temporary, result.outputFiles[0].contents);
  await rename(temporary, nodeWorkerPath);
  return nodeWorkerPath;
}

/**
 * Boots Python in Node, imports the preloaded modules, parks the harness and
 * writes the memory snapshot into public/pyodide/<version>/ (skipped when
 * the file for this harness and snapshot version exists). Returns its path.
 */
export async function buildSnapshot() {
  const { version } = await pyodideFacts();
  // The file name comes from the TypeScript module the worker uses.
  const naming = await build({ ...common, entryPoints: [path.join(root, 'workers/snapshot.ts')], platform: 'node', write: false });
  const { snapshotFileName } = await import(`data:text/javascript;base64,${Buffer.from(naming.outputFiles[0].contents).toString('base64')}`);
  const target = path.join(root, 'public/pyodide', version, snapshotFileName(await harnessHash()));
  const exists = () =>
    stat(target).then(
      () => true,
      () => false,
    );
  if (await exists()) return target;
  // Another process (prepare:public beside the tests) may be making it: wait
  // for it rather than make it twice. A lock older than two minutes is stale.
  const lock = `${target}.lock`;
  await mkdir(path.dirname(target), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > 120_000) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (!(await exists())) await makeSnapshot(target);
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
  return target;
}

async function makeSnapshot(target) {
  const maker = path.join(root, 'node_modules/.cache/pydojo/make-snapshot.mjs');
  await build({
    ...common,
    entryPoints: [path.join(root, 'workers/make-snapshot.ts')],
    outfile: maker,
    platform: 'node',
    target: 'node20',
    external: ['pyodide'],
  });
  const temporary = `${target}.${process.pid}.tmp`;
  await promisify(execFile)(process.execPath, [maker, temporary], { cwd: root });
  await rename(temporary, target);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await Promise.all([buildBrowserWorker(), buildNodeWorker()]);
}

// Compiles workers/*.ts with esbuild, separately from Next's bundler (which
// would turn a module worker into a classic one that Pyodide refuses).
//   browser: public/workers/python.js   (module worker, served by the app)
//   node:    node_modules/.cache/pydojo/node-worker.mjs (tests, pack checker)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const nodeWorkerPath = path.join(root, 'node_modules/.cache/pydojo/node-worker.mjs');

const common = {
  bundle: true,
  format: 'esm',
  loader: { '.py': 'text' },
  logLevel: 'warning',
  absWorkingDir: root,
};

const RUNTIME_FILES = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide.asm.mjs', 'pyodide-lock.json'];

async function pyodideFacts() {
  const dir = path.join(root, 'node_modules/pyodide');
  const { version } = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
  const sizes = await Promise.all(RUNTIME_FILES.map(async (file) => (await stat(path.join(dir, file))).size));
  return { version, bytes: sizes.reduce((a, b) => a + b, 0) };
}

export async function buildBrowserWorker() {
  const { version, bytes } = await pyodideFacts();
  const harness = await readFile(path.join(root, 'workers/harness.py'));
  await build({
    ...common,
    define: {
      'process.env.HARNESS_HASH': JSON.stringify(createHash('sha256').update(harness).digest('hex').slice(0, 12)),
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

export async function buildNodeWorker() {
  const result = await build({
    ...common,
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await Promise.all([buildBrowserWorker(), buildNodeWorker()]);
}

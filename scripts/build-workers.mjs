// Compiles workers/*.ts with esbuild, separately from Next's bundler (which
// would turn a module worker into a classic one that Pyodide refuses).
//   browser: public/workers/python.js   (module worker, served by the app)
//   node:    node_modules/.cache/pydojo/node-worker.mjs (tests, pack checker)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const nodeWorkerPath = path.join(root, 'node_modules/.cache/pydojo/node-worker.mjs');

const common = {
  bundle: true,
  format: 'esm',
  loader: { '.py': 'text' },
  logLevel: 'warning',
  absWorkingDir: root,
};

export async function buildBrowserWorker() {
  await build({
    ...common,
    entryPoints: [path.join(root, 'workers/python.worker.ts')],
    outfile: path.join(root, 'public/workers/python.js'),
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
  });
}

export async function buildNodeWorker() {
  await build({
    ...common,
    entryPoints: [path.join(root, 'workers/node-worker.ts')],
    outfile: nodeWorkerPath,
    platform: 'node',
    target: 'node20',
    external: ['pyodide'],
  });
  return nodeWorkerPath;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await Promise.all([buildBrowserWorker(), buildNodeWorker()]);
}

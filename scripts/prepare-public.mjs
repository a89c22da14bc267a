// Copies the runtime the browser needs into public/ (gitignored) and builds
// the Python worker. Runs before `next build` and `next dev`.
//   public/pyodide/<version>/  from the pyodide package, plus a memory
//                              snapshot of a booted interpreter (made in Node)
//   public/monaco/<version>/vs from the monaco-editor package
//   public/workers/python.js   compiled from workers/
//   public/bank/<pack>.json    the built-in problem packs from data/
//   public/blockly/media/      Blockly's images and cursors (block mode), from the blockly package
// and precompresses the runtime files (<file>.br, <file>.gz) for scripts/serve.mjs.
import { cp, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBrowserWorker, buildSnapshot } from './build-workers.mjs';
import { compressStatic } from './compress-static.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

async function packageDir(name) {
  // Resolve through node_modules directly: some packages' exports hide package.json.
  const dir = path.join(path.dirname(require.resolve('pyodide/package.json')), '..', name);
  const { version } = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
  return { dir, version };
}

async function exists(file) {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

async function copyPyodide() {
  const { dir, version } = await packageDir('pyodide');
  const target = path.join(root, 'public/pyodide', version);
  // Other versions go; this one's files are refreshed with their original
  // times, so the snapshot and compressed copies of an unchanged runtime are kept.
  for (const other of await readdir(path.join(root, 'public/pyodide')).catch(() => [])) {
    if (other !== version) await rm(path.join(root, 'public/pyodide', other), { recursive: true, force: true });
  }
  await mkdir(target, { recursive: true });
  await Promise.all(PYODIDE_FILES.map((file) => cp(path.join(dir, file), path.join(target, file), { preserveTimestamps: true })));
  return version;
}

async function copyMonaco() {
  const { dir, version } = await packageDir('monaco-editor');
  const target = path.join(root, 'public/monaco', version, 'vs');
  if (!(await exists(path.join(target, 'loader.js')))) {
    await rm(path.join(root, 'public/monaco'), { recursive: true, force: true });
    await cp(path.join(dir, 'min/vs'), target, { recursive: true });
  }
  return version;
}

// Blockly's media, served from this origin (inject() is given media: '/blockly/media/').
async function copyBlocklyMedia() {
  const { dir, version } = await packageDir('blockly');
  const target = path.join(root, 'public/blockly/media');
  await rm(path.join(root, 'public/blockly'), { recursive: true, force: true });
  await cp(path.join(dir, 'media'), target, { recursive: true });
  return version;
}

// The built-in packs, fetched by the workspace when a problem opens.
async function copyBank() {
  const target = path.join(root, 'public/bank');
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  await cp(path.join(root, 'data/packs/starter.json'), path.join(target, 'starter.json'));
  const bank = path.join(root, 'data/bank');
  const files = (await readdir(bank).catch(() => [])).filter((f) => f.endsWith('.json'));
  await Promise.all(files.map((f) => cp(path.join(bank, f), path.join(target, f))));
  return files.length + 1;
}

const [pyodide, monaco, packs, blockly] = await Promise.all([copyPyodide(), copyMonaco(), copyBank(), copyBlocklyMedia()]);
await buildBrowserWorker({ snapshot: await buildSnapshot() });
const compressed = await compressStatic([path.join(root, 'public/pyodide'), path.join(root, 'public/monaco')]);
console.log(`public/: pyodide ${pyodide}, monaco ${monaco}, blockly ${blockly} media, workers/python.js, ${packs} problem packs; ${compressed} precompressed files written`);

/**
 * Makes the Python memory snapshot at build time (see snapshot.ts), in Node
 * with the same Pyodide the browser loads. Usage (bundled by
 * scripts/build-workers.mjs): node make-snapshot.mjs <output file>
 */
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import harnessSource from './harness.py';
import { parkHarnessForSnapshot } from './engine';
import { SNAPSHOT_PRELOAD, packSnapshot } from './snapshot';

const output = process.argv[2];
if (!output) throw new Error('usage: make-snapshot <output file>');
const indexURL = path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json')) + path.sep;
const pyodide = (await loadPyodide({ indexURL, _makeSnapshot: true } as Parameters<typeof loadPyodide>[0])) as PyodideAPI;
pyodide.runPython(SNAPSHOT_PRELOAD);
parkHarnessForSnapshot(pyodide, harnessSource);
await writeFile(output, packSnapshot(pyodide.makeMemorySnapshot()));

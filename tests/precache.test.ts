import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precacheManifest, routeOfPage } from '../scripts/precache.mjs';

describe('routeOfPage', () => {
  it('maps prerendered files to the routes they are served at', () => {
    expect(routeOfPage('index.html')).toBe('/');
    expect(routeOfPage('practice.html')).toBe('/practice');
    expect(routeOfPage('learn/basics/variables.html')).toBe('/learn/basics/variables');
    expect(routeOfPage('projects\\tip-calculator.html')).toBe('/projects/tip-calculator');
  });

  it("leaves out Next's own pages", () => {
    expect(routeOfPage('_not-found.html')).toBeNull();
    expect(routeOfPage('_global-error.html')).toBeNull();
  });
});

describe('precacheManifest over a build', () => {
  let root: string;
  const files: Record<string, string> = {
    '.next/server/app/index.html': '<html>home</html>',
    '.next/server/app/practice.html': '<html>practice</html>',
    '.next/server/app/learn/basics/variables.html': '<html>lesson</html>',
    '.next/server/app/_not-found.html': '<html>404</html>',
    '.next/static/chunks/app-3f9a.js': 'chunk',
    '.next/static/chunks/app-3f9a.js.br': 'compressed',
    '.next/static/chunks/app-3f9a.js.map': '{}',
    '.next/static/css/site-11aa.css': 'css',
    'public/pyodide/314.0.7/pyodide.mjs': 'loader',
    'public/pyodide/314.0.7/pyodide.asm.mjs': 'asm',
    'public/pyodide/314.0.7/pyodide.asm.wasm': 'wasm',
    'public/pyodide/314.0.7/pyodide.asm.wasm.gz': 'compressed',
    'public/pyodide/314.0.7/python_stdlib.zip': 'zip',
    'public/pyodide/314.0.7/pyodide-lock.json': '{}',
    'public/pyodide/314.0.7/snapshot-4-current.bin': 'memory',
    'public/pyodide/314.0.7/snapshot-4-stale.bin': 'old memory',
    'public/monaco/0.57.0/vs/editor/editor.main.js': 'editor',
    'public/monaco/0.57.0/vs/editor/editor.main.css': 'styles',
    'public/monaco/0.57.0/vs/basic-languages/python/python.js': 'python',
    'public/monaco/0.57.0/vs/assets/editor.worker-aa.js': 'editor worker',
    'public/monaco/0.57.0/vs/assets/ts.worker-bb.js': 'typescript worker',
    'public/monaco/0.57.0/vs/language/typescript/ts.worker.js': 'typescript service',
    'public/monaco/0.57.0/vs/nls/lang/ja.js': 'translations',
    'public/workers/python.js': 'worker',
    'public/workers/python.js.map': '{}',
    'public/bank/strings.json': '{"problems": []}',
    'public/blockly/media/sprites.png': 'png',
    'public/icons/icon-192.png': 'png',
    'public/sw.js': 'the service worker itself',
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'pydojo-precache-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, name)), { recursive: true });
      await writeFile(path.join(root, name), text);
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('lists every page, chunk and runtime file a learner needs offline, and nothing else', async () => {
    const { entries, bytes } = await precacheManifest(root, { snapshot: 'pyodide/314.0.7/snapshot-4-current.bin' });
    expect(entries.map((e) => e.url).sort()).toEqual(
      [
        '/',
        '/practice',
        '/learn/basics/variables',
        '/_next/static/chunks/app-3f9a.js',
        '/_next/static/css/site-11aa.css',
        '/pyodide/314.0.7/pyodide.mjs',
        '/pyodide/314.0.7/pyodide.asm.mjs',
        '/pyodide/314.0.7/pyodide.asm.wasm',
        '/pyodide/314.0.7/python_stdlib.zip',
        '/pyodide/314.0.7/pyodide-lock.json',
        '/pyodide/314.0.7/snapshot-4-current.bin',
        '/monaco/0.57.0/vs/editor/editor.main.js',
        '/monaco/0.57.0/vs/editor/editor.main.css',
        '/monaco/0.57.0/vs/basic-languages/python/python.js',
        '/monaco/0.57.0/vs/assets/editor.worker-aa.js',
        '/workers/python.js',
        '/bank/strings.json',
        '/blockly/media/sprites.png',
        '/icons/icon-192.png',
      ].sort(),
    );
    expect(bytes.pages).toBe('<html>home</html><html>practice</html><html>lesson</html>'.length);
    expect(bytes.runtime).toBeGreaterThan(0);
  });

  it('revisions what can change under the same URL; versioned and hashed files go through the HTTP cache', async () => {
    const { entries } = await precacheManifest(root);
    const revision = (url: string) => entries.find((e) => e.url === url)?.revision;
    expect(revision('/practice')).toMatch(/^[0-9a-f]{32}$/);
    expect(revision('/workers/python.js')).toMatch(/^[0-9a-f]{32}$/);
    expect(revision('/bank/strings.json')).toMatch(/^[0-9a-f]{32}$/);
    expect(revision('/_next/static/chunks/app-3f9a.js')).toBeNull();
    expect(revision('/pyodide/314.0.7/pyodide.asm.wasm')).toBeNull();
    expect(revision('/monaco/0.57.0/vs/editor/editor.main.js')).toBeNull();
    // Without a snapshot named, none is precached (a stale one never is).
    expect(entries.some((e) => e.url.includes('snapshot-'))).toBe(false);
  });

  it('a page whose HTML changed gets a new revision', async () => {
    const before = (await precacheManifest(root)).entries.find((e) => e.url === '/')?.revision;
    await writeFile(path.join(root, '.next/server/app/index.html'), '<html>home, new deployment</html>');
    const after = (await precacheManifest(root)).entries.find((e) => e.url === '/')?.revision;
    expect(after).not.toBe(before);
  });
});

/**
 * The `_headers` files the deployment targets ship (scripts/headers-file.mjs),
 * read back by the parser the static export's tests serve them with
 * (e2e-deploy/static-host.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../e2e-deploy/static-host';
import { configRules, headersFileText } from '../scripts/headers-file.mjs';

function manifest(headers: unknown[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'headers-')), 'routes-manifest.json');
  writeFileSync(file, JSON.stringify({ headers }));
  return file;
}

describe('_headers from next.config.ts rules', () => {
  const file = manifest([
    { source: '/:path*', headers: [{ key: 'Cross-Origin-Opener-Policy', value: 'same-origin' }], regex: '' },
    { source: '/pyodide/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }], regex: '' },
    // A per-page CSP rule of scripts/csp.mjs: each target writes its own.
    { source: '/learn', headers: [{ key: 'Content-Security-Policy', value: "script-src 'self'" }, { key: 'x-pydojo-csp', value: 'page' }], regex: '' },
  ]);

  it('turns path patterns into splats and leaves out the per-page CSP rules', () => {
    expect(configRules(file)).toEqual([
      { path: '/*', headers: [{ key: 'Cross-Origin-Opener-Policy', value: 'same-origin' }] },
      { path: '/pyodide/*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ]);
  });

  it('writes a file whose rules apply by path, all matching rules together', () => {
    const page = { path: '/learn', headers: [{ key: 'Content-Security-Policy', value: "default-src 'self'; script-src 'self' 'sha256-abc='" }] };
    const rules = parseHeadersFile(headersFileText([...configRules(file), page], ['test']));
    expect(headersFor(rules, '/pyodide/314.0.7/pyodide.asm.wasm')).toEqual({
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(headersFor(rules, '/learn')).toEqual({
      'cross-origin-opener-policy': 'same-origin',
      'content-security-policy': "default-src 'self'; script-src 'self' 'sha256-abc='",
    });
    expect(headersFor(rules, '/learn/strings')['content-security-policy']).toBeUndefined();
  });

  it('refuses a pattern _headers cannot express', () => {
    expect(() => configRules(manifest([{ source: '/modules/:id', headers: [], regex: '' }]))).toThrow(/No _headers form/);
  });
});

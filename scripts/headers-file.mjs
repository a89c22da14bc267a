/**
 * Writes a `_headers` file (the format of Cloudflare's static assets and
 * Pages, and of Netlify) from the header rules next.config.ts gives the Node
 * server, so every target sends the same isolation, security and caching
 * headers from one source. The rules are read from a build's routes manifest
 * (`.next/routes-manifest.json`), where Next.js writes them after `next build`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** next.config.ts's header rules (without scripts/csp.mjs's per-page CSP rules), from a routes manifest. */
export function configRules(manifestFile) {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  return manifest.headers
    .filter((rule) => !rule.headers.some((h) => h.key === 'x-pydojo-csp'))
    .map((rule) => ({ path: toSplat(rule.source), headers: rule.headers.map(({ key, value }) => ({ key, value })) }));
}

/** `/pyodide/:path*` → `/pyodide/*`: the only source pattern next.config.ts uses besides exact paths. */
function toSplat(source) {
  const path = source.replace(/\/:path\*$/, '/*');
  if (path.includes(':')) throw new Error(`No _headers form for the header source ${source}`);
  return path;
}

/** The text of a `_headers` file: one block per rule, its headers indented below its path. */
export function headersFileText(rules, comment) {
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map((h) => `  ${h.key}: ${h.value}`)].join('\n'));
  return `${comment.map((line) => `# ${line}`).join('\n')}\n${blocks.join('\n\n')}\n`;
}

export function writeHeadersFile(file, rules, comment) {
  writeFileSync(file, headersFileText(rules, comment));
  return rules.length;
}

import type { NextConfig } from 'next';
import { readFileSync } from 'node:fs';
import path from 'node:path';

function versionOf(name: string): string {
  const file = path.join(import.meta.dirname, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

// Cross-origin isolation on every route: SharedArrayBuffer (Stop, input()).
const isolation = [
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
];

/**
 * Which host the build is for (docs/deploy.md). Unset: a Node server (`npm run
 * serve`), unchanged. `cloudflare`: the same app plus the self-contained server
 * OpenNext turns into a worker. `static`: an export of the pages only into
 * out/, for any static host; it leaves out the AI routes (the only `.ts` files
 * under src/app) and tells the AI features they have no server.
 */
const target = process.env.PYDOJO_TARGET;
const targetOptions: Partial<NextConfig> =
  target === 'cloudflare'
    ? { output: 'standalone' }
    : target === 'static'
      ? // Type errors are the Node build's and `npm run typecheck`'s to find; checking again costs a minute.
        { output: 'export', distDir: 'out', pageExtensions: ['tsx'], typescript: { ignoreBuildErrors: true } }
      : {};

const nextConfig: NextConfig = {
  // `npm test` type-checks the whole project first (npm run typecheck), so its
  // builds skip Next.js's second pass over the same files (about 35 s on 2 cores).
  ...(process.env.PYDOJO_TYPECHECKED === '1' ? { typescript: { ignoreBuildErrors: true } } : {}),
  ...targetOptions,
  reactStrictMode: true,
  experimental: {
    // Prerendering in two processes: Next.js would leave one of two cores idle.
    cpus: 2,
    // No Turbopack cache on disk for builds. The Node build and the static
    // export differ in config, so each finds the other's cache useless, and
    // a clean CI checkout has none to read: writing it cost 10–17 s a build
    // and doubled the static export's compile (96 s → 48 s without it).
    turbopackFileSystemCacheForBuild: false,
  },
  poweredByHeader: false,
  turbopack: {
    // The UI's words are compiled at build time (scripts/messages-loader.cjs),
    // so pages ship use-intl's small format-only formatter instead of an ICU parser.
    rules: {
      '*.json': {
        // Turbopack matches this against a path of its own making; the loader
        // checks the real path and leaves any other JSON as it is.
        condition: { path: /messages/ },
        loaders: ['./scripts/messages-loader.cjs'],
        as: '*.js',
      },
    },
    resolveAlias: {
      'use-intl/format-message': './node_modules/use-intl/dist/esm/production/format-message/format-only.js',
    },
  },
  env: {
    // Runtime files live under versioned paths, so they can be cached forever.
    NEXT_PUBLIC_MONACO_VERSION: versionOf('monaco-editor'),
    NEXT_PUBLIC_PYODIDE_VERSION: versionOf('pyodide'),
    ...(target === 'static' ? { NEXT_PUBLIC_AI: 'off' } : {}),
  },
  // A static export sends no headers itself (Next.js warns so): these rules,
  // with the pages' CSP, go into out/_headers (scripts/static-headers.mjs).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          ...isolation,
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
        ],
      },
      {
        source: '/pyodide/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      {
        source: '/monaco/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      {
        source: '/workers/:path*',
        headers: [{ key: 'Cache-Control', value: 'no-cache' }],
      },
      {
        // The service worker: browsers look for a new version on every visit.
        source: '/sw.js',
        headers: [{ key: 'Cache-Control', value: 'no-cache' }],
      },
      {
        source: '/bank/:path*',
        headers: [{ key: 'Cache-Control', value: 'no-cache' }],
      },
    ];
  },
};

export default nextConfig;

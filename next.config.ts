import type { NextConfig } from 'next';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

// The browser formats UI messages compiled at build time (scripts/messages-loader.cjs)
// with use-intl's small formatter, never parsing ICU text: the parser stays out of
// the bundle. Turbopack wants the alias as a path relative to the project.
const formatOnly = `./${path.relative(import.meta.dirname, createRequire(import.meta.url).resolve('use-intl/format-message/format-only'))}`;

const nextConfig: NextConfig = {
  reactStrictMode: true,
  turbopack: {
    rules: {
      '*.json': {
        loaders: ['./scripts/messages-loader.cjs'],
        condition: { path: /[\\/]data[\\/]messages[\\/][a-z]+[\\/][a-z-]+\.json$/ },
        as: '*.js',
      },
    },
    resolveAlias: { 'use-intl/format-message': formatOnly },
  },
  poweredByHeader: false,
  env: {
    // Runtime files live under versioned paths, so they can be cached forever.
    NEXT_PUBLIC_MONACO_VERSION: versionOf('monaco-editor'),
  },
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
        source: '/bank/:path*',
        headers: [{ key: 'Cache-Control', value: 'no-cache' }],
      },
    ];
  },
};

export default nextConfig;

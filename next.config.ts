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

const nextConfig: NextConfig = {
  reactStrictMode: true,
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

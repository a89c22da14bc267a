import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layering of DESIGN.md: core ← adapters ← stores ← features ← app.
// A wrong-way import fails lint.
const layer = (files, patterns, message, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

// Only src/adapters/gemini/server.ts imports the Gemini SDK.
const GENAI = ['@google/genai', '@google/genai/*'];
const UI = ['react', 'react-dom', 'react/*', 'react-dom/*', 'next', 'next/*', '@monaco-editor/*', 'recharts'];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.open-next/**', '.wrangler/**', 'out/**', 'node_modules/**', 'public/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**', 'bench/**', '**/*.tmp.*'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['src/core/**'],
    [...UI, ...GENAI, 'zustand', 'zustand/*', 'pyodide', 'pyodide/*', '@/adapters/*', '@/stores/*', '@/features/*', '@/app/*', 'node:*'],
    'src/core is pure TypeScript + zod: no React, storage, network, Pyodide or other layers.',
  ),
  layer(
    ['src/adapters/**'],
    [...UI, ...GENAI, 'zustand', 'zustand/*', '@/stores/*', '@/features/*', '@/app/*'],
    'src/adapters may use core only (plus Worker, fetch, storage): no React, stores or features. Only src/adapters/gemini/server.ts imports the Gemini SDK.',
    ['src/adapters/gemini/server.ts'],
  ),
  layer(
    ['src/adapters/gemini/server.ts'],
    [...UI, 'zustand', 'zustand/*', '@/stores/*', '@/features/*', '@/app/*'],
    'The Gemini adapter may use core only.',
  ),
  layer(
    ['src/stores/**'],
    [...UI, ...GENAI, '@/features/*', '@/app/*', '@/adapters/python/*', '@/adapters/gemini/*'],
    'src/stores hold Zustand state over core functions: no UI, workers or network.',
  ),
  layer(
    ['src/features/**'],
    [...GENAI, '@/app/*', '@/features/*/*', '@/adapters/gemini/server', '@/adapters/gemini/http'],
    'Features import other features only through their index (e.g. @/features/runtime), never app code.',
  ),
  layer(
    ['workers/**'],
    [...UI, ...GENAI, 'zustand', 'zustand/*', '@/stores/*', '@/features/*', '@/app/*', '@/adapters/*', '../src/adapters/*', '../src/stores/*', '../src/features/*'],
    'workers/ may use Pyodide, src/core and the protocol only.',
  ),
  layer(
    ['src/app/**', 'scripts/**', 'e2e/**', 'tests/**'],
    GENAI,
    'Only src/adapters/gemini/server.ts imports the Gemini SDK.',
  ),
];

export default config;
